package org.gridgov.registry.unit;

import java.util.ArrayList;
import java.util.List;

import org.gridgov.runtime.web.FieldError;

/**
 * What a draft must look like on its own, before the registry is asked: a well-formed code whose
 * length matches the level, a name, no negative counts. Where the draft sits in the tree (an
 * existing parent one level up) is checked against the registry by {@link UnitWrites}.
 */
public final class UnitDraftRules {

    static final int MAX_NAME_LENGTH = 100;

    private UnitDraftRules() {
    }

    /**
     * The problems of a draft, each naming its field with {@code prefix} in front (an import names
     * the feature, e.g. {@code features[3].properties.}).
     */
    public static List<FieldError> problems(UnitDraft draft, String prefix) {
        List<FieldError> problems = new ArrayList<>();
        if (!UnitCodes.isWellFormed(draft.code())) {
            problems.add(new FieldError(prefix + "code",
                    "must be 6 digits (county) followed by 3 digits per level below it, at most 18 digits"));
        } else if (draft.level() != null && draft.level().codeLength() != draft.code().length()) {
            problems.add(new FieldError(prefix + "level", "a " + draft.level() + " has a code of "
                    + draft.level().codeLength() + " digits; this code has " + draft.code().length()));
        }
        if (draft.level() == null) {
            problems.add(new FieldError(prefix + "level", "must be one of COUNTY, TOWN, VILLAGE, GRID, MICRO_GRID"));
        }
        if (draft.kind() == null) {
            problems.add(new FieldError(prefix + "kind", "must be one of URBAN, RURAL, ENTERPRISE, SPECIAL"));
        }
        if (draft.name() == null || draft.name().isBlank()) {
            problems.add(new FieldError(prefix + "name", "must not be blank"));
        } else if (draft.name().length() > MAX_NAME_LENGTH) {
            problems.add(new FieldError(prefix + "name", "must be at most " + MAX_NAME_LENGTH + " characters"));
        }
        if (draft.households() < 0) {
            problems.add(new FieldError(prefix + "households", "must not be negative"));
        }
        if (draft.enterprises() < 0) {
            problems.add(new FieldError(prefix + "enterprises", "must not be negative"));
        }
        return problems;
    }
}
