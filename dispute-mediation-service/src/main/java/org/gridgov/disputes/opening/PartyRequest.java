package org.gridgov.disputes.opening;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.gridgov.disputes.lifecycle.PartyKind;
import org.gridgov.disputes.lifecycle.Side;

/**
 * A party: a resident or entity of population by id, or an outsider by name (and phone), which this
 * service keeps encrypted.
 */
public record PartyRequest(@NotNull PartyKind kind, UUID refId, @NotNull Side side,
                           @Size(max = 100) String name,
                           @Pattern(regexp = "^\\+?[0-9][0-9 -]{5,19}$") String phone) {
}
