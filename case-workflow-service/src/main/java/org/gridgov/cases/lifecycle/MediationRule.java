package org.gridgov.cases.lifecycle;

/**
 * What may happen to a case while the dispute it is about is in mediation. The mediators own the
 * matter then: escalating, dispatching, resolving, placing or verifying the case beside them would
 * split one problem between two procedures, and automatic escalation for an overdue would punish the
 * holder for time the mediation takes. Only the dispute moves the case (a level up in mediation,
 * settled, referred); a higher level may still flag it as supervised, which moves nothing. Anything
 * not named here is refused, including actions the loop gains later.
 */
final class MediationRule {

    boolean permits(CaseAction action) {
        return switch (action) {
            case MEDIATE, CLOSE, SUPERVISE -> true;
            default -> false;
        };
    }
}
