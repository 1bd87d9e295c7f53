// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** The JSON value types; integers and decimals are both {@link #NUMBER}. */
public enum JsonType {
    OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL;

    static JsonType of(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT, POJO -> OBJECT;
            case ARRAY -> ARRAY;
            case STRING, BINARY -> STRING;
            case NUMBER -> NUMBER;
            case BOOLEAN -> BOOLEAN;
            case NULL, MISSING -> NULL;
        };
    }

    /** The name JSON Schema uses: {@code "object"}, {@code "number"} ... */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
