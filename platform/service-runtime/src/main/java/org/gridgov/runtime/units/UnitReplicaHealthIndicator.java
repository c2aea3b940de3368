package org.gridgov.runtime.units;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Out of service until the unit replica has read the whole {@code grid.units} topic: a service that
 * routes by territory must not take traffic before it knows the territory. Add {@code unitReplica}
 * to the readiness group of a service that uses the replica.
 */
class UnitReplicaHealthIndicator extends AbstractHealthIndicator {

    private final UnitReplica replica;

    UnitReplicaHealthIndicator(UnitReplica replica) {
        this.replica = replica;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        (replica.isCaughtUp() ? builder.up() : builder.outOfService())
                .withDetail("units", replica.size())
                .withDetail("applied", replica.applied());
    }
}
