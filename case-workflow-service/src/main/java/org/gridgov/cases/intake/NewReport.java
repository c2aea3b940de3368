package org.gridgov.cases.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.gridgov.cases.lifecycle.Codes;
import org.gridgov.cases.lifecycle.Report;
import org.hibernate.validator.constraints.URL;

/**
 * A report as an app, a web form or a hotline operator sends it. It places itself by coordinates,
 * by grid code (a grid worker's app, a grid's QR code) or by address text, or several of them.
 *
 * @param reportId        chosen by the client to make a re-sent request harmless; new when absent
 * @param peopleInvolved  how many people the problem touches; 0 when the form leaves it out
 * @param riskFlag        whether the reporter sees a risk (of injury, of a group incident); false when left out
 * @param reporterContact how to reach the reporter (a phone number, say): kept in this service only
 */
record NewReport(UUID reportId,
                 @NotBlank @Pattern(regexp = Codes.CATEGORY, message = Codes.CATEGORY_MESSAGE) String category,
                 @NotBlank @Size(max = 2000) String description,
                 @DecimalMin("-180") @DecimalMax("180") Double longitude,
                 @DecimalMin("-90") @DecimalMax("90") Double latitude,
                 @Pattern(regexp = Codes.UNIT, message = Codes.UNIT_MESSAGE) String gridCode,
                 @Size(max = 500) String addressText,
                 @NotNull Channel channel,
                 @Size(max = 9) List<@NotBlank @URL @Size(max = 500) String> photoUrls,
                 @Min(0) Integer peopleInvolved,
                 Boolean riskFlag,
                 @Size(max = 100) String reporterContact) {

    @AssertTrue(message = "give coordinates, a grid code or an address")
    boolean isPlaced() {
        return (longitude != null && latitude != null) || gridCode != null
                || (addressText != null && !addressText.isBlank());
    }

    @AssertTrue(message = "give both longitude and latitude, or neither")
    boolean isCoordinatePair() {
        return (longitude == null) == (latitude == null);
    }

    Report toReport(String reporterRef, Instant now) {
        return new Report(reportId != null ? reportId : UUID.randomUUID(), category, description.strip(), longitude,
                latitude, gridCode, blankToNull(addressText), channel.name(), photoUrls,
                peopleInvolved == null ? 0 : peopleInvolved, Boolean.TRUE.equals(riskFlag),
                reporterRef, now);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
