package org.gridgov.cases.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.gridgov.cases.FakeRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RegistryGridLocatorTest {

    private static final double LON = 114.712345;
    private static final double LAT = 37.001234;
    private static final String SERVICE_TOKEN = "token-of-case-workflow";

    private final FakeRegistry registry = FakeRegistry.start().grid(LON, LAT, "130527100201001");

    @AfterEach
    void stopRegistry() {
        registry.close();
    }

    @Test
    void pointInsideAGridIsPlacedInItWithTheCallersTokenRelayed() {
        RegistryGridLocator locator = locator(registry.url(), 10);

        GridLocator.Located located = locator.locate(LON, LAT, Optional.of("token-of-the-operator"));

        assertThat(located).isEqualTo(new GridLocator.Located.InGrid("130527100201001"));
        assertThat(registry.authorizations()).containsExactly("Bearer token-of-the-operator");
    }

    @Test
    void pointOutsideEveryGridIsOutsideAndNotRetried() {
        RegistryGridLocator locator = locator(registry.url(), 10);

        GridLocator.Located located = locator.locate(116.0, 39.0, Optional.empty());

        assertThat(located).isInstanceOf(GridLocator.Located.Outside.class);
        assertThat(registry.calls()).isEqualTo(1);
    }

    @Test
    void reportWithoutACallerIsPlacedWithTheServicesOwnToken() {
        RegistryGridLocator locator = locator(registry.url(), 10);

        GridLocator.Located located = locator.locate(LON, LAT, Optional.empty());

        assertThat(located).isEqualTo(new GridLocator.Located.InGrid("130527100201001"));
        assertThat(registry.authorizations()).containsExactly("Bearer " + SERVICE_TOKEN);
    }

    @Test
    void registryThatFailsIsTriedWithinTheRetryBudgetThenGivenUp() {
        registry.mode(FakeRegistry.Mode.UNAVAILABLE);
        RegistryGridLocator locator = locator(registry.url(), 10);

        GridLocator.Located located = locator.locate(LON, LAT, Optional.empty());

        assertThat(located).isInstanceOf(GridLocator.Located.Unavailable.class);
        assertThat(registry.calls()).isEqualTo(2);
    }

    @Test
    void registryThatRefusesTheTokenIsNeitherRetriedNorHeldAgainstIt() {
        registry.mode(FakeRegistry.Mode.REFUSING);
        RegistryGridLocator locator = locator(registry.url(), 2);

        GridLocator.Located first = locator.locate(LON, LAT, Optional.empty());
        GridLocator.Located second = locator.locate(LON, LAT, Optional.empty());
        registry.mode(FakeRegistry.Mode.ANSWER);
        GridLocator.Located accepted = locator.locate(LON, LAT, Optional.empty());

        assertThat(first).isEqualTo(new GridLocator.Located.Unavailable("grid-registry refused the call (401)"));
        assertThat(second).isEqualTo(first);
        assertThat(registry.calls()).isEqualTo(3);
        assertThat(locator.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(accepted).isEqualTo(new GridLocator.Located.InGrid("130527100201001"));
    }

    @Test
    void slowRegistryCostsAtMostTheTimeoutOfEachTry() {
        registry.mode(FakeRegistry.Mode.SLOW).slowness(Duration.ofSeconds(10));
        RegistryGridLocator locator = locator(registry.url(), 10);

        long started = System.nanoTime();
        GridLocator.Located located = locator.locate(LON, LAT, Optional.empty());
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(located).isInstanceOf(GridLocator.Located.Unavailable.class);
        assertThat(took).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void registryThatIsDownIsUnavailable() {
        URI nobodyListens = registry.url();
        registry.close();
        RegistryGridLocator locator = locator(nobodyListens, 10);

        GridLocator.Located located = locator.locate(LON, LAT, Optional.empty());

        assertThat(located).isInstanceOf(GridLocator.Located.Unavailable.class);
    }

    @Test
    void openCircuitSparesTheRegistryUntilItMayHaveRecovered() {
        registry.mode(FakeRegistry.Mode.UNAVAILABLE);
        RegistryGridLocator locator = locator(registry.url(), 4);
        locator.locate(LON, LAT, Optional.empty());
        locator.locate(LON, LAT, Optional.empty());
        int callsWhenOpened = registry.calls();

        registry.mode(FakeRegistry.Mode.ANSWER);
        GridLocator.Located whileOpen = locator.locate(LON, LAT, Optional.empty());

        assertThat(locator.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(whileOpen).isEqualTo(new GridLocator.Located.Unavailable("the circuit to grid-registry is open"));
        assertThat(registry.calls()).isEqualTo(callsWhenOpened);
    }

    private static RegistryGridLocator locator(URI url, int slidingWindow) {
        return new RegistryGridLocator(new RegistryProperties(url, Duration.ofMillis(300), 2, Duration.ofMillis(10),
                50, slidingWindow, Duration.ofMinutes(1)), () -> Optional.of(SERVICE_TOKEN));
    }
}
