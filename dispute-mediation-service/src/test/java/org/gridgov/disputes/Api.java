package org.gridgov.disputes;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.gridgov.events.EventSchemas;
import org.gridgov.events.EventTypes;
import org.gridgov.runtime.units.UnitReplica;
import org.gridgov.testing.DevTokens;
import org.gridgov.testing.EventStreams;
import org.gridgov.testing.Recording;
import org.gridgov.testing.StreamedEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service's REST API as a caller with a development token sees it, and the territory it runs on. */
public record Api(int port) {

    public static final String COUNTY = "130527";
    public static final String TOWN = "130527100";
    public static final String VILLAGE = "130527100201";
    public static final String GRID = "130527100201001";
    public static final String OTHER_TOWN = "130527101";
    public static final String OTHER_VILLAGE = "130527101201";
    public static final String OTHER_GRID = "130527101201001";
    public static final Path UNITS = Path.of("src/test/resources/streams/nanhe-units.jsonl");

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Publishes Nanhe's units on grid.units and waits until this service's replica holds them. */
    public static void givenNanhe(UnitReplica units) throws InterruptedException {
        EventStreams.replay(UNITS);
        units.awaitCaughtUp(Duration.ofSeconds(30));
        org.awaitility.Awaitility.await().until(() -> units.find(OTHER_GRID).isPresent() && units.find(GRID).isPresent());
    }

    /**
     * Waits until {@code recording} holds an event of {@code type} for the dispute and returns the first,
     * after checking it against the event's JSON Schema.
     */
    public static StreamedEvent published(Recording recording, String disputeId, Class<?> type) {
        StreamedEvent published = recording.await(event -> disputeId.equals(event.key())
                && event.event().getType().equals(EventTypes.typeOf(type)));
        java.util.List<String> problems = EventSchemas.problems(published.event().getType(), published.event().getData().toBytes());
        if (!problems.isEmpty()) {
            throw new AssertionError(type.getSimpleName() + " breaks its schema: " + problems);
        }
        return published;
    }

    public static String token(String account, String role, String... scope) {
        return DevTokens.forAccount(account).roles(role).scope(scope).sign();
    }

    /** The county's command centre: it opens and mediates anywhere in the county (administrators do not). */
    public static String countyCentre() {
        return DevTokens.forAccount("county-centre-1").roles("COMMAND_CENTRE").scope(COUNTY).sign();
    }

    public static String admin() {
        return DevTokens.forAccount("admin-1").roles("ADMIN").sign();
    }

    public Reply post(String path, String token, Object body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : JSON.writeValueAsString(body))), token);
    }

    public Reply get(String path, String token) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), token);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static Reply send(HttpRequest.Builder request, String token) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Schedules a session with one mediator and every party, a day ahead; the session's id. */
    public String schedule(String disputeId, String token, String mediator) {
        Reply reply = post("/api/disputes/" + disputeId + "/sessions", token, Map.of(
                "startsAt", java.time.Instant.now().plus(Duration.ofDays(1)).toString(), "place", "mediation room",
                "mediatorAccountIds", java.util.List.of(mediator)));
        if (reply.status() != 201) {
            throw new AssertionError("scheduling failed: " + reply);
        }
        return reply.text("sessionId");
    }

    /** Records a session every party attended. */
    public Reply record(String disputeId, String sessionId, String token, String outcome) {
        java.util.List<Map<String, Object>> attendance = partyIds(disputeId, token).stream()
                .map(party -> Map.<String, Object>of("partyId", party, "attended", true)).toList();
        return post("/api/disputes/" + disputeId + "/sessions/" + sessionId + "/record", token,
                Map.of("outcome", outcome, "minutes", "both sides spoke; the applicant asks for repairs", "attendance", attendance));
    }

    /** Settles with every party's confirmation; perform by and follow up on may be null. */
    public Reply settle(String disputeId, String token, String performBy, String followUpOn) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("terms", "the respondent repairs the ditch",
                "amountAgreed", 1200, "confirmedBy", partyIds(disputeId, token)));
        if (performBy != null) {
            body.put("performBy", performBy);
        }
        if (followUpOn != null) {
            body.put("followUpOn", followUpOn);
        }
        return post("/api/disputes/" + disputeId + "/settle", token, body);
    }

    public java.util.List<String> partyIds(String disputeId, String token) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        get("/api/disputes/" + disputeId, token).body().path("parties").forEach(party -> ids.add(party.path("partyId").asString()));
        return ids;
    }

    /** A response: its status and JSON body. */
    public record Reply(int status, JsonNode body) {

        public String text(String field) {
            return body.path(field).asString();
        }

        public String id() {
            return text("id");
        }
    }

    /** A dispute to open, as the REST API takes it. */
    public static Map<String, Object> dispute(String type, String gridCode, String risk, int people, Object... parties) {
        return Map.of("type", type, "gridCode", gridCode, "riskLevel", risk, "peopleInvolved", people,
                "source", "GRID_CHECK", "summary", "quarrel over a drainage ditch between two houses",
                "parties", java.util.List.of(parties));
    }

    public static Map<String, Object> resident(String side) {
        return Map.of("kind", "RESIDENT", "refId", java.util.UUID.randomUUID().toString(), "side", side);
    }

    public static Map<String, Object> outsider(String side, String name, String phone) {
        return Map.of("kind", "OUTSIDER", "side", side, "name", name, "phone", phone);
    }
}
