package org.gridgov.disputes.opening;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.gridgov.disputes.levels.DisputeType;
import org.gridgov.disputes.levels.Risk;
import org.gridgov.disputes.levels.RiskLevel;
import org.gridgov.disputes.lifecycle.Source;

/** A dispute found by a grid worker, brought to a centre or referred by a court or the police. */
record OpenRequest(@NotNull DisputeType type,
                   @NotNull @Pattern(regexp = "^[0-9]{15,21}$") String gridCode,
                   @NotNull RiskLevel riskLevel,
                   Set<Risk> risks,
                   // A primitive must be sent: JSON without it is refused, as the document now says.
                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Min(1) @Max(100_000) int peopleInvolved,
                   @DecimalMin("0") BigDecimal amountInDispute,
                   @NotNull Source source,
                   @Size(max = 2000) String summary,
                   @NotEmpty @Size(max = 50) List<@Valid @NotNull PartyRequest> parties) {
}
