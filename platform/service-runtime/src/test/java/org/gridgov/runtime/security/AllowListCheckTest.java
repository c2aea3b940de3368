package org.gridgov.runtime.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.runtime.security.Role.GRID_WORKER;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

class AllowListCheckTest {

    @Test
    void aServiceWithAHandlerWithoutAnAllowListDoesNotStartAndNamesIt() {
        new WebApplicationContextRunner().withUserConfiguration(Mvc.class, Unlisted.class).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure())
                    .isInstanceOf(AllowListCheck.UnlistedHandlersException.class)
                    .hasMessageContaining("Controller#forgotten")
                    .hasMessageContaining("/api/forgotten")
                    .hasMessageNotContaining("Controller#listed");
        });
    }

    @Test
    void aServiceWhoseHandlersAllHaveAnAllowListStarts() {
        new WebApplicationContextRunner().withUserConfiguration(Mvc.class, Listed.class)
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Configuration(proxyBeanMethods = false)
    @EnableWebMvc
    static class Mvc {

        @Bean
        static AllowListCheck allowListCheck(ListableBeanFactory beans) {
            return new AllowListCheck(beans);
        }
    }

    @Import(Unlisted.Controller.class)
    static class Unlisted {

        @RestController
        static class Controller {

            @GetMapping("/api/listed")
            @AllowedRoles(GRID_WORKER)
            String listed() {
                return "";
            }

            @PostMapping("/api/forgotten")
            String forgotten() {
                return "";
            }
        }
    }

    @Import(Listed.Controller.class)
    static class Listed {

        @RestController
        static class Controller {

            @GetMapping("/api/listed")
            @AllowedRoles(GRID_WORKER)
            String listed() {
                return "";
            }

            @GetMapping("/api/public/listed")
            @Anonymous
            String open() {
                return "";
            }
        }
    }
}
