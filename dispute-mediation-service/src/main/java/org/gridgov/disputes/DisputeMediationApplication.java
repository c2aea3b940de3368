package org.gridgov.disputes;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Disputes mediated close to home: grid, village, town, then the county's conflict-mediation centre. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DisputeMediationApplication {

    public static void main(String[] args) {
        SpringApplication.run(DisputeMediationApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
