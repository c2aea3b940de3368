package org.gridgov.cases.catalogue;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gridgov.runtime.security.Anonymous;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Categories")
class CatalogueController {

    private final CategoryCatalogue catalogue;

    CatalogueController(CategoryCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/api/categories")
    @Anonymous
    @Operation(summary = "The category catalogue: what may be reported, where it is handled and how fast")
    CatalogueView categories() {
        return new CatalogueView(catalogue.version(), catalogue.all());
    }

    record CatalogueView(int version, List<Category> categories) {
    }
}
