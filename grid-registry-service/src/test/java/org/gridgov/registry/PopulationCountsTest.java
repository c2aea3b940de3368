package org.gridgov.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.gridgov.events.CloudEventCodec;
import org.gridgov.events.EventSchemas;
import org.gridgov.events.Topics;
import org.gridgov.events.population.GridPopulationCounted;
import org.gridgov.events.units.UnitState;
import org.gridgov.registry.unit.UnitDraft;
import org.gridgov.registry.unit.UnitKind;
import org.gridgov.registry.unit.UnitLevel;
import org.gridgov.testing.DevTokens;
import org.gridgov.testing.EventStreams;
import org.gridgov.testing.Recording;
import org.gridgov.testing.StreamedEvent;
import org.gridgov.testing.TestInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Population's counts of grids reach sizing and {@code grid.units}: the highest version per grid
 * counts, a copy delivered twice counts once, and a grid's state is republished only when its
 * households or enterprises move.
 */
@RegistryIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PopulationCountsTest {

    /** A county no other test class uses. */
    private static final String COUNTY = "130528";
    private static final String TOWN = COUNTY + "100";
    private static final String VILLAGE = TOWN + "201";
    private static final String COUNTED_OFTEN = VILLAGE + "001";
    private static final String COUNTED_AS_DECLARED = VILLAGE + "002";
    private static final String OTHER_VILLAGE = TOWN + "202";
    private static final Path STREAM = Path.of("src/test/resources/streams/population-counts.jsonl");
    private static final String ADMIN = DevTokens.forAccount("admin-1").roles("ADMIN").sign();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private Api api;

    @BeforeAll
    void registerTheVillages() {
        api = Api.onPort(port);
        for (UnitDraft unit : List.of(unit(COUNTY, UnitLevel.COUNTY), unit(TOWN, UnitLevel.TOWN),
                unit(VILLAGE, UnitLevel.VILLAGE), unit(COUNTED_OFTEN, UnitLevel.GRID),
                unit(COUNTED_AS_DECLARED, UnitLevel.GRID), unit(OTHER_VILLAGE, UnitLevel.VILLAGE))) {
            assertThat(api.put("/api/units/" + unit.code(), ADMIN, Api.unitBody(unit)).status()).isEqualTo(201);
        }
    }

    @Test
    void replayedCountsDriveSizingAndRepublishTheGridOncePerChangeOfItsFigures() {
        List<StreamedEvent> states;
        try (Recording recording = EventStreams.record(Topics.GRID_UNITS)) {

            EventStreams.replay(STREAM);

            // The last count of the grid is behind the stale copy and the duplicate on its partition.
            recording.await(event -> COUNTED_OFTEN.equals(event.key()) && event.data(UnitState.class).version() == 4);
            states = recording.events().stream().filter(event -> COUNTED_OFTEN.equals(event.key())).toList();
        }
        await().until(() -> sizing(VILLAGE).get("counted").asInt() == 2);

        assertThat(states).extracting(event -> event.data(UnitState.class))
                .extracting(UnitState::version, UnitState::households, UnitState::enterprises)
                .containsExactly(tuple(2L, 40, 0),
                        tuple(3L, 260, 2),
                        tuple(4L, 250, 2));
        assertThat(states).allSatisfy(event ->
                assertThat(EventSchemas.problems(event.event().getType(), event.event().getData().toBytes())).isEmpty());
        JsonNode sizing = sizing(VILLAGE);
        assertThat(sizing.get("grids").asInt()).isEqualTo(2);
        assertThat(sizing.get("outliers")).hasSize(1);
        JsonNode outlier = sizing.get("outliers").get(0);
        assertThat(outlier.get("code").asString()).isEqualTo(COUNTED_OFTEN);
        assertThat(outlier.get("actual").asInt()).isEqualTo(250);
        assertThat(outlier.get("verdict").asString()).isEqualTo("TOO_LARGE");
        assertThat(outlier.get("source").asString()).isEqualTo("COUNTED");
        assertThat(Instant.parse(outlier.get("countedAt").asString())).isEqualTo(Instant.parse("2026-11-22T08:00:00Z"));
        assertThat(unitEventsOf(COUNTED_AS_DECLARED)).as("counted as declared: only its creation").isEqualTo(1);
        assertThat(jdbc.queryForObject("select residents from grid_count where grid_code = ?", Integer.class,
                COUNTED_OFTEN)).isEqualTo(681);
        assertThat(api.get("/api/units/" + COUNTED_OFTEN + "/export", ADMIN).body().get("features").get(0)
                .get("properties").get("households").asInt()).as("declared figures stay as imported").isEqualTo(100);
    }

    @Test
    void gridCountedBeforeItIsRegisteredIsPublishedAndSizedWithItsCount() {
        String grid = OTHER_VILLAGE + "001";
        GridPopulationCounted counted = new GridPopulationCounted(grid, 31, 88, 0, 0, 1, Instant.parse("2026-11-22T10:00:00Z"));
        EventStreams.replay(TestInfrastructure.get().kafkaBootstrapServers(), List.of(new StreamedEvent(
                Topics.POPULATION_EVENTS, grid, CloudEventCodec.toCloudEvent("8d2e1a4f-3b62-4c9f-8b21-000000000001",
                URI.create("/gridgov/population"), grid, counted.countedAt(), counted))));
        await().until(() -> jdbc.queryForObject("select count(*) from grid_count where grid_code = ?", Integer.class, grid) == 1);

        try (Recording recording = EventStreams.record(Topics.GRID_UNITS)) {
            assertThat(api.put("/api/units/" + grid, ADMIN, Api.unitBody(unit(grid, UnitLevel.GRID))).status()).isEqualTo(201);

            UnitState state = recording.await(event -> grid.equals(event.key())).data(UnitState.class);
            assertThat(state.version()).isEqualTo(1);
            assertThat(state.households()).isEqualTo(31);
        }
        JsonNode outlier = sizing(OTHER_VILLAGE).get("outliers").get(0);
        assertThat(outlier.get("verdict").asString()).isEqualTo("TOO_SMALL");
        assertThat(outlier.get("source").asString()).isEqualTo("COUNTED");
    }

    private JsonNode sizing(String code) {
        Api.Response response = api.get("/api/units/" + code + "/sizing", ADMIN);
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    private int unitEventsOf(String code) {
        return jdbc.queryForObject("select count(*) from gridgov_outbox where topic = ? and message_key = ?",
                Integer.class, Topics.GRID_UNITS, code);
    }

    /** Declared at the rural standard: whatever sizing finds comes from the counts. */
    private static UnitDraft unit(String code, UnitLevel level) {
        return new UnitDraft(code, "宁晋" + code.substring(6), level, UnitKind.RURAL, 100, 0, null, null);
    }
}
