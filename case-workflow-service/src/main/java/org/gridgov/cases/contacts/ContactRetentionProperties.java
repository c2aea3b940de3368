package org.gridgov.cases.contacts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a reporter's contact is kept once their case has ended, and how the erasure runs.
 *
 * @param reporterContactRetention        kept this long after the case closed (or was rejected), then erased.
 *                                        The default, 90 days, covers the resident's rating and the reopening
 *                                        it causes (7 days), the return visit (回访) a centre makes after the
 *                                        close, and a reopening by the centre or the department on a later
 *                                        complaint within the 30 + 30 days a petitioner has to ask for a review
 *                                        of a reply (信访工作条例); past that nobody calls the reporter about
 *                                        this case, and PIPL Art. 19 keeps data no longer than its purpose needs
 * @param reporterContactErasureInterval how often ended cases are looked for
 * @param reporterContactErasureBatch    contacts erased per transaction
 */
@ConfigurationProperties("gridgov.cases")
record ContactRetentionProperties(@DefaultValue("90d") Duration reporterContactRetention,
                                  @DefaultValue("1h") Duration reporterContactErasureInterval,
                                  @DefaultValue("500") int reporterContactErasureBatch) {

    ContactRetentionProperties {
        if (reporterContactRetention.isNegative()) {
            throw new IllegalArgumentException("gridgov.cases.reporter-contact-retention must not be negative");
        }
        if (!reporterContactErasureInterval.isPositive()) {
            throw new IllegalArgumentException("gridgov.cases.reporter-contact-erasure-interval must be positive");
        }
        if (reporterContactErasureBatch < 1) {
            throw new IllegalArgumentException("gridgov.cases.reporter-contact-erasure-batch must be at least 1");
        }
    }
}
