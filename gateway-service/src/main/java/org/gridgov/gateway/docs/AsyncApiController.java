package org.gridgov.gateway.docs;

import java.nio.charset.StandardCharsets;

import org.gridgov.events.AsyncApiDocument;
import org.gridgov.events.EventSchemas;
import org.gridgov.runtime.security.Anonymous;
import org.gridgov.runtime.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The event contract as integrators read it, published beside the services' OpenAPI documents: the
 * AsyncAPI document of the topics with every payload schema inside it (event-contracts'
 * {@link AsyncApiDocument}, bundled once, when the gateway starts), and each payload schema on its
 * own at {@code /schemas/} plus the path of its {@code $id}, so a {@code ce_dataschema} can be looked up.
 */
@RestController
class AsyncApiController {

    private static final String SCHEMAS = "/schemas/";
    private static final MediaType YAML = new MediaType("application", "yaml", StandardCharsets.UTF_8);
    private static final MediaType JSON_SCHEMA = MediaType.parseMediaType("application/schema+json");

    private final byte[] document = AsyncApiDocument.yaml().getBytes(StandardCharsets.UTF_8);

    @GetMapping({"/api/asyncapi.yaml", "/api/docs/asyncapi.yaml"})
    @Anonymous
    ResponseEntity<byte[]> asyncApi() {
        return ResponseEntity.ok().contentType(YAML).body(document);
    }

    @GetMapping(SCHEMAS + "{*path}")
    @Anonymous
    ResponseEntity<byte[]> schema(@PathVariable String path) {
        String schemaPath = path.substring(1);
        byte[] schema = EventSchemas.file(schemaPath).orElseThrow(() -> new NotFoundException("schema", schemaPath));
        return ResponseEntity.ok().contentType(JSON_SCHEMA).body(schema);
    }
}
