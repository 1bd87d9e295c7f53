// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.pii;

import java.util.regex.Pattern;

/**
 * Kinds of personal data or secrets an import counts. Patterns are written in the common subset of
 * Java and RE2 syntax so the same text runs in Java and inside DuckDB. They err towards counting
 * (a card-like number is 13-19 digits, optionally in groups of four, not glued to letters), because the count is a warning, not a proof.
 */
public enum PiiKind {
    EMAIL("email", "[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}"),
    PHONE("phone", "(^|[^0-9A-Za-z ]|[^0-9] )(\\+[0-9]{1,3}[ .-]?)?(\\([0-9]{2,4}\\)[ .-]?)?[0-9]{2,4}[ .-][0-9]{3,4}[ .-][0-9]{3,4}( [^0-9]|[^0-9A-Za-z ]|$)"),
    CARD_NUMBER("card_number", "(^|[^0-9A-Za-z])[0-9]{4}[ -]?[0-9]{4}[ -]?[0-9]{4}[ -]?[0-9]{1,7}([^0-9A-Za-z]|$)"),
    API_KEY("api_key", "(sk-[A-Za-z0-9_-]{16,}|AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{30,}|xox[abpr]-[A-Za-z0-9-]{10,}|AIza[0-9A-Za-z_-]{35})");

    private final String key;
    private final String regex;
    private final Pattern pattern;

    PiiKind(String key, String regex) {
        this.key = key;
        this.regex = regex;
        this.pattern = Pattern.compile(regex);
    }

    /** Name used in the run's stored counts and in analysis.json. */
    public String key() {
        return key;
    }

    /** The pattern text, valid in Java and RE2 (DuckDB's {@code regexp_matches}). */
    public String regex() {
        return regex;
    }

    public boolean foundIn(String text) {
        return pattern.matcher(text).find();
    }
}
