package org.gridgov.registry.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxGridsPerAnswerableCadre how many grids one answerable cadre may answer for (1 to 2 in Qibin, seed 004)
 */
@ConfigurationProperties("gridgov.registry.staff")
record StaffProperties(@DefaultValue("2") int maxGridsPerAnswerableCadre) {
}
