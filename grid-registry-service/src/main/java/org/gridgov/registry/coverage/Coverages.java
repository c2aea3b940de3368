package org.gridgov.registry.coverage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gridgov.registry.unit.Unit;
import org.gridgov.registry.unit.UnitRepository;
import org.gridgov.runtime.web.RuleViolation;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Coverage reports of registered units, read in the caller's transaction (an import sees its own rows). */
@Service
public class Coverages {

    private final UnitRepository units;
    private final CoverageCheck check;

    Coverages(UnitRepository units, CoverageProperties properties) {
        this.units = units;
        this.check = new CoverageCheck(properties.minAreaSquareMetres());
    }

    /** The report of one active unit. */
    @Transactional(readOnly = true)
    public CoverageReport of(Unit parent) {
        if (parent.boundary() == null) {
            throw new RuleViolation("no-boundary", "Unit " + parent.code() + " has no boundary to cover.")
                    .with("code", parent.code());
        }
        Map<String, Geometry> children = new LinkedHashMap<>();
        units.children(parent.code()).forEach(child -> children.put(child.code(), child.boundary()));
        return check.check(parent.code(), parent.boundary(), children);
    }

    /** The reports of these units, those with a boundary, in code order. */
    @Transactional(readOnly = true)
    public List<CoverageReport> ofAll(Collection<String> parentCodes) {
        Map<String, List<Unit>> childrenOf = new HashMap<>();
        units.childrenOfAll(parentCodes).forEach(child -> childrenOf.computeIfAbsent(child.parentCode(), code -> new ArrayList<>()).add(child));
        List<CoverageReport> reports = new ArrayList<>();
        for (Unit parent : units.findAll(parentCodes)) {
            if (parent.retired() || parent.boundary() == null) {
                continue;
            }
            Map<String, Geometry> children = new LinkedHashMap<>();
            childrenOf.getOrDefault(parent.code(), List.of()).forEach(child -> children.put(child.code(), child.boundary()));
            reports.add(check.check(parent.code(), parent.boundary(), children));
        }
        return reports;
    }
}
