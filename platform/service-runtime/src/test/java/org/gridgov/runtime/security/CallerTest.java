package org.gridgov.runtime.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class CallerTest {

    @Test
    void readsRolesTerritoryAndDepartmentFromTheToken() {
        Caller caller = Caller.of(token().claim("roles", List.of("DEPARTMENT_HANDLER", "SOMETHING_ELSE"))
                .claim("grid_scope", List.of("130527")).claim("department", "URBAN_MGMT").build());

        assertThat(caller.accountId()).isEqualTo("account-1");
        assertThat(caller.roles()).containsExactly(Role.DEPARTMENT_HANDLER);
        assertThat(caller.maySee("130527100201001")).isTrue();
        assertThat(caller.actsFor("URBAN_MGMT")).isTrue();
        assertThat(caller.actsFor("ENVIRONMENT")).isFalse();
    }

    @Test
    void inspectorSeesButDoesNotChange() {
        Caller inspector = Caller.of(token().claim("roles", List.of("INSPECTOR")).claim("grid_scope", List.of("130527")).build());

        assertThat(inspector.maySee("130527100")).isTrue();
        assertThat(inspector.mayChange("130527100")).isFalse();
    }

    @Test
    void administratorGovernsEverywhereWithoutAScope() {
        Caller admin = Caller.of(token().claim("roles", "ADMIN").build());

        assertThat(admin.mayChange("999999")).isTrue();
    }

    @Test
    void workerWithoutDepartmentClaimActsForNoDepartment() {
        Caller worker = Caller.of(token().claim("roles", List.of("GRID_WORKER")).build());

        assertThat(worker.actsFor("URBAN_MGMT")).isFalse();
        assertThat(worker.maySee("130527")).isFalse();
    }

    private static Jwt.Builder token() {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("account-1")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
    }
}
