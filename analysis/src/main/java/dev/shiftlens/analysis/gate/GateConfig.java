// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.gate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads thresholds from a parsed config document (the JSON or YAML file's top-level object):
 * <pre>
 * max_regression_share: 0.05
 * max_refusal_increase: 0.10
 * max_json_invalid_increase: 0.05   # null switches a default threshold off
 * min_mean_similarity: 0.80
 * segments: [region=eu-west, tier=plus]
 * </pre>
 * Any key it does not know, or a value of the wrong kind, is a {@link GateConfigException} naming the key.
 */
public final class GateConfig {

    public static final String SEGMENTS = "segments";

    private GateConfig() {
    }

    public static GateThresholds apply(GateThresholds base, Map<String, ?> document) {
        GateThresholds thresholds = base;
        for (Map.Entry<String, ?> entry : document.entrySet()) {
            String key = entry.getKey();
            Object value = entry.getValue();
            if (key.replace('-', '_').equals(SEGMENTS)) {
                thresholds = thresholds.withSegments(segments(key, value));
                continue;
            }
            Threshold threshold = Threshold.byKey(key).orElseThrow(() -> new GateConfigException(key,
                    "unknown setting; known: " + knownKeys()));
            thresholds = switch (value) {
                case null -> thresholds.without(threshold);
                case Number number -> thresholds.with(threshold, number.doubleValue());
                default -> throw new GateConfigException(key, "must be a number (a share, e.g. 0.05 for 5%), got \"" + value + "\"");
            };
        }
        return thresholds;
    }

    private static List<SegmentSelector> segments(String key, Object value) {
        List<SegmentSelector> selectors = new ArrayList<>();
        switch (value) {
            case List<?> list -> {
                for (Object item : list) {
                    selectors.add(segment(key, item));
                }
            }
            case null -> { }
            default -> selectors.add(segment(key, value));
        }
        return selectors;
    }

    private static SegmentSelector segment(String key, Object item) {
        return switch (item) {
            case String text -> SegmentSelector.parse(text, key);
            case Map<?, ?> map when map.size() == 1 -> {
                Map.Entry<?, ?> only = map.entrySet().iterator().next();
                yield new SegmentSelector(String.valueOf(only.getKey()), String.valueOf(only.getValue()));
            }
            default -> throw new GateConfigException(key, "each segment is \"field=value\", got " + item);
        };
    }

    public static String knownKeys() {
        return Arrays.stream(Threshold.values()).map(Threshold::key).collect(Collectors.joining(", ")) + ", " + SEGMENTS;
    }
}
