package org.gridgov.population;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The grid worker's ledger: people, households, houses, legal entities, special groups and visits. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class PopulationApplication {

    public static void main(String[] args) {
        SpringApplication.run(PopulationApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
