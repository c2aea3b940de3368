package org.gridgov.notifications.routing;

/** Who is told: an account (the JWT subject of a person) or a department (through its webhooks). */
public record Recipient(Kind kind, String id) {

    public enum Kind {
        ACCOUNT,
        DEPARTMENT
    }

    public static Recipient account(String accountId) {
        return new Recipient(Kind.ACCOUNT, accountId);
    }

    public static Recipient department(String departmentCode) {
        return new Recipient(Kind.DEPARTMENT, departmentCode);
    }
}
