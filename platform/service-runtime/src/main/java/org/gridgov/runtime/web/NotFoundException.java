package org.gridgov.runtime.web;

/**
 * Something the caller asked for does not exist, or lies outside the territory the caller governs:
 * both answer 404, so a caller cannot learn what exists outside its territory.
 */
public class NotFoundException extends RuntimeException {

    private final String kind;
    private final String id;

    public NotFoundException(String kind, Object id) {
        super("no " + kind + " " + id);
        this.kind = kind;
        this.id = String.valueOf(id);
    }

    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
