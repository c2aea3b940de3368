package org.gridgov.disputes.outcomes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.gridgov.disputes.lifecycle.Performance;

/** What staff send to settle, refer and follow up a dispute. */
final class OutcomeRequests {

    private OutcomeRequests() {
    }

    /**
     * @param terms          what the parties agreed; kept encrypted, as it names them
     * @param confirmedBy    the parties (this service's party ids) whose signatures were collected: every party
     * @param performBy      the last day to perform the terms; absent when they were performed at signing
     * @param followUpOn     the day of the follow-up visit
     */
    record Settle(@NotBlank @Size(max = 20_000) String terms, @DecimalMin("0") BigDecimal amountAgreed,
                  LocalDate performBy, LocalDate followUpOn, @NotEmpty List<@NotNull UUID> confirmedBy) {
    }

    /** @param bodyCode the court, arbitration commission or petition office, e.g. {@code NANHE_COURT} */
    record Refer(@NotNull ReferralChannel channel,
                 @NotNull @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$") String bodyCode,
                 @NotBlank @Size(max = 500) String reason) {
    }

    /** @param performedOn the day the terms were performed, when they were (in part) */
    record FollowUp(@NotNull Performance performance, LocalDate performedOn, @Size(max = 5_000) String notes) {
    }

    enum ReferralChannel {
        LITIGATION, ARBITRATION, PETITION
    }
}
