package org.gridgov.runtime.sample;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import org.gridgov.runtime.security.Caller;
import org.gridgov.runtime.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
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
    @PreAuthorize("hasAnyRole('GRID_WORKER', 'COMMAND_CENTRE')")
    Map<String, Object> file(@Valid @RequestBody FileRequest request) {
        if (!Caller.current().mayChange(request.unitCode())) {
            throw new AccessDeniedException("outside the caller's territory");
        }
        return Map.of("caseId", cases.file(request));
    }

    @GetMapping("/api/sample/cases/{caseId}")
    Map<String, Object> get(@PathVariable UUID caseId) {
        Map<String, Object> found = cases.find(caseId).orElseThrow(() -> new NotFoundException("case", caseId));
        if (!Caller.current().maySee((String) found.get("unit_code"))) {
            throw new NotFoundException("case", caseId);
        }
        return found;
    }
}
