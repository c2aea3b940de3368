package org.gridgov.runtime.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.gridgov.testing.DevTokens;
import org.gridgov.testing.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@RealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityAndProblemsTest {

    private static final String TOWN = "130527100";
    private static final String GRID = "130527100201001";
    private static final String OTHER_TOWN_GRID = "130527101201001";
    private static final String BODY = "{\"unitCode\":\"" + GRID + "\",\"category\":\"ENV_GARBAGE\"}";

    @LocalServerPort
    int port;

    @Autowired
    SampleCaseService cases;

    @Test
    void requestWithoutATokenIsRefusedWithProblemDetails() {
        Http.Response response = http().post("/api/sample/cases", null, BODY);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("type").asString()).isEqualTo("urn:gridgov:problem:unauthorized");
    }

    @Test
    void expiredOrForeignTokenIsRefused() {
        String expired = DevTokens.forAccount("worker-1").roles("GRID_WORKER").scope(GRID)
                .lifetime(Duration.ofMinutes(-10)).sign();

        assertThat(http().post("/api/sample/cases", expired, BODY).status()).isEqualTo(401);
        assertThat(http().post("/api/sample/cases", "not.a.token", BODY).status()).isEqualTo(401);
    }

    @Test
    void roleThatMayNotActIsForbidden() {
        String inspector = DevTokens.forAccount("inspector-1").roles("INSPECTOR").scope(TOWN).sign();

        Http.Response response = http().post("/api/sample/cases", inspector, BODY);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body().get("type").asString()).isEqualTo("urn:gridgov:problem:forbidden");
    }

    @Test
    void aRefusedRoleIsForbiddenBeforeItsBodyIsRead() {
        String inspector = DevTokens.forAccount("inspector-1").roles("INSPECTOR").scope(TOWN).sign();

        Http.Response invalid = http().post("/api/sample/cases", inspector, "{\"unitCode\": \"13\"}");
        Http.Response malformed = http().post("/api/sample/cases", inspector, "{\"unitCode\": ");

        assertThat(invalid.status()).isEqualTo(403);
        assertThat(invalid.body().get("type").asString()).isEqualTo("urn:gridgov:problem:forbidden");
        assertThat(invalid.body().has("errors")).isFalse();
        assertThat(malformed.status()).isEqualTo(403);
    }

    @Test
    void aTokenWithoutRolesOpensNoHandler() {
        String nobody = DevTokens.forAccount("client-1").scope(GRID).sign();

        assertThat(http().post("/api/sample/cases", nobody, BODY).status()).isEqualTo(403);
        assertThat(http().get("/api/sample/cases/" + UUID.randomUUID(), nobody).status()).isEqualTo(403);
    }

    @Test
    void anAnonymousHandlerUnderAPublicPathAnswersWithoutAToken() {
        assertThat(http().get("/api/public/sample/categories", null).status()).isEqualTo(200);
    }

    @Test
    void townCommandCentreActsInsideItsTownOnly() {
        String townCentre = DevTokens.forAccount("centre-1").roles("COMMAND_CENTRE").scope(TOWN).sign();

        Http.Response inside = http().post("/api/sample/cases", townCentre, BODY);
        Http.Response outside = http().post("/api/sample/cases", townCentre,
                "{\"unitCode\":\"" + OTHER_TOWN_GRID + "\",\"category\":\"ENV_GARBAGE\"}");

        assertThat(inside.status()).isEqualTo(201);
        assertThat(outside.status()).isEqualTo(403);
    }

    @Test
    void caseOutsideTheCallersTerritoryIsNotFoundRatherThanForbidden() {
        UUID caseId = cases.file(new FileRequest(OTHER_TOWN_GRID, "NOISE"));
        String worker = DevTokens.forAccount("worker-1").roles("GRID_WORKER").scope(GRID).sign();
        String admin = DevTokens.forAccount("admin-1").roles("ADMIN").sign();

        Http.Response hidden = http().get("/api/sample/cases/" + caseId, worker);
        Http.Response seen = http().get("/api/sample/cases/" + caseId, admin);

        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.body().get("type").asString()).isEqualTo("urn:gridgov:problem:not-found");
        assertThat(seen.status()).isEqualTo(200);
    }

    @Test
    void malformedBodyAndWrongTypesAreClearBadRequests() {
        String worker = DevTokens.forAccount("worker-1").roles("GRID_WORKER").scope(GRID).sign();

        Http.Response malformed = http().post("/api/sample/cases", worker, "{\"unitCode\": ");
        Http.Response wrongType = http().post("/api/sample/cases", worker, "{\"unitCode\": {\"x\": 1}, \"category\": \"A\"}");
        Http.Response badPath = http().get("/api/sample/cases/not-a-uuid", worker);

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().get("type").asString()).isEqualTo("urn:gridgov:problem:malformed-request");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.body().get("errors").get(0).get("field").asString()).isEqualTo("unitCode");
        assertThat(badPath.status()).isEqualTo(400);
        assertThat(badPath.body().get("errors").get(0).get("field").asString()).isEqualTo("caseId");
    }

    @Test
    void unknownFieldsValuesOfAnotherKindAndNulAreRefusedNamingTheField() {
        String worker = DevTokens.forAccount("worker-1").roles("GRID_WORKER").scope(GRID).sign();

        Http.Response extra = http().post("/api/sample/cases", worker,
                "{\"unitCode\":\"" + GRID + "\",\"category\":\"ENV_GARBAGE\",\"assignee\":\"me\"}");
        Http.Response number = http().post("/api/sample/cases", worker, "{\"unitCode\":" + GRID + ",\"category\":\"ENV_GARBAGE\"}");
        Http.Response nested = http().post("/api/sample/cases", worker, "{\"unitCode\":[[\"" + GRID + "\"]],\"category\":\"A\"}");
        Http.Response nul = http().post("/api/sample/cases", worker, "{\"unitCode\":\"" + GRID + "\",\"category\":\"ENV\\u0000\"}");
        Http.Response cut = http().post("/api/sample/cases", worker, "{\"unitCode\":\"1305");

        assertThat(extra.status()).isEqualTo(400);
        assertThat(extra.body().get("errors").get(0).get("field").asString()).isEqualTo("assignee");
        assertThat(extra.body().get("errors").get(0).get("reason").asString()).isEqualTo("is not a field of this request");
        assertThat(number.status()).isEqualTo(400);
        assertThat(number.body().get("errors").get(0).get("field").asString()).isEqualTo("unitCode");
        assertThat(number.body().get("errors").get(0).get("reason").asString()).isEqualTo("must be text");
        assertThat(nested.body().get("errors").get(0).get("field").asString()).isEqualTo("unitCode");
        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.body().get("errors").get(0).get("field").asString()).isEqualTo("category");
        assertThat(cut.body().get("type").asString()).isEqualTo("urn:gridgov:problem:malformed-request");
        assertThat(cut.body().get("errors").get(0).get("field").asString()).isEqualTo("unitCode");
    }

    @Test
    void readinessIsOpenAndReportsTheDatabaseAndTheBroker() {
        Http.Response readiness = http().get("/actuator/health/readiness", null);

        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.body().get("components").has("db")).isTrue();
        assertThat(readiness.body().get("components").get("kafka").get("status").asString()).isEqualTo("UP");
    }

    private Http http() {
        return new Http(port);
    }
}
