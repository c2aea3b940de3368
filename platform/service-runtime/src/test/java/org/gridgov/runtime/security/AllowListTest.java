package org.gridgov.runtime.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.runtime.security.Role.ADMIN;
import static org.gridgov.runtime.security.Role.GRID_LEADER;
import static org.gridgov.runtime.security.Role.GRID_WORKER;
import static org.gridgov.runtime.security.Role.MEDIATOR;
import static org.gridgov.runtime.security.Role.SERVICE;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.web.method.HandlerMethod;

class AllowListTest {

    @Test
    void aCallerWithAnyListedRolePasses() {
        AllowList list = AllowList.of(handler("register")).orElseThrow();

        assertThat(list.admits(Set.of(GRID_LEADER))).isTrue();
        assertThat(list.admits(Set.of(MEDIATOR, GRID_WORKER))).isTrue();
        assertThat(list.admits(Set.of(MEDIATOR))).isFalse();
        assertThat(list.admits(Set.of())).isFalse();
    }

    @Test
    void aServiceTokenPassesOnlyWhereItsRoleIsListed() {
        assertThat(AllowList.of(handler("register")).orElseThrow().admits(Set.of(SERVICE))).isFalse();
        assertThat(AllowList.of(handler("locate")).orElseThrow().admits(Set.of(SERVICE))).isTrue();
    }

    @Test
    void namesFollowTheOrderOfTheRolesWhateverTheOrderWritten() {
        assertThat(AllowList.of(handler("register")).orElseThrow().names()).containsExactly("GRID_WORKER", "GRID_LEADER");
        assertThat(AllowList.of(handler("track")).orElseThrow().names()).containsExactly("ANONYMOUS");
    }

    @Test
    void anAnonymousHandlerAdmitsEverybody() {
        assertThat(AllowList.of(handler("track")).orElseThrow().admits(Set.of())).isTrue();
    }

    @Test
    void aHandlerWithoutAListOrWithBothHasNone() {
        assertThat(AllowList.of(handler("forgotten"))).isEmpty();
        assertThat(AllowList.of(handler("confused"))).isEmpty();
        assertThat(AllowList.of(handler("emptyList"))).isEmpty();
    }

    @Test
    void springAndSpringdocHandlersAreNotTheServicesOwn() throws Exception {
        HandlerMethod own = handler("forgotten");
        HandlerMethod framework = new HandlerMethod(new org.springframework.util.AntPathMatcher(),
                org.springframework.util.AntPathMatcher.class.getMethod("isPattern", String.class));

        assertThat(AllowList.isOwn(own)).isTrue();
        assertThat(AllowList.isOwn(framework)).isFalse();
    }

    private static HandlerMethod handler(String name) {
        for (var method : Handlers.class.getDeclaredMethods()) {
            if (method.getName().equals(name)) {
                return new HandlerMethod(new Handlers(), method);
            }
        }
        throw new IllegalArgumentException(name);
    }

    static class Handlers {

        @AllowedRoles({GRID_LEADER, GRID_WORKER})
        void register() {
        }

        @AllowedRoles({GRID_WORKER, ADMIN, SERVICE})
        void locate() {
        }

        @Anonymous
        void track() {
        }

        void forgotten() {
        }

        @Anonymous
        @AllowedRoles(ADMIN)
        void confused() {
        }

        @AllowedRoles({})
        List<String> emptyList() {
            return List.of();
        }
    }
}
