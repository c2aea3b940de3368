package org.gridgov.cases.lifecycle;

/** The shapes of the codes events carry (as their JSON Schemas define them), for validating requests. */
public final class Codes {

    public static final String UNIT = "^[0-9]{6,21}$";
    public static final String UNIT_MESSAGE = "must be a unit code of 6 to 21 digits";
    public static final String CATEGORY = "^[A-Z][A-Z0-9_]{1,63}$";
    public static final String CATEGORY_MESSAGE = "must be a category code";
    public static final String DEPARTMENT = "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$";
    public static final String DEPARTMENT_MESSAGE = "must be a department code";

    private Codes() {
    }
}
