package org.gridgov.gateway.docs;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The AsyncAPI document of the event topics, as event-contracts ships it: the contract departments
 * integrate against, published beside the services' OpenAPI documents.
 */
@RestController
class AsyncApiController {

    private static final MediaType YAML = MediaType.parseMediaType("application/yaml");
    private final Resource document = new ClassPathResource("asyncapi.yaml");

    @GetMapping({"/api/asyncapi.yaml", "/api/docs/asyncapi.yaml"})
    ResponseEntity<Resource> asyncApi() {
        return ResponseEntity.ok().contentType(YAML).body(document);
    }
}
