// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.privacy;

/** The kinds of personal or secret data redacted from anything that leaves the workspace. */
public enum PiiKind {
    API_KEY("[redacted api key]"),
    EMAIL("[redacted email]"),
    CARD_NUMBER("[redacted card number]"),
    PHONE_NUMBER("[redacted phone number]");

    private final String replacement;

    PiiKind(String replacement) {
        this.replacement = replacement;
    }

    /** What stands in for a match; visibly a redaction, so a reader knows something was there. */
    public String replacement() {
        return replacement;
    }
}
