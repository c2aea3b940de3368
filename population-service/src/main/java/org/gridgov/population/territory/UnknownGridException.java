package org.gridgov.population.territory;

/** A grid code the registry does not hold as a live grid. */
public class UnknownGridException extends RuntimeException {

    private final String gridCode;

    public UnknownGridException(String gridCode, String reason) {
        super(reason);
        this.gridCode = gridCode;
    }

    public String gridCode() {
        return gridCode;
    }
}
