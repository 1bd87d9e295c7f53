// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.gate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GateConfigTest {

    @Test
    void aConfigOverridesTheDefaultsAndAddsSegments() {
        Map<String, Object> document = new HashMap<>();
        document.put("max_regression_share", 0.02);
        document.put("min-mean-similarity", 0.8);
        document.put("max_json_invalid_increase", null);
        document.put("segments", List.of("region=eu-west", Map.of("tier", "plus")));

        GateThresholds thresholds = GateConfig.apply(GateThresholds.defaults(), document);

        assertThat(thresholds.limits()).containsOnly(Map.entry(Threshold.MAX_REGRESSION_SHARE, 0.02),
                Map.entry(Threshold.MAX_REFUSAL_INCREASE, 0.10), Map.entry(Threshold.MIN_MEAN_SIMILARITY, 0.8));
        assertThat(thresholds.segments()).containsExactly(new SegmentSelector("region", "eu-west"), new SegmentSelector("tier", "plus"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            max_regresion_share; 0.05;  max_regresion_share; unknown setting
            max_refusal_increase; lots; max_refusal_increase; must be a number
            min_mean_similarity; 1.5;   min_mean_similarity; between 0 and 1
            segments; region;           segments; expected field=value
            """)
    void aBadSettingNamesItsKey(String key, String value, String offending, String problem) {
        Object parsed = value.matches("-?[0-9.]+") ? (Object) Double.parseDouble(value) : value;

        assertThatThrownBy(() -> GateConfig.apply(GateThresholds.defaults(), Map.of(key, parsed)))
                .isInstanceOfSatisfying(GateConfigException.class, e -> assertThat(e.key()).isEqualTo(offending))
                .hasMessageContaining("`" + offending + "`").hasMessageContaining(problem);
    }
}
