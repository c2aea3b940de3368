package org.gridgov.cases.catalogue;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/** @param location the catalogue file; a new version is a new file, so cases keep meaning what they meant */
@ConfigurationProperties("gridgov.catalogue")
record CatalogueProperties(@DefaultValue("classpath:catalogue/categories-v1.yaml") Resource location) {
}
