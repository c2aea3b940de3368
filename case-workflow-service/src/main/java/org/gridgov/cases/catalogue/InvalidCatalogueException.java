package org.gridgov.cases.catalogue;

import java.util.List;

/** The catalogue file is broken; the service refuses to start and says everything that is wrong. */
public class InvalidCatalogueException extends RuntimeException {

    private final List<String> problems;

    public InvalidCatalogueException(String source, List<String> problems) {
        super("The category catalogue " + source + " is invalid (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + "):\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
