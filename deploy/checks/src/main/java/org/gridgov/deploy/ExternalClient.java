package org.gridgov.deploy;

import java.util.List;
import java.util.Set;

import org.gridgov.events.Topics;

/**
 * A Kafka client outside the platform's services that the Topics table names: hotlines and sensors
 * writing reports, departments' integrations, command centres' and analytics' readers, and the
 * operators' re-drive of dead letters. Each gets a KafkaUser of its own with only these rights.
 *
 * @param name   the KafkaUser and its consumer group
 * @param writes topics it may publish to
 * @param reads  topics it may consume in its own group
 * @param why    what it is, for the people who read the generated manifests
 */
public record ExternalClient(String name, Set<String> writes, Set<String> reads, String why) {

    public static final List<ExternalClient> ALL = List.of(
            new ExternalClient("external-intake", Set.of(Topics.CASE_REPORTED), Set.of(),
                    "hotline, sensors and other intake systems reporting cases"),
            new ExternalClient("department-integrations", Set.of(Topics.CASE_FEEDBACK), Set.of(Topics.CASE_DISPATCHED),
                    "departments' own systems: cases dispatched to them in, handling reports out"),
            new ExternalClient("command-centres", Set.of(), Set.of(Topics.CASE_ESCALATED),
                    "each level's command centre reading the cases that arrive at its units"),
            new ExternalClient("analytics", Set.of(), Set.of(Topics.CASE_EVENTS),
                    "reporting and replay of every case's state changes"));

    public ExternalClient {
        writes = Set.copyOf(writes);
        reads = Set.copyOf(reads);
    }
}
