package org.gridgov.notifications.routing;

import java.util.UUID;

/**
 * Who is told: an account (the JWT subject of a person), a department (through its webhooks), or
 * the resident who reported a case (known here only by the case's id).
 */
public record Recipient(Kind kind, String id) {

    public enum Kind {
        ACCOUNT,
        DEPARTMENT,
        REPORTER
    }

    public static Recipient account(String accountId) {
        return new Recipient(Kind.ACCOUNT, accountId);
    }

    public static Recipient department(String departmentCode) {
        return new Recipient(Kind.DEPARTMENT, departmentCode);
    }

    /** The resident who reported the case, whose contact only case-workflow keeps. */
    public static Recipient reporterOf(UUID caseId) {
        return new Recipient(Kind.REPORTER, caseId.toString());
    }
}
