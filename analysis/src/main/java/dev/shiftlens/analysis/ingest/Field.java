// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.ingest;

import java.util.Arrays;
import java.util.Optional;

/** A field of the canonical record (DESIGN.md) or of a per-model log row that a column mapping can fill. */
public enum Field {
    REQUEST_ID("request_id"),
    QUERY("query"),
    BASELINE_OUTPUT("baseline_output"),
    CANDIDATE_OUTPUT("candidate_output"),
    /** The one output of a per-model or cutover log row. */
    OUTPUT("output"),
    TIMESTAMP("timestamp"),
    BASELINE_MODEL("baseline_model"),
    CANDIDATE_MODEL("candidate_model"),
    /** The model of a per-model or cutover log row. */
    MODEL("model"),
    /** What a cutover log is split by when no timestamp is given: model or prompt version of the row. */
    VERSION("version"),
    /** An object whose keys all become segment fields. */
    METADATA("metadata");

    private final String key;

    Field(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Field> byKey(String key) {
        return Arrays.stream(values()).filter(field -> field.key.equals(key)).findFirst();
    }
}
