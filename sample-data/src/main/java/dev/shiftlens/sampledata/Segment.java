// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.sampledata;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.SequencedMap;

/**
 * The metadata segment fields of one request. {@code promptVersion} is the candidate side's
 * (the baseline always ran prompt v46).
 */
public record Segment(String region, String tier, String language, String channel, String promptVersion) {

    /** The field names in export order, as they appear in the JSONL {@code metadata} object. */
    public static final java.util.List<String> FIELDS = java.util.List.of("region", "tier", "language", "channel", "prompt_version");

    /** The fields in export order. */
    public SequencedMap<String, String> asMap() {
        var map = new LinkedHashMap<String, String>();
        map.put("region", region);
        map.put("tier", tier);
        map.put("language", language);
        map.put("channel", channel);
        map.put("prompt_version", promptVersion);
        return Collections.unmodifiableSequencedMap(map);
    }

    Segment withPromptVersion(String version) {
        return new Segment(region, tier, language, channel, version);
    }
}
