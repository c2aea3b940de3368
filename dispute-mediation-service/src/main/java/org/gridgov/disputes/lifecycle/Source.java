package org.gridgov.disputes.lifecycle;

/**
 * How a dispute was found: a grid worker's door-to-door check (Yiling, seed 000), a case, a walk-in
 * at a mediation centre ("enter one door", Jiashan, seed 003), a referral from a court or the police.
 */
public enum Source {
    GRID_CHECK, CASE, WALK_IN, COURT_REFERRAL, POLICE_REFERRAL
}
