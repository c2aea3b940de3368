package org.gridgov.runtime.sample;

import static org.gridgov.runtime.security.Role.ADMIN;
import static org.gridgov.runtime.security.Role.COMMAND_CENTRE;
import static org.gridgov.runtime.security.Role.GRID_WORKER;
import static org.gridgov.runtime.security.Role.INSPECTOR;
import static org.gridgov.runtime.security.Role.SERVICE;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import org.gridgov.runtime.security.AllowedRoles;
import org.gridgov.runtime.security.Anonymous;
import org.gridgov.runtime.security.Caller;
import org.gridgov.runtime.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SampleCaseController {

    private final SampleCaseService cases;

    SampleCaseController(SampleCaseService cases) {
        this.cases = cases;
    }

    @PostMapping("/api/sample/cases")
    @ResponseStatus(HttpStatus.CREATED)
    @AllowedRoles({GRID_WORKER, COMMAND_CENTRE})
    Map<String, Object> file(@Valid @RequestBody FileRequest request) {
        if (!Caller.current().mayChange(request.unitCode())) {
            throw new AccessDeniedException("outside the caller's territory");
        }
        return Map.of("caseId", cases.file(request));
    }

    @GetMapping("/api/public/sample/categories")
    @Anonymous
    List<String> categories() {
        return List.of("ENV_GARBAGE", "NOISE");
    }

    @GetMapping("/api/sample/cases/{caseId}")
    // The one handler another service may read with its own token.
    @AllowedRoles({GRID_WORKER, COMMAND_CENTRE, INSPECTOR, ADMIN, SERVICE})
    Map<String, Object> get(@PathVariable UUID caseId) {
        Map<String, Object> found = cases.find(caseId).orElseThrow(() -> new NotFoundException("case", caseId));
        if (!Caller.current().maySee((String) found.get("unit_code"))) {
            throw new NotFoundException("case", caseId);
        }
        return found;
    }
}
