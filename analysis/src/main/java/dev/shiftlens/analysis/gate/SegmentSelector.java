// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.gate;

/** A segment the gate checks on its own, e.g. {@code region=eu-west}. */
public record SegmentSelector(String field, String value) {

    /** Parses {@code field=value}; {@code key} names where it came from for the error message. */
    public static SegmentSelector parse(String text, String key) {
        int equals = text.indexOf('=');
        if (equals <= 0 || equals == text.length() - 1) {
            throw new GateConfigException(key, "expected field=value (e.g. region=eu-west), got \"" + text + "\"");
        }
        return new SegmentSelector(text.substring(0, equals).strip(), text.substring(equals + 1).strip());
    }

    @Override
    public String toString() {
        return field + "=" + value;
    }
}
