package org.gridgov.runtime.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class StrictBodiesTest {

    record Visit(UUID residentId, Instant visitedAt, String findings) {
    }

    private final JsonMapper json = strictMapper();

    @Test
    void aNumberIsNoDateAndTime() {
        assertThat(refusal("{\"visitedAt\": 42}")).isEqualTo(new FieldError("visitedAt", "must be a date and time (2026-01-31T08:30:00Z)"));
        assertThat(json.readValue("{\"visitedAt\": \"2026-01-31T08:30:00Z\"}", Visit.class).visitedAt())
                .isEqualTo(Instant.parse("2026-01-31T08:30:00Z"));
    }

    @Test
    void aBlankOrNulStringIsNoAbsentIdentifier() {
        assertThat(refusal("{\"residentId\": \"\"}").field()).isEqualTo("residentId");
        assertThat(refusal("{\"residentId\": \"\\u0000\"}").field()).isEqualTo("residentId");
    }

    @Test
    void textWithNulOrALoneSurrogateIsRefusedWithoutEchoingIt() {
        assertThat(refusal("{\"findings\": \"ok\\u0000 secret\"}"))
                .isEqualTo(new FieldError("findings", "must not contain the NUL character"));
        assertThat(refusal("{\"findings\": \"ok\\ud800\"}")).isEqualTo(new FieldError("findings", "must be valid UTF-8 text"));
        assertThat(json.readValue("{\"findings\": \"𠀋👨‍👩‍👧\"}", Visit.class).findings()).isEqualTo("𠀋👨‍👩‍👧");
    }

    @Test
    void aNumberOutOfRangeIsNamedWithoutItsValue() {
        record Count(Integer people) {
        }

        assertThatThrownBy(() -> json.readValue("{\"people\": 99999999999999999999}", Count.class))
                .isInstanceOfSatisfying(JacksonException.class, e -> assertThat(BodyFieldErrors.of(e)).contains(
                        new FieldError("people", "is out of range for a whole number of at most 2147483647")));
    }

    private FieldError refusal(String body) {
        try {
            json.readValue(body, Visit.class);
        } catch (JacksonException e) {
            return BodyFieldErrors.of(e).orElseThrow();
        }
        throw new AssertionError("accepted: " + body);
    }

    private static JsonMapper strictMapper() {
        WebAutoConfiguration web = new WebAutoConfiguration();
        JsonMapper.Builder builder = JsonMapper.builder().addModule(web.strictTextModule());
        web.blankIsNotAbsent().customize(builder);
        return builder.build();
    }
}
