package org.gridgov.disputes.cases;

import java.util.List;
import java.util.Optional;

import org.gridgov.disputes.levels.DisputeType;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which case categories are disputes, and of which type, from {@code gridgov.disputes.cases}. The
 * codes are those of case-workflow's category catalogue (its group {@code DISPUTES}); the two lists
 * must agree, and this service reads no file of case-workflow's to keep them so.
 */
@ConfigurationProperties("gridgov.disputes.cases")
record DisputeCategories(List<Category> categories) {

    DisputeCategories {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** @param code the case category code, e.g. {@code NEIGHBOUR_DISPUTE} */
    record Category(String code, DisputeType type) {
    }

    Optional<DisputeType> typeOf(String categoryCode) {
        return categories.stream().filter(category -> category.code().equals(categoryCode))
                .map(Category::type).findFirst();
    }
}
