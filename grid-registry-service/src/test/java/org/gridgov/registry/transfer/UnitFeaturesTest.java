package org.gridgov.registry.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.gridgov.events.CloudEventCodec;
import org.gridgov.runtime.web.FieldError;
import org.junit.jupiter.api.Test;

class UnitFeaturesTest {

    @Test
    void everyBadFeatureIsReportedByIndexAndReason() {
        UnitFeatures.Parsed parsed = UnitFeatures.read(CloudEventCodec.MAPPER.readTree("""
                {"type":"FeatureCollection","features":[
                  {"type":"Feature","properties":{"code":"130527","name":"南和县","level":"COUNTY","kind":"RURAL"},"geometry":null},
                  {"type":"Feature","properties":{"code":"130527101","name":"贾宋镇","level":"TOWNSHIP","kind":"RURAL","households":"many"},"geometry":null},
                  {"type":"Feature","properties":{"code":"130527101201","name":"","level":"VILLAGE","kind":"RURAL"},
                   "geometry":{"type":"Polygon","coordinates":[[[114.6,37.0],[114.62,37.02],[114.62,37.0],[114.6,37.02],[114.6,37.0]]]}},
                  {"type":"Feature","properties":{"code":"130527","name":"again","level":"COUNTY","kind":"RURAL"},"geometry":null}
                ]}"""), false);

        assertThat(parsed.drafts()).hasSize(1);
        assertThat(parsed.indexes()).containsExactly(0);
        assertThat(parsed.problems()).containsOnlyKeys(1, 2, 3);
        assertThat(parsed.problems().get(1)).extracting(FieldError::field)
                .containsExactly("features[1].properties.level", "features[1].properties.households");
        assertThat(parsed.problems().get(2)).extracting(FieldError::field)
                .containsExactly("features[2].geometry", "features[2].properties.name");
        assertThat(parsed.problems().get(3)).containsExactly(new FieldError("features[3].properties.code",
                "appears twice in the collection (also features[0])"));
    }

    @Test
    void somethingOtherThanAFeatureCollectionIsRefused() {
        UnitFeatures.Parsed parsed = UnitFeatures.read(CloudEventCodec.MAPPER.readTree("{\"type\":\"Feature\"}"), false);

        assertThat(parsed.problems()).isEqualTo(Map.of(-1, List.of(new FieldError("type",
                "must be a GeoJSON FeatureCollection with a features array"))));
    }
}
