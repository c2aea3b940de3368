package org.gridgov.disputes.sessions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What staff send to schedule and to record a mediation session. */
final class SessionRequests {

    private SessionRequests() {
    }

    /**
     * @param place    the mediation room, e.g. the town's mediation centre; not an address of a party
     * @param partyIds the parties invited (this service's party ids); all the dispute's parties when absent
     */
    record Schedule(@NotNull Instant startsAt, @NotBlank @Size(max = 200) String place,
                    @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 64) String> mediatorAccountIds,
                    List<@NotNull UUID> partyIds) {
    }

    /** @param minutes what was said and agreed; kept encrypted, as it names the parties */
    record Record(@NotNull SessionOutcome outcome, @Size(max = 20_000) String minutes,
                  @NotNull List<@Valid @NotNull Attendance> attendance) {
    }

    /** @param attended a primitive, so it must be sent: JSON without it is refused, as the document says */
    record Attendance(@NotNull UUID partyId, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) boolean attended) {
    }
}
