// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.clusters;

import dev.shiftlens.analysis.result.Verdict;

/** How a verdict looks everywhere in the workbench: regression red, improvement green, neutral grey. */
public enum VerdictStyle {
    REGRESSION("#c62828", "verdict-regression"),
    IMPROVEMENT("#2e7d32", "verdict-improvement"),
    NEUTRAL("#757575", "verdict-neutral");

    private final String colour;
    private final String styleClass;

    VerdictStyle(String colour, String styleClass) {
        this.colour = colour;
        this.styleClass = styleClass;
    }

    public static VerdictStyle of(Verdict verdict) {
        return switch (verdict) {
            case REGRESSION -> REGRESSION;
            case IMPROVEMENT -> IMPROVEMENT;
            case NEUTRAL -> NEUTRAL;
        };
    }

    /** Web colour, e.g. {@code #c62828}. */
    public String colour() {
        return colour;
    }

    public String styleClass() {
        return styleClass;
    }
}
