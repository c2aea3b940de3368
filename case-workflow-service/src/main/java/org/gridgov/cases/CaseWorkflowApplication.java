package org.gridgov.cases;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The closed loop of a case: report, file, handle in the grid or escalate, dispatch, handle and
 * feed back, verify, close, evaluate. Every step is a row in {@code case_event} and an event on Kafka.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CaseWorkflowApplication {

    public static void main(String[] args) {
        SpringApplication.run(CaseWorkflowApplication.class, args);
    }
}
