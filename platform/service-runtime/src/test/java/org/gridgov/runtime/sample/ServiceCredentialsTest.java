package org.gridgov.runtime.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.gridgov.runtime.security.ServiceCredentials;
import org.gridgov.testing.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A service's own token opens the paths named for services, and only those. */
@RealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServiceCredentialsTest {

    private static final String GRID = "130527100201001";

    @LocalServerPort
    int port;

    @Autowired
    ServiceCredentials credentials;

    @Autowired
    SampleCaseService cases;

    @Test
    void serviceTokenReadsAPathNamedForServicesAnywhereInTheTerritory() {
        UUID caseId = cases.file(new FileRequest(GRID, "NOISE"));
        String token = credentials.bearerToken().orElseThrow();

        Http.Response seen = new Http(port).get("/api/sample/cases/" + caseId, token);

        assertThat(seen.status()).isEqualTo(200);
    }

    @Test
    void serviceTokenIsRefusedEverywhereElse() {
        String token = credentials.bearerToken().orElseThrow();

        Http.Response refused = new Http(port).post("/api/sample/cases", token,
                "{\"unitCode\":\"" + GRID + "\",\"category\":\"ENV_GARBAGE\"}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().get("type").asString()).isEqualTo("urn:gridgov:problem:forbidden");
    }

    @Test
    void theSameTokenServesManyCallsUntilItNearsItsExpiry() {
        assertThat(credentials.bearerToken()).isEqualTo(credentials.bearerToken());
    }
}
