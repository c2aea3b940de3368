package org.gridgov.testing;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;

/**
 * Remembers which partitions the test context's listeners hold, after resolving their starting
 * position: a listener that starts at "latest" only knows where latest is once it asks, and an
 * event sent before that would be skipped.
 */
public class PositionedAssignments implements ConsumerAwareRebalanceListener {

    private final Set<String> positioned = ConcurrentHashMap.newKeySet();

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        String group = consumer.groupMetadata().groupId();
        for (TopicPartition partition : partitions) {
            consumer.position(partition);
            positioned.add(group + "/" + partition);
        }
    }

    @Override
    public void onPartitionsRevokedAfterCommit(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        String group = consumer.groupMetadata().groupId();
        partitions.forEach(partition -> positioned.remove(group + "/" + partition));
    }

    @Override
    public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        onPartitionsRevokedAfterCommit(consumer, partitions);
    }

    /** Whether every given partition is held by {@code group} and positioned. */
    public boolean positioned(String group, Collection<TopicPartition> partitions) {
        return !partitions.isEmpty() && partitions.stream().allMatch(partition -> positioned.contains(group + "/" + partition));
    }
}
