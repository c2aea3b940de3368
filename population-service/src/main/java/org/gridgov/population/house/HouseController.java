package org.gridgov.population.house;

import static org.gridgov.runtime.security.Role.ADMIN;
import static org.gridgov.runtime.security.Role.COMMAND_CENTRE;
import static org.gridgov.runtime.security.Role.GRID_LEADER;
import static org.gridgov.runtime.security.Role.GRID_WORKER;
import static org.gridgov.runtime.security.Role.INSPECTOR;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.gridgov.population.protection.Purpose;
import org.gridgov.runtime.security.AllowedRoles;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "houses and buildings")
class HouseController {

    private final Houses houses;

    HouseController(Houses houses) {
        this.houses = houses;
    }

    @PostMapping("/api/houses")
    @AllowedRoles({GRID_WORKER, GRID_LEADER})
    @ResponseStatus(HttpStatus.CREATED)
    HouseView create(@Valid @RequestBody NewHouse request) {
        return houses.create(request);
    }

    @GetMapping("/api/houses/{houseId}")
    @AllowedRoles({GRID_WORKER, GRID_LEADER, COMMAND_CENTRE, INSPECTOR, ADMIN})
    HouseView get(@PathVariable UUID houseId, @RequestParam(required = false) Purpose purpose) {
        return houses.get(houseId, purpose);
    }

    @PutMapping("/api/houses/{houseId}")
    @AllowedRoles({GRID_WORKER, GRID_LEADER})
    HouseView update(@PathVariable UUID houseId, @Valid @RequestBody NewHouse change) {
        return houses.update(houseId, change);
    }

    @DeleteMapping("/api/houses/{houseId}")
    @AllowedRoles({GRID_WORKER, GRID_LEADER})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID houseId) {
        houses.delete(houseId);
    }

    @GetMapping("/api/houses")
    @AllowedRoles({GRID_WORKER, GRID_LEADER, COMMAND_CENTRE, INSPECTOR, ADMIN})
    List<HouseView> list(@RequestParam(required = false) @Pattern(regexp = "\\d{6,21}") String unit,
                         @RequestParam(required = false) HouseKind kind,
                         @RequestParam(defaultValue = "0") @Min(0) int page,
                         @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return houses.list(unit, kind, size, page * size);
    }
}
