package org.gridgov.devstack;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.gridgov.events.Topics;

/**
 * Whether case-workflow's copy of the territory has caught up with grid-registry: it routes a
 * report by that replica (read from {@code grid.units}), so a report made before the replica has
 * the grid waits at the county for placement. Its health shows how many records it has applied.
 */
final class TerritoryReplica {

    private TerritoryReplica() {
    }

    /** Waits until the replica has applied every record on {@code grid.units} and no more arrive; false on timeout. */
    static boolean awaitCaughtUp(StackLayout layout, Duration timeout) throws InterruptedException {
        Api caseWorkflow = new Api(ServiceSpec.named("case-workflow").orElseThrow().url(layout));
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, layout.kafkaBootstrap()))) {
            long previousEnd = -1;
            while (System.nanoTime() < deadline) {
                long end = endOffsets(admin);
                long applied = caseWorkflow.get("/actuator/health", null).body()
                        .path("components").path("unitReplica").path("details").path("applied").asLong(-1);
                if (applied < 0) {
                    return true; // a case-workflow without a replica has nothing to wait for
                }
                if (end > 0 && end == previousEnd && applied >= end) {
                    return true;
                }
                previousEnd = end;
                Thread.sleep(500);
            }
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
        return false;
    }

    private static long endOffsets(Admin admin) throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (int partition = 0; partition < Topics.named(Topics.GRID_UNITS).partitions(); partition++) {
            latest.put(new TopicPartition(Topics.GRID_UNITS, partition), OffsetSpec.latest());
        }
        return admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).values().stream()
                .mapToLong(info -> info.offset()).sum();
    }
}
