package org.gridgov.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PersonalDataAlertsTest {

    @Test
    void aBurstOfFullReadsAlertsAfterAWaitThatOutlastsAScrape() {
        String alerts = MonitoringManifests.personalDataAlerts();
        List<String> rules = List.of(alerts.split("- alert: ")).subList(1, 3);

        assertThat(rules.get(0)).startsWith("GridGovPersonalDataBurst")
                .contains("gridgov_population_disclosure_bursts_total", "for: 2m");
        assertThat(rules.get(1)).startsWith("GridGovPersonalDataReadsSurging")
                .contains("gridgov_population_disclosures_total", "for: 15m");
    }
}
