package org.gridgov.population.census;

import static org.gridgov.runtime.security.Role.ADMIN;
import static org.gridgov.runtime.security.Role.GRID_LEADER;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gridgov.runtime.security.AllowedRoles;
import org.gridgov.runtime.web.FieldError;
import org.gridgov.runtime.web.ProblemDetailsAdvice;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "census import")
class CensusController {

    private final CensusImport census;

    CensusController(CensusImport census) {
        this.census = census;
    }

    @PostMapping(path = "/api/census/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @AllowedRoles({GRID_LEADER, ADMIN})
    @Operation(summary = "Import a census sheet (CSV or XLSX with Chinese headings); every bad row reported; idempotent")
    ImportReport importSheet(@RequestPart("file") MultipartFile file,
                             @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode) throws IOException {
        return census.importFile(file.getOriginalFilename(), file.getBytes(), mode);
    }

    @ExceptionHandler(InvalidSheetException.class)
    ProblemDetail invalidSheet(InvalidSheetException e) {
        ProblemDetail problem = ProblemDetailsAdvice.invalid(List.of(new FieldError("file", e.getMessage())));
        problem.setProperty("missingColumns", e.missingColumns());
        return problem;
    }
}
