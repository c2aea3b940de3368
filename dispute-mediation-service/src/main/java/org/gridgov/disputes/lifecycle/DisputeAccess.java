package org.gridgov.disputes.lifecycle;

import java.util.UUID;
import java.util.function.BiPredicate;

import org.gridgov.runtime.security.Caller;
import org.gridgov.runtime.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Loads a dispute for the caller of the request: 404 when the caller may not see it (so nothing
 * leaks about disputes elsewhere), 403 when the caller sees it but may not act on it.
 */
@Component
public class DisputeAccess {

    private final DisputeRepository disputes;

    DisputeAccess(DisputeRepository disputes) {
        this.disputes = disputes;
    }

    public Dispute toRead(UUID disputeId) {
        Dispute dispute = disputes.find(disputeId).orElseThrow(() -> new NotFoundException("dispute", disputeId));
        return visible(dispute);
    }

    /** The dispute, locked for the rest of the transaction, when the caller may mediate it. */
    public Dispute toMediate(UUID disputeId) {
        return locked(disputeId, DisputeAccessRules::mayMediate);
    }

    /** The dispute, locked for the rest of the transaction, when the caller may follow it up. */
    public Dispute toFollowUp(UUID disputeId) {
        return locked(disputeId, DisputeAccessRules::mayFollowUp);
    }

    private Dispute locked(UUID disputeId, BiPredicate<Caller, Dispute> allowed) {
        Dispute dispute = visible(disputes.lock(disputeId).orElseThrow(() -> new NotFoundException("dispute", disputeId)));
        if (!allowed.test(Caller.current(), dispute)) {
            throw new AccessDeniedException("the caller does not mediate this dispute");
        }
        return dispute;
    }

    private static Dispute visible(Dispute dispute) {
        if (!DisputeAccessRules.maySee(Caller.current(), dispute)) {
            throw new NotFoundException("dispute", dispute.id());
        }
        return dispute;
    }
}
