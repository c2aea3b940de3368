package org.gridgov.cases.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gridgov.cases.lifecycle.CaseRuleException;

/** The categories a case may have, as one version of the catalogue file defines them. */
public final class CategoryCatalogue {

    private final int version;
    private final Map<String, Category> byCode = new LinkedHashMap<>();

    public CategoryCatalogue(int version, List<Category> categories) {
        this.version = version;
        categories.forEach(category -> byCode.put(category.code(), category));
    }

    public int version() {
        return version;
    }

    public Optional<Category> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /**
     * The category of a stored case.
     *
     * @throws CaseRuleException when a newer catalogue dropped it: such a case needs a person, not a guess
     */
    public Category require(String code) {
        return find(code).orElseThrow(() -> new CaseRuleException("unknown-category",
                "Category " + code + " is not in version " + version + " of the catalogue."));
    }

    public List<Category> all() {
        return List.copyOf(byCode.values());
    }
}
