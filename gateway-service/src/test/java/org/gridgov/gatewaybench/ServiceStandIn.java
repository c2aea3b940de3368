package org.gridgov.gatewaybench;

import java.util.List;
import java.util.Map;

import org.gridgov.runtime.security.Caller;
import org.gridgov.runtime.web.NotFoundException;
import org.gridgov.testing.DevTokens;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The backend of the gateway benchmark: a service built as every GridGov service is (service-runtime's
 * Tomcat on virtual threads, resource server validating the token again, territory check, Problem
 * Details, observations, JSON), answering a read of a unit as grid-registry does, from memory. It
 * stands outside the gateway's packages so that the gateway's own tests never scan it.
 */
@SpringBootApplication
public class ServiceStandIn {

    /** What grid-registry answers for a grid: about 600 bytes of JSON. */
    record Unit(String code, String name, String level, String parentCode, String gridWorker, int households,
                int residents, double areaSquareKilometres, List<String> neighbours, Map<String, String> contacts) {
    }

    public static ConfigurableApplicationContext start() {
        return SpringApplication.run(ServiceStandIn.class,
                // No application.yaml of the gateway's: only the platform's defaults, as a service starts.
                "--spring.config.name=service-stand-in",
                "--spring.application.name=registry-stand-in",
                "--server.port=0",
                "--gridgov.security.development=true",
                "--gridgov.security.audience=" + DevTokens.AUDIENCE,
                // Its data is in memory: no database or broker to be ready for.
                "--management.endpoint.health.group.readiness.include=readinessState",
                "--logging.threshold.console=WARN");
    }

    public static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    @RestController
    static class UnitReads {

        @GetMapping("/api/units/{code}")
        Unit unit(@PathVariable String code) {
            if (!code.startsWith("130527")) {
                throw new NotFoundException("unit", code);
            }
            if (!Caller.current().maySee(code)) {
                throw new AccessDeniedException("unit " + code + " lies outside the caller's territory");
            }
            return new Unit(code, "南和区第一网格", "GRID", code.substring(0, code.length() - 3), "worker-" + code,
                    412, 1_318, 0.42, List.of(code + "002", code + "003", code + "004"),
                    Map.of("office", "main street 12", "hours", "08:30-12:00, 14:30-18:00"));
        }
    }
}
