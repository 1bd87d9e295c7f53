// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.metrics;

/**
 * How JSON locations are written: {@code $} is the whole document; object members are joined with
 * dots ({@code report.summary}); {@code []} stands for every element of an array ({@code items[].sku},
 * {@code $[]} for the elements of a top-level array). A key that is not a plain identifier
 * (letters, digits, {@code _}, {@code -}) is written {@code ["the key"]}.
 */
final class JsonPaths {

    static final String ROOT = "$";

    private JsonPaths() {
    }

    static String member(String parent, String key) {
        if (!isPlain(key)) {
            return parent + "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
        }
        return ROOT.equals(parent) ? key : parent + "." + key;
    }

    /** One element by index, for reporting a particular value: {@code items[3]}. */
    static String element(String parent, int index) {
        return parent + "[" + index + "]";
    }

    static String elements(String parent) {
        return parent + "[]";
    }

    private static boolean isPlain(String key) {
        return !key.isEmpty() && key.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '-');
    }
}
