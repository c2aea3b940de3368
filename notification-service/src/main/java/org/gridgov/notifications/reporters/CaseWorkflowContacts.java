package org.gridgov.notifications.reporters;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.gridgov.runtime.calls.CircuitSettings;
import org.gridgov.runtime.security.ServiceCredentials;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks case-workflow ({@code GET /api/cases/{id}/reporter-contact}) for a reporter's contact, with
 * this service's own token, a timeout and a circuit breaker. No retry here: the delivery is tried
 * again on the delivery retry schedule. What goes wrong is said without the contact or the reply.
 */
class CaseWorkflowContacts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CasesProperties properties;
    private final ServiceCredentials credentials;
    private final HttpClient http;
    private final CircuitBreakerRegistry circuitBreakers;
    private final CircuitBreaker circuitBreaker;

    CaseWorkflowContacts(CasesProperties properties, ServiceCredentials credentials) {
        this.properties = properties;
        this.credentials = credentials;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
        this.circuitBreakers = CircuitBreakerRegistry.of(new CircuitSettings(properties.failureRateThreshold(),
                properties.slidingWindow(), properties.openFor()).config()
                .recordExceptions(Unavailable.class)
                .build());
        this.circuitBreaker = circuitBreakers.circuitBreaker("case-workflow-reporter-contact");
    }

    CircuitBreakerRegistry circuitBreakers() {
        return circuitBreakers;
    }

    /** What case-workflow answered. */
    sealed interface Answer {
        record Found(ReporterContact contact) implements Answer {
        }

        /** The reporter left no contact (or the case is unknown): nobody to tell. */
        record NoContact() implements Answer {
        }

        /** No answer worth having now: try the delivery again later. */
        record Failed(String reason) implements Answer {
        }
    }

    Answer contactOf(UUID caseId) {
        try {
            return circuitBreaker.executeSupplier(() -> ask(caseId));
        } catch (CallNotPermittedException open) {
            return new Answer.Failed("circuit to case-workflow open");
        } catch (Unavailable unavailable) {
            return new Answer.Failed(unavailable.getMessage());
        }
    }

    private Answer ask(UUID caseId) {
        URI uri = properties.url().resolve("/api/cases/" + caseId + "/reporter-contact");
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(properties.timeout())
                .header("Accept", "application/json").GET();
        credentials.bearerToken().ifPresent(token -> request.header("Authorization", "Bearer " + token));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new Unavailable(e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted");
        }
        return switch (response.statusCode()) {
            case 200 -> found(response.body());
            case 404 -> new Answer.NoContact();
            // Our token refused: case-workflow is healthy, the credentials are not; the circuit stays as it is.
            case 401, 403 -> new Answer.Failed("case-workflow refused the call (HTTP " + response.statusCode() + ")");
            default -> throw new Unavailable("HTTP " + response.statusCode());
        };
    }

    private static Answer found(String body) {
        JsonNode answer;
        try {
            answer = JSON.readTree(body);
        } catch (JacksonException unreadable) {
            throw new Unavailable("unreadable answer from case-workflow");
        }
        JsonNode contact = answer.path("contact");
        JsonNode trackingCode = answer.path("trackingCode");
        if (!contact.isString() || contact.asString().isBlank() || !trackingCode.isString()
                || trackingCode.asString().isBlank()) {
            throw new Unavailable("incomplete answer from case-workflow");
        }
        return new Answer.Found(new ReporterContact(contact.asString(), trackingCode.asString()));
    }

    /** case-workflow is down, slow or answering badly; counts against the circuit. */
    static final class Unavailable extends RuntimeException {
        Unavailable(String reason) {
            super(reason, null, false, false);
        }
    }
}
