package org.gridgov.runtime.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small service built on service-runtime alone, the way every GridGov service is: it files
 * cases (state + outbox in one transaction) and applies departments' feedback from Kafka once.
 */
@SpringBootApplication
public class SampleApplication {
}
