// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.manifest;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one side of a run was: model id, endpoint, prompt version or hash, sampling parameters,
 * tool-schema hash, and any entry the user supplies. Flat, sorted by key, values as text.
 */
public record ReleaseManifest(Map<String, String> entries) {

    public static final String MODEL = "model";

    public ReleaseManifest {
        entries = Collections.unmodifiableMap(new TreeMap<>(entries));
    }

    public static ReleaseManifest empty() {
        return new ReleaseManifest(Map.of());
    }

    /** This manifest with {@code more}'s entries added, {@code more} winning on a clash. */
    public ReleaseManifest merge(Map<String, String> more) {
        Map<String, String> merged = new TreeMap<>(entries);
        merged.putAll(more);
        return new ReleaseManifest(merged);
    }
}
