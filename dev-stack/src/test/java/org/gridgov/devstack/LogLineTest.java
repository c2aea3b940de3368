package org.gridgov.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogLineTest {

    @Test
    void ecsJsonLineBecomesTimeLevelLoggerAndMessage() {
        String json = """
                {"@timestamp":"2026-11-23T14:59:30.730Z","log":{"level":"INFO","logger":"org.gridgov.cases.CaseWorkflowApplication"},"message":"Started in 5 s"}""";

        LogLine line = LogLine.parse(json);

        assertThat(line.level()).isEqualTo("INFO");
        assertThat(line.text()).isEqualTo("14:59:30.730 INFO  CaseWorkflowApplication: Started in 5 s");
    }

    @Test
    void flatEcsFieldsAndAStackTraceAreShownToo() {
        String json = """
                {"@timestamp":"2026-11-23T14:59:30.730Z","log.level":"ERROR","log.logger":"x.Relay","message":"send failed","error.stack_trace":"java.io.IOException: broken\\n\\tat x.Relay.send(Relay.java:1)\\n"}""";

        LogLine line = LogLine.parse(json);

        assertThat(line.level()).isEqualTo("ERROR");
        assertThat(line.text()).isEqualTo("14:59:30.730 ERROR Relay: send failed\njava.io.IOException: broken\n\tat x.Relay.send(Relay.java:1)");
    }

    @Test
    void plainLinesKeepTheirTextAndTheLevelTheyName() {
        assertThat(LogLine.parse("15:01:23.026 WARN  QuorumController: activation")).isEqualTo(
                new LogLine("WARN", "15:01:23.026 WARN  QuorumController: activation"));
        assertThat(LogLine.parse("2026-11-23 15:01:22.100 UTC [9388] LOG:  database system is ready").level()).isEqualTo("INFO");
        assertThat(LogLine.parse("2026-11-23 15:01:22.100 UTC [9388] WARNING:  no usable system locales").level()).isEqualTo("WARN");
    }

    @Test
    void aLineWithoutALevelTakesTheLevelOfTheLineBeforeIt() {
        LogLine stackTraceLine = LogLine.parse("\tat kafka.Kafka.main(Kafka.scala:1)");

        assertThat(stackTraceLine.level()).isNull();
        assertThat(stackTraceLine.atLeast("WARN", "ERROR")).isTrue();
        assertThat(stackTraceLine.atLeast("WARN", "INFO")).isFalse();
    }

    @Test
    void aThresholdShowsItsLevelAndAbove() {
        assertThat(new LogLine("INFO", "x").atLeast("INFO", null)).isTrue();
        assertThat(new LogLine("DEBUG", "x").atLeast("INFO", null)).isFalse();
        assertThat(new LogLine("INFO", "x").atLeast("WARN", null)).isFalse();
        assertThat(new LogLine("ERROR", "x").atLeast("WARN", null)).isTrue();
    }

    @Test
    void postgresRefusingTheReadinessProbeWhileStartingIsNoWarning() {
        LogLine line = LogLine.parse("2026-11-23 15:05:38.083 UTC [19740] FATAL:  the database system is starting up");

        assertThat(line.level()).isEqualTo("INFO");
    }
}
