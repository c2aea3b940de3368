package org.gridgov.registry.unit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gridgov.runtime.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Units as the caller may see them: inside its territory, else not found. */
@Service
@Transactional(readOnly = true)
public class UnitReads {

    static final int MAX_TREE_DEPTH = 4;

    private final UnitRepository units;

    UnitReads(UnitRepository units) {
        this.units = units;
    }

    /** The unit, retired ones included (their history stays readable). */
    public Unit visible(String code) {
        Territories.requireSight(code);
        return units.find(code).orElseThrow(() -> new NotFoundException("unit", code));
    }

    /** The active unit. */
    public Unit visibleActive(String code) {
        Unit unit = visible(code);
        if (unit.retired()) {
            throw new NotFoundException("unit", code);
        }
        return unit;
    }

    UnitView view(String code) {
        Unit unit = visible(code);
        return UnitView.of(unit, effectiveRoutingMode(unit.code()));
    }

    public RoutingMode effectiveRoutingMode(String code) {
        List<String> chain = UnitCodes.chainOf(code);
        return RoutingMode.effective(chain, units.ownRoutingModes(chain));
    }

    List<UnitSummary> children(String code) {
        visibleActive(code);
        return units.children(code).stream().map(unit -> UnitSummary.of(unit, null)).toList();
    }

    /** The unit and its active descendants {@code depth} levels down. */
    UnitSummary tree(String code, int depth) {
        visibleActive(code);
        List<Unit> subtree = units.subtree(code, code.length() + 3 * depth);
        Map<String, List<UnitSummary>> childrenOf = new HashMap<>();
        // Deepest first, so each unit's children are complete when the unit itself is summarised.
        UnitSummary root = null;
        for (int i = subtree.size() - 1; i >= 0; i--) {
            Unit unit = subtree.get(i);
            List<UnitSummary> children = childrenOf.getOrDefault(unit.code(), new ArrayList<>());
            UnitSummary summary = UnitSummary.of(unit, children.reversed());
            if (unit.code().equals(code)) {
                root = summary;
            } else {
                childrenOf.computeIfAbsent(unit.parentCode(), parent -> new ArrayList<>()).add(summary);
            }
        }
        return root;
    }
}
