package org.gridgov.cases.deadline;

/** The stages someone must act on within a time limit (the {@code stage} of deadline events). */
public enum Stage {
    /** A case waits at a command centre to be placed or assigned. */
    FILING,
    GRID_HANDLING,
    LEVEL_HANDLING,
    DEPARTMENT_HANDLING,
    VERIFICATION
}
