package org.gridgov.cases.catalogue;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CatalogueConfiguration {

    /** Read and checked while the context starts: a broken catalogue stops the service with the list of problems. */
    @Bean
    CategoryCatalogue categoryCatalogue(CatalogueProperties properties) {
        return new CatalogueReader().read(properties.location());
    }
}
