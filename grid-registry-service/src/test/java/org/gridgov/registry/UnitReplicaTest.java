package org.gridgov.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.gridgov.registry.Shapes.box;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.gridgov.events.CloudEventCodec;
import org.gridgov.events.EventSchemas;
import org.gridgov.events.Topics;
import org.gridgov.events.units.UnitState;
import org.gridgov.registry.unit.RoutingMode;
import org.gridgov.registry.unit.UnitDraft;
import org.gridgov.registry.unit.UnitKind;
import org.gridgov.registry.unit.UnitLevel;
import org.gridgov.testing.DevTokens;
import org.gridgov.testing.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Another service rebuilds the registry from {@code grid.units} alone: a consumer that reads the
 * topic from the start, keeps the last state per unit and drops units on a tombstone, holds exactly
 * the active units the registry's database holds, at their versions, with their staff.
 */
@RegistryIntegrationTest
class UnitReplicaTest {

    /** Jiashan (seed 003): five levels, down to micro-grids. No other test class uses this county. */
    private static final String COUNTY = "330421";
    private static final String ADMIN = DevTokens.forAccount("admin-1").roles("ADMIN").sign();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void replicaReadFromTheStartOfTheTopicHoldsWhatTheRegistryHolds() {
        Api api = Api.onPort(port);
        String town = COUNTY + "001";
        String village = town + "001";
        String grid = village + "001";
        String otherGrid = village + "002";
        List<UnitDraft> units = List.of(
                unit(COUNTY, "嘉善县", UnitLevel.COUNTY, box(0, 0, 4, 4), RoutingMode.LEVEL_BY_LEVEL),
                unit(town, "魏塘街道", UnitLevel.TOWN, box(0, 0, 4, 4), null),
                unit(village, "新联村", UnitLevel.VILLAGE, box(0, 0, 4, 4), null),
                unit(grid, "新联村第1网格", UnitLevel.GRID, box(0, 0, 2, 4), null),
                unit(otherGrid, "新联村第2网格", UnitLevel.GRID, box(2, 0, 4, 4), null),
                unit(grid + "001", "一组", UnitLevel.MICRO_GRID, box(0, 0, 2, 2), null),
                unit(grid + "002", "二组", UnitLevel.MICRO_GRID, box(0, 2, 2, 4), null),
                unit(grid + "003", "三组", UnitLevel.MICRO_GRID, null, null));
        for (UnitDraft unit : units) {
            assertThat(api.put("/api/units/" + unit.code(), ADMIN, Api.unitBody(unit)).status()).isEqualTo(201);
        }
        staff(api, grid, "GRID_WORKER", "gw-jiashan-1");
        staff(api, grid + "001", "CENTRAL_HOUSEHOLD", "ch-jiashan-1");
        staff(api, grid + "001", "GRID_LEADER", "ml-jiashan-1");
        staff(api, otherGrid, "GRID_WORKER", "gw-jiashan-2");
        staff(api, town, "COMMAND_CENTRE", "cc-weitang");
        api.delete("/api/units/" + grid + "001/staff/GRID_LEADER/ml-jiashan-1", ADMIN);
        api.put("/api/units/" + town, ADMIN, Api.unitBody(unit(town, "魏塘街道", UnitLevel.TOWN, box(0, 0, 4, 4), RoutingMode.FLAT)));
        api.put("/api/units/" + village, ADMIN, Api.unitBody(unit(village, "新联社区", UnitLevel.VILLAGE, box(0, 0, 4, 4), null)));
        assertThat(api.delete("/api/units/" + grid + "003", ADMIN).status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                jdbc.queryForObject("select count(*) from gridgov_outbox where sent_at is null", Integer.class) == 0);

        Map<String, UnitState> replica = replicaFromTheStart();

        Map<String, Long> registry = new HashMap<>();
        jdbc.query("select code, version from unit where code like ? and not retired",
                rs -> { registry.put(rs.getString("code"), rs.getLong("version")); }, COUNTY + "%");
        assertThat(replica.keySet()).isEqualTo(registry.keySet()).hasSize(7).doesNotContain(grid + "003");
        registry.forEach((code, version) -> {
            UnitState state = replica.get(code);
            Api.Response stored = api.get("/api/units/" + code, ADMIN);
            assertThat(state.version()).as(code).isEqualTo(version);
            assertThat(state.name()).isEqualTo(stored.body().get("name").asString());
            assertThat(state.routingMode()).isEqualTo(stored.body().get("effectiveRoutingMode").asString());
            assertThat(state.boundary()).isEqualTo(stored.body().get("boundary").isNull() ? null : stored.body().get("boundary"));
            assertThat(new HashSet<>(state.staff())).isEqualTo(activeStaff(code));
        });
        assertThat(replica.get(grid + "001").routingMode()).isEqualTo("FLAT");
        assertThat(replica.get(grid + "001").staff()).containsExactly(new UnitState.StaffMember("ch-jiashan-1", "CENTRAL_HOUSEHOLD"));
        assertThat(replica.get(village).name()).isEqualTo("新联社区");
        // The town's command centre travels like other staff, and keeps the contract of grid.units.
        assertThat(replica.get(town).staff()).containsExactly(new UnitState.StaffMember("cc-weitang", "COMMAND_CENTRE"));
        assertThat(EventSchemas.problems(UnitState.class, CloudEventCodec.MAPPER.writeValueAsBytes(replica.get(town))))
                .isEmpty();
    }

    /** What a fresh consumer learns from the whole topic: the last state per unit, tombstones removing units. */
    private static Map<String, UnitState> replicaFromTheStart() {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "replica-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Map<String, UnitState> replica = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.GRID_UNITS, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (!record.key().startsWith(COUNTY)) {
                        continue;
                    }
                    if (record.value() == null) {
                        replica.remove(record.key());
                    } else {
                        UnitState state = CloudEventCodec.data(CloudEventCodec.fromRecord(record), UnitState.class);
                        replica.merge(record.key(), state, (held, next) -> next.version() >= held.version() ? next : held);
                    }
                }
                return partitions.stream().allMatch(partition -> consumer.position(partition) >= end.get(partition));
            });
        }
        return replica;
    }

    private Set<UnitState.StaffMember> activeStaff(String code) {
        return new HashSet<>(jdbc.query("select account_id, role from staff_assignment where unit_code = ? and assigned_to is null",
                (rs, row) -> new UnitState.StaffMember(rs.getString("account_id"), rs.getString("role")), code));
    }

    private static void staff(Api api, String code, String role, String account) {
        assertThat(api.put("/api/units/" + code + "/staff/" + role + "/" + account, ADMIN, Api.contact("工作人员", null)).status())
                .isEqualTo(200);
    }

    private static UnitDraft unit(String code, String name, UnitLevel level, Geometry boundary, RoutingMode mode) {
        return new UnitDraft(code, name, level, UnitKind.URBAN, 100, 0, mode, boundary);
    }
}
