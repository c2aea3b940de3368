package org.gridgov.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class KafkaBrokerTest {

    @Test
    void oneNodeIsBrokerAndControllerOnOffsetPortsWithItsDataInTheStateFolder() {
        StackLayout layout = new StackLayout(Path.of("/repo"), Path.of("/repo/.dev-stack"), 100);

        Properties properties = new KafkaBroker(layout).serverProperties();

        assertThat(properties.getProperty("process.roles")).isEqualTo("broker,controller");
        assertThat(properties.getProperty("controller.quorum.voters")).isEqualTo("1@localhost:9193");
        assertThat(properties.getProperty("listeners")).isEqualTo("PLAINTEXT://localhost:9192,CONTROLLER://localhost:9193");
        assertThat(properties.getProperty("advertised.listeners")).isEqualTo("PLAINTEXT://localhost:9192");
        assertThat(properties.getProperty("log.dirs")).isEqualTo("/repo/.dev-stack/kafka/data");
        assertThat(properties.getProperty("auto.create.topics.enable")).isEqualTo("false");
        assertThat(properties.getProperty("offsets.topic.replication.factor")).isEqualTo("1");
    }
}
