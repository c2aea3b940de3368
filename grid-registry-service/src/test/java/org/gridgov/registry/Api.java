package org.gridgov.registry;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.gridgov.events.CloudEventCodec;
import org.gridgov.registry.generator.GeneratedCounty;
import org.gridgov.registry.transfer.UnitFeatures;
import org.gridgov.registry.unit.UnitDraft;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The registry's REST API over HTTP, as other services and the tests call it; never throws on an error status. */
public final class Api {

    private final RestClient client;

    public Api(String baseUrl) {
        this.client = RestClient.builder().baseUrl(baseUrl).build();
    }

    public static Api onPort(int port) {
        return new Api("http://localhost:" + port);
    }

    public record Response(int status, String contentType, JsonNode body) {

        public String problemType() {
            return body.path("type").asString("");
        }
    }

    public Response get(String path, String token) {
        return send(HttpMethod.GET, path, token, null);
    }

    public Response delete(String path, String token) {
        return send(HttpMethod.DELETE, path, token, null);
    }

    public Response put(String path, String token, JsonNode body) {
        return send(HttpMethod.PUT, path, token, body);
    }

    public Response post(String path, String token, JsonNode body) {
        return send(HttpMethod.POST, path, token, body);
    }

    /** Imports units as a FeatureCollection. */
    public Response importUnits(String token, List<UnitDraft> units, String query) {
        return post("/api/units/import" + query, token, UnitFeatures.write(units));
    }

    /** Assigns a generated county's staff, one request each. */
    public void assign(String token, Iterable<GeneratedCounty.StaffAssignment> staff) {
        for (GeneratedCounty.StaffAssignment assignment : staff) {
            Response response = put("/api/units/" + assignment.unitCode() + "/staff/" + assignment.role() + "/"
                    + assignment.accountId(), token, contact(assignment.displayName(), assignment.workPhone()));
            if (response.status() != 200) {
                throw new IllegalStateException("assignment refused: " + response.body());
            }
        }
    }

    /** The body of {@code PUT /api/units/{code}} that saves the draft. */
    public static ObjectNode unitBody(UnitDraft draft) {
        JsonNode feature = UnitFeatures.write(List.of(draft)).get("features").get(0);
        ObjectNode body = ((ObjectNode) feature.get("properties")).deepCopy();
        body.remove("code");
        body.set("boundary", feature.get("geometry"));
        return body;
    }

    public static ObjectNode contact(String displayName, String workPhone) {
        ObjectNode body = CloudEventCodec.MAPPER.createObjectNode();
        body.put("displayName", displayName);
        body.put("workPhone", workPhone);
        return body;
    }

    private Response send(HttpMethod method, String path, String token, JsonNode body) {
        RestClient.RequestBodySpec request = client.method(method).uri(path);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(CloudEventCodec.MAPPER.writeValueAsBytes(body));
        }
        return request.exchange((req, res) -> {
            byte[] bytes = res.getBody().readAllBytes();
            String text = new String(bytes, StandardCharsets.UTF_8);
            JsonNode json = text.isBlank() ? CloudEventCodec.MAPPER.createObjectNode() : CloudEventCodec.MAPPER.readTree(text);
            MediaType type = res.getHeaders().getContentType();
            return new Response(res.getStatusCode().value(), type == null ? "" : type.toString(), json);
        });
    }
}
