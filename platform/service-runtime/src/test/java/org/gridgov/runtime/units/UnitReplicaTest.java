package org.gridgov.runtime.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.gridgov.events.Topics;
import org.gridgov.events.units.UnitState;
import org.gridgov.events.units.UnitState.StaffMember;
import org.gridgov.runtime.outbox.EventOutbox;
import org.gridgov.runtime.sample.SampleApplication;
import org.gridgov.testing.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

@RealInfrastructure
@SpringBootTest(classes = SampleApplication.class, properties = "gridgov.units.replica.enabled=true")
class UnitReplicaTest {

    private static final String COUNTY = "130527";
    private static final String TOWN = "130527100";
    private static final String VILLAGE = "130527100201";
    private static final String GRID = "130527100201001";

    @Autowired
    UnitReplica replica;

    @Autowired
    EventOutbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void replicaFollowsTheRegistryThroughChangesAndRetirement() throws InterruptedException {
        assertThat(replica.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();

        publish(unit(COUNTY, null, "COUNTY", 1, List.of()), unit(TOWN, COUNTY, "TOWN", 1, List.of()),
                unit(VILLAGE, TOWN, "VILLAGE", 1, List.of()),
                unit(GRID, VILLAGE, "GRID", 1, List.of(new StaffMember("gw-1", "GRID_WORKER"))),
                unit(GRID, VILLAGE, "GRID", 2, List.of(new StaffMember("gw-2", "GRID_WORKER"))));
        await().until(() -> replica.staffOf(GRID, "GRID_WORKER").filter("gw-2"::equals).isPresent());

        assertThat(replica.ancestors(GRID)).extracting(UnitState::code).containsExactly(VILLAGE, TOWN, COUNTY);
        assertThat(replica.children(VILLAGE)).extracting(UnitState::code).containsExactly(GRID);

        transactions.executeWithoutResult(status -> outbox.appendTombstone(Topics.GRID_UNITS, GRID));
        await().until(() -> replica.find(GRID).isEmpty());
        assertThat(replica.children(VILLAGE)).isEmpty();
    }

    @Test
    void olderVersionNeverReplacesANewerOne() {
        replica.apply("130527101", unit("130527101", COUNTY, "TOWN", 5, List.of()));

        replica.apply("130527101", unit("130527101", COUNTY, "TOWN", 4, List.of(new StaffMember("late", "GRID_LEADER"))));

        assertThat(replica.find("130527101").orElseThrow().version()).isEqualTo(5);
    }

    private void publish(UnitState... units) {
        transactions.executeWithoutResult(status -> {
            for (UnitState unit : units) {
                outbox.append(Topics.GRID_UNITS, unit.code(), unit);
            }
        });
    }

    private static UnitState unit(String code, String parent, String level, long version, List<StaffMember> staff) {
        return new UnitState(code, parent, "unit " + code, level, "RURAL", "LEVEL_BY_LEVEL", 100, 0, null, staff,
                false, version, Instant.parse("2026-11-23T08:00:00Z"));
    }
}
