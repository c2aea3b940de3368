package org.gridgov.registry.unit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.gridgov.registry.staff.StaffRepository;
import org.gridgov.registry.state.UnitStates;
import org.gridgov.runtime.web.NotFoundException;
import org.gridgov.runtime.web.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change of units goes through here, one unit ({@code PUT}) or a county at once (import):
 * placement in the tree checked, rows written, each changed unit moved to its next version and its
 * state published in the same transaction.
 */
@Service
public class UnitWrites {

    private final UnitRepository units;
    private final StaffRepository staff;
    private final UnitStates states;
    private final Clock clock = Clock.systemUTC();

    UnitWrites(UnitRepository units, StaffRepository staff, UnitStates states) {
        this.units = units;
        this.staff = staff;
        this.states = states;
    }

    /** What a save did. */
    public record Saved(List<String> created, List<String> updated, List<String> unchanged, List<String> republished) {
    }

    /**
     * Where drafts cannot sit, by their index in the list: every unit but a county hangs below an
     * active parent one level up, either already registered or among the drafts.
     */
    @Transactional(readOnly = true)
    public Map<Integer, String> placementProblems(List<UnitDraft> drafts) {
        Set<String> drafted = new HashSet<>();
        drafts.forEach(draft -> drafted.add(draft.code()));
        Set<String> parents = new HashSet<>();
        drafts.stream().map(UnitDraft::parentCode).filter(code -> code != null && !drafted.contains(code)).forEach(parents::add);
        Map<String, Unit> registered = new HashMap<>();
        units.findAll(parents).forEach(unit -> registered.put(unit.code(), unit));
        Map<Integer, String> problems = new TreeMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            String parentCode = drafts.get(i).parentCode();
            if (parentCode == null || drafted.contains(parentCode)) {
                continue;
            }
            Unit parent = registered.get(parentCode);
            if (parent == null) {
                problems.put(i, "parent " + parentCode + " does not exist");
            } else if (parent.retired()) {
                problems.put(i, "parent " + parentCode + " is retired");
            }
        }
        return problems;
    }

    /** Saves the drafts; a draft equal to the stored unit changes nothing, so saving twice is harmless. */
    @Transactional
    public Saved save(List<UnitDraft> drafts) {
        Map<Integer, String> misplaced = placementProblems(drafts);
        if (!misplaced.isEmpty()) {
            UnitDraft first = drafts.get(misplaced.keySet().iterator().next());
            throw new RuleViolation("parent-missing", "Unit " + first.code() + " cannot be placed: "
                    + misplaced.values().iterator().next() + ".")
                    .with("code", first.code()).with("parentCode", first.parentCode());
        }
        List<UnitDraft> ordered = new ArrayList<>(drafts);
        ordered.sort(Comparator.comparingInt((UnitDraft draft) -> draft.code().length()).thenComparing(UnitDraft::code));
        Map<String, Unit> stored = new HashMap<>();
        units.findAll(ordered.stream().map(UnitDraft::code).toList()).forEach(unit -> stored.put(unit.code(), unit));

        List<UnitDraft> inserts = new ArrayList<>();
        List<UnitDraft> updates = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<String> modeChanged = new ArrayList<>();
        for (UnitDraft draft : ordered) {
            Unit existing = stored.get(draft.code());
            if (existing == null) {
                inserts.add(draft);
            } else if (draft.sameAs(existing)) {
                unchanged.add(draft.code());
            } else {
                updates.add(draft);
                if (existing.routingMode() != draft.routingMode()) {
                    modeChanged.add(draft.code());
                }
            }
        }
        var now = clock.instant();
        units.insertAll(inserts, now);
        units.updateAll(updates, now);

        Set<String> changed = new LinkedHashSet<>();
        inserts.forEach(draft -> changed.add(draft.code()));
        updates.forEach(draft -> changed.add(draft.code()));
        states.publish(changed);
        List<String> inheriting = inheritingFrom(modeChanged).stream().filter(code -> !changed.contains(code)).toList();
        states.touchAndPublish(inheriting);
        return new Saved(inserts.stream().map(UnitDraft::code).toList(), updates.stream().map(UnitDraft::code).toList(),
                unchanged, inheriting);
    }

    /**
     * The active descendants whose effective routing mode comes from one of these units: no unit
     * between them sets a mode of its own. Their state changes with the ancestor's mode.
     */
    private List<String> inheritingFrom(List<String> modeChanged) {
        Set<String> inheriting = new LinkedHashSet<>();
        for (String ancestor : modeChanged) {
            List<String> descendants = units.activeDescendantCodes(ancestor);
            if (descendants.isEmpty()) {
                continue;
            }
            Map<String, RoutingMode> ownModes = units.ownRoutingModes(descendants);
            for (String descendant : descendants) {
                boolean shadowed = UnitCodes.chainOf(descendant).stream()
                        .filter(code -> code.length() > ancestor.length())
                        .anyMatch(ownModes::containsKey);
                if (!shadowed) {
                    inheriting.add(descendant);
                }
            }
        }
        return List.copyOf(inheriting);
    }

    /** Retires a unit that has neither active children nor active staff. */
    @Transactional
    public void retire(String code) {
        Unit unit = units.lock(code).filter(found -> !found.retired()).orElseThrow(() -> new NotFoundException("unit", code));
        int children = units.countActiveChildren(code);
        if (children > 0) {
            throw new RuleViolation("unit-has-children", "Unit " + code + " has " + children
                    + " active children; retire or move them first.").with("code", code).with("activeChildren", children);
        }
        int assignments = staff.countActive(code);
        if (assignments > 0) {
            throw new RuleViolation("unit-has-staff", "Unit " + code + " has " + assignments
                    + " active staff assignments; end them first.").with("code", code).with("activeAssignments", assignments);
        }
        units.retire(unit.code(), clock.instant());
        states.publishRetirement(code);
    }
}
