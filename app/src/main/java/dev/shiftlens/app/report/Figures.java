// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.report;

import java.util.Locale;
import java.util.OptionalDouble;

/** Numbers as reports print them: shares as percentages, changes with a sign. */
final class Figures {

    private Figures() {
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** A change in percentage points, e.g. "+12.0 pts". */
    static String points(double change) {
        return String.format(Locale.ROOT, "%+.1f pts", change * 100);
    }

    static String decimal(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    static String decimal(OptionalDouble value) {
        return value.isPresent() ? decimal(value.getAsDouble()) : "–";
    }

    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
