package org.gridgov.cases.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.gridgov.cases.deadline.Stage;
import org.gridgov.cases.routing.Level;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

class CatalogueReaderTest {

    private final CatalogueReader reader = new CatalogueReader();

    @Test
    void shippedCatalogueHasAboutThirtyCategoriesCoveringEveryGroup() {
        CategoryCatalogue catalogue = reader.read(new ClassPathResource("catalogue/categories-v1.yaml"));

        assertThat(catalogue.version()).isEqualTo(1);
        assertThat(catalogue.all()).hasSizeBetween(28, 40);
        Set<CategoryGroup> groups = catalogue.all().stream().map(Category::group).collect(Collectors.toSet());
        assertThat(groups).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(CategoryGroup.class));
        assertThat(catalogue.all()).allSatisfy(category -> {
            assertThat(category.code()).matches("^[A-Z][A-Z0-9_]{1,63}$");
            assertThat(category.names()).containsKeys("zh-CN", "en");
            for (Stage stage : Stage.values()) {
                assertThat(category.timeLimits().of(stage)).isPositive();
            }
        });
    }

    @Test
    void shippedCatalogueKeepsSmallMattersInTheGrid() {
        CategoryCatalogue catalogue = reader.read(new ClassPathResource("catalogue/categories-v1.yaml"));

        long gridCategories = catalogue.all().stream().filter(category -> category.homeLevel() == Level.GRID).count();

        assertThat(gridCategories).isGreaterThan(catalogue.all().size() / 2);
    }

    @Test
    void brokenCatalogueIsRefusedWithEveryProblemNamed() {
        assertThatThrownBy(() -> reader.read(new ClassPathResource("catalogue/broken.yaml")))
                .isInstanceOfSatisfying(InvalidCatalogueException.class, refused -> assertThat(refused.problems())
                        .containsExactlyInAnyOrder(
                                "categories[1] (ENV_GARBAGE): code is used by an earlier category",
                                "categories[2] (noise-at-night): code must match ^[A-Z][A-Z0-9_]{1,63}$",
                                "categories[2] (noise-at-night): names.en is missing",
                                "categories[2] (noise-at-night): group must be one of " + java.util.List.of(CategoryGroup.values()),
                                "categories[2] (noise-at-night): homeLevel must be one of [GRID, VILLAGE, TOWN, COUNTY]",
                                "categories[2] (noise-at-night): department must be a department code matching ^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$",
                                "categories[2] (noise-at-night): timeLimits.basis must be one of [WORKING, CALENDAR]",
                                "categories[2] (noise-at-night): timeLimits.filing must be a positive whole number of hours",
                                "categories[2] (noise-at-night): timeLimits.gridHandling must be a positive whole number of hours",
                                "categories[2] (noise-at-night): timeLimits.departmentHandling must be a positive whole number of hours",
                                "categories[2] (noise-at-night): timeLimits.verification must be a positive whole number of hours",
                                "categories[3] (LAND_DISPUTE): severity[0].level VILLAGE is below the home level TOWN",
                                "categories[3] (LAND_DISPUTE): severity[1] needs peopleInvolvedAtLeast or riskFlag: true"))
                .hasMessageContaining("catalogue/broken.yaml").hasMessageContaining("13 problems");
    }

    @Test
    void fileThatIsNotYamlIsRefused() {
        var notYaml = new ByteArrayInputStream("categories: [ {code: ".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> reader.read("pasted.yaml", notYaml))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessageContaining("pasted.yaml").hasMessageContaining("not readable YAML");
    }

    @Test
    void serviceRefusesToStartWithABrokenCatalogue() {
        new ApplicationContextRunner()
                .withUserConfiguration(CatalogueConfiguration.class, CatalogueSettings.class)
                .withPropertyValues("gridgov.catalogue.location=classpath:catalogue/broken.yaml")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().isInstanceOf(InvalidCatalogueException.class)
                        .hasMessageContaining("code is used by an earlier category"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CatalogueProperties.class)
    static class CatalogueSettings {
    }
}
