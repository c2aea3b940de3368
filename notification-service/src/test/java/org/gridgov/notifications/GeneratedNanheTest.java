package org.gridgov.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gridgov.events.EventSchemas;
import org.gridgov.testing.StreamedEvent;
import org.junit.jupiter.api.Test;

/** The benchmark's generated county and case stream are what the producers would publish. */
class GeneratedNanheTest {

    private final GeneratedNanhe county = new GeneratedNanhe();

    @Test
    void countyHasNanhesCountrysideShape() {
        assertThat(county.grids()).hasSize(1_141);
        assertThat(county.units()).hasSize(1 + 8 + 208 + 1_141);
    }

    @Test
    void generatedEventsFitTheirSchemasAndKeepEachCaseInOrder() {
        List<StreamedEvent> stream = county.caseStream(5_000, 3);

        assertThat(stream).hasSize(5_000);
        assertThat(county.unitStream()).allSatisfy(GeneratedNanheTest::fitsItsSchema);
        assertThat(stream).allSatisfy(GeneratedNanheTest::fitsItsSchema);
        assertThat(stream.stream().filter(event -> event.event().getType().endsWith("case.filed.v1")).map(StreamedEvent::key))
                .doesNotHaveDuplicates().containsExactlyElementsOf(stream.stream().map(StreamedEvent::key).distinct().toList());
    }

    private static void fitsItsSchema(StreamedEvent event) {
        assertThat(EventSchemas.problems(event.event().getType(), event.event().getData().toBytes()))
                .as(event.event().getType()).isEmpty();
    }
}
