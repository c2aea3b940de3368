package org.gridgov.testing;

import java.time.Duration;
import java.util.Collection;

import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.springframework.context.ApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Before the tests of a {@link RealInfrastructure} class run, waits until every running listener
 * container holds its partitions at a resolved position.
 */
class ListenersReadyTestExecutionListener extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return 5000;
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        if (!TestContextAnnotationUtils.hasAnnotation(testContext.getTestClass(), RealInfrastructure.class)) {
            return;
        }
        ApplicationContext context = testContext.getApplicationContext();
        if (context.getBeanNamesForType(KafkaListenerEndpointRegistry.class).length == 0
                || !context.containsBean("gridgovPositionedAssignments")) {
            return;
        }
        KafkaListenerEndpointRegistry registry = context.getBean(KafkaListenerEndpointRegistry.class);
        PositionedAssignments assignments = context.getBean(PositionedAssignments.class);
        Awaitility.await("listeners to hold their partitions")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> registry.getListenerContainers().stream()
                        .filter(MessageListenerContainer::isRunning)
                        .allMatch(container -> ready(container, assignments)));
    }

    private static boolean ready(MessageListenerContainer container, PositionedAssignments assignments) {
        Collection<TopicPartition> partitions = container.getAssignedPartitions();
        return partitions != null && assignments.positioned(container.getGroupId(), partitions);
    }
}
