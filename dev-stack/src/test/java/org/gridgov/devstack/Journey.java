package org.gridgov.devstack;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** A journey test: it runs on the run's one stack ({@link JourneyStack}), through its gateway. */
@ExtendWith(JourneyStack.class)
abstract class Journey {

    static JourneyStack.Running stack;

    @BeforeAll
    static void onTheJourneyStack() {
        stack = JourneyStack.running();
    }
}
