package org.gridgov.population.resident;

import static org.gridgov.runtime.security.Role.ADMIN;
import static org.gridgov.runtime.security.Role.COMMAND_CENTRE;
import static org.gridgov.runtime.security.Role.GRID_LEADER;
import static org.gridgov.runtime.security.Role.GRID_WORKER;
import static org.gridgov.runtime.security.Role.INSPECTOR;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.gridgov.population.care.SpecialGroup;
import org.gridgov.population.protection.Purpose;
import org.gridgov.runtime.security.AllowedRoles;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "residents")
class ResidentController {

    private final Residents residents;

    ResidentController(Residents residents) {
        this.residents = residents;
    }

    @PostMapping("/api/residents")
    @AllowedRoles({GRID_WORKER, GRID_LEADER})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Enter a person in a grid's ledger (ID number checked per GB 11643)")
    ResidentView register(@Valid @RequestBody ResidentRequests.NewResident request) {
        return residents.register(request);
    }

    @PostMapping("/api/residents/arrivals")
    @AllowedRoles({GRID_WORKER, GRID_LEADER})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A floating resident arrives: from where, residence permit, expected stay")
    ResidentView arrive(@Valid @RequestBody ResidentRequests.FloatingArrival request) {
        return residents.arrive(request);
    }

    @GetMapping("/api/residents/{residentId}")
    @AllowedRoles({GRID_WORKER, GRID_LEADER, COMMAND_CENTRE, INSPECTOR, ADMIN})
    @Operation(summary = "One person: in full for the grid's worker or with a stated purpose (logged), masked otherwise")
    ResidentView get(@PathVariable UUID residentId, @RequestParam(required = false) Purpose purpose) {
        return residents.view(residentId, purpose);
    }

    @GetMapping("/api/residents")
    @AllowedRoles({GRID_WORKER, GRID_LEADER, COMMAND_CENTRE, INSPECTOR, ADMIN})
    @Operation(summary = "The people of a unit inside the caller's territory, masked")
    List<ResidentView> list(@RequestParam(required = false) @Pattern(regexp = "\\d{6,21}") String unit,
                            @RequestParam(required = false) ResidenceStatus status,
                            @RequestParam(required = false) SpecialGroup group,
                            @RequestParam(defaultValue = "false") boolean includeLeft,
                            @RequestParam(defaultValue = "0") @Min(0) int page,
                            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return residents.search(new ResidentRequests.Search(unit, status, group, null, null, null, includeLeft, page, size));
    }

    @PostMapping("/api/residents/search")
    @AllowedRoles({GRID_WORKER, GRID_LEADER, COMMAND_CENTRE, INSPECTOR, ADMIN})
    @Operation(summary = "Search by grid, group, status, and exactly by name, ID number or phone (keyed hashes); masked")
    List<ResidentView> search(@Valid @RequestBody ResidentRequests.Search search) {
        return residents.search(search);
    }

    @GetMapping("/api/residents/{residentId}/export")
    @AllowedRoles({GRID_LEADER, ADMIN})
    @Operation(summary = "Everything held about a person, for their own request to see it; logged")
    ResidentExport export(@PathVariable UUID residentId,
                          @RequestParam Purpose purpose) {
        return residents.export(residentId, purpose);
    }

    @PutMapping("/api/residents/{residentId}")
    @AllowedRoles({GRID_WORKER, GRID_LEADER})
    @Operation(summary = "Correct a person's data (on their request or to fix a mistake), with the reason; logged")
    ResidentView correct(@PathVariable UUID residentId, @Valid @RequestBody ResidentRequests.Correction correction) {
        return residents.correct(residentId, correction);
    }

    @PostMapping("/api/residents/{residentId}/move")
    @AllowedRoles({GRID_WORKER, GRID_LEADER})
    ResidentView move(@PathVariable UUID residentId, @Valid @RequestBody ResidentRequests.Move move) {
        return residents.move(residentId, move);
    }

    @PostMapping("/api/residents/{residentId}/departure")
    @AllowedRoles({GRID_WORKER, GRID_LEADER})
    @Operation(summary = "Moved away, floated out, floating departure or deceased; the record stays traceable")
    ResidentView leave(@PathVariable UUID residentId, @Valid @RequestBody ResidentRequests.Departure departure) {
        return residents.leave(residentId, departure);
    }

    @PostMapping("/api/residents/{residentId}/return")
    @AllowedRoles({GRID_WORKER, GRID_LEADER})
    ResidentView comeBack(@PathVariable UUID residentId, @Valid @RequestBody ResidentRequests.Return comeBack) {
        return residents.comeBack(residentId, comeBack);
    }
}
