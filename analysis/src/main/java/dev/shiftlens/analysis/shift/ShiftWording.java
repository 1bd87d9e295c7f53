// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.shift;

import dev.shiftlens.analysis.characterise.SignTest;
import dev.shiftlens.analysis.result.PopulationShift.Direction;
import dev.shiftlens.analysis.result.PopulationShift.Kind;

import java.util.List;
import java.util.Locale;

/** The words for each shift: a short phrase for the headline and a line with the interval and the test. */
final class ShiftWording {

    /**
     * How one metric family is measured and named.
     *
     * @param name       the part after {@code baseline_}/{@code candidate_}
     * @param label      ratio: the subject and verb ("candidate answers are"); rate: what is counted ("refusals");
     *                   count: the presence ("answers with a list")
     * @param countLabel ratio: what is measured ("answer length"); count: the mean ("list items per answer")
     * @param more       ratio and count: how a pair that moved up is described ("longer", "more")
     * @param fewer      ratio and count: how a pair that moved down is described ("shorter", "fewer")
     */
    record Family(String name, Kind kind, String label, String countLabel, String more, String fewer) {
    }

    /** The known families in the order shifts are listed; of two material shifts that moved as many pairs, the first is named first. */
    static final List<Family> KNOWN = List.of(
            new Family("chars", Kind.RATIO, "candidate answers are", "answer length", "longer", "shorter"),
            new Family("refusal", Kind.RATE, "refusals", "", "", ""),
            new Family("empty", Kind.RATE, "empty answers", "", "", ""),
            new Family("json_valid", Kind.RATE, "answers that are valid JSON", "", "", ""),
            new Family("schema_valid", Kind.RATE, "answers conforming to the schema", "", "", ""),
            count("citations", "answers with citations", "citations per answer"),
            count("list_items", "answers with a list", "list items per answer"),
            count("headings", "answers with headings", "headings per answer"),
            count("code_blocks", "answers with code blocks", "code blocks per answer"),
            count("tables", "answers with tables", "tables per answer"),
            count("hedging", "answers with hedges", "hedges per answer"),
            count("flattery", "answers with flattery", "flattery phrases per answer"),
            count("agreement", "answers agreeing with the user", "agreement phrases per answer"),
            new Family("tokens", Kind.RATIO, "candidate answers have", "words per answer", "more words", "fewer words"));

    private ShiftWording() {
    }

    private static Family count(String name, String presence, String perAnswer) {
        return new Family(name, Kind.COUNT, presence, perAnswer, "more", "fewer");
    }

    /** A metric pair this class has no words for (added later): named after itself. */
    static Family unknown(String name, boolean yesNo) {
        String words = name.replace('_', ' ');
        return yesNo ? new Family(name, Kind.RATE, "answers marked " + words, "", "", "")
                : count(name, "answers with " + words, words + " per answer");
    }

    static String phrase(Family family, PopulationShifts.Measured shift) {
        return switch (shift.kind()) {
            case RATIO -> switch (shift.direction()) {
                case UP -> "%s %s %s (median)".formatted(family.label(), ratio(shift.change()), family.more());
                case DOWN -> "%s %s %s (median)".formatted(family.label(), percentLess(shift.change()), family.fewer());
                case NONE -> "no change in median " + family.countLabel();
            };
            case RATE -> "%s %s → %s".formatted(family.label(), percent(shift.before()), percent(shift.after()));
            case COUNT -> "%s %s → %s (mean)".formatted(family.countLabel(), mean(shift.before()), mean(shift.after()));
        };
    }

    static String description(Family family, PopulationShifts.Measured shift) {
        boolean rate = shift.kind() == Kind.RATE;
        String moved = switch (shift.direction()) {
            case UP -> "; %s in %s of pairs, %s".formatted(rate ? "appeared" : family.more(), percent(shift.movedShare()),
                    SignTest.describe(shift.pValue()));
            case DOWN -> "; %s in %s of pairs, %s".formatted(rate ? "vanished" : family.fewer(), percent(shift.movedShare()),
                    SignTest.describe(shift.pValue()));
            case NONE -> "";
        };
        return switch (shift.kind()) {
            case RATIO -> {
                String interval = "95%% CI %s–%s×".formatted(number(shift.low(), shift.change()), number(shift.high(), shift.change()));
                yield switch (shift.direction()) {
                    case UP -> "%s %s %s (median per pair, %s)".formatted(family.label(), ratio(shift.change()), family.more(), interval);
                    case DOWN -> "%s %s %s (median ratio %s, %s)".formatted(family.label(), percentLess(shift.change()),
                            family.fewer(), ratio(shift.change()), interval);
                    case NONE -> "no change in median %s (median ratio %s, %s)".formatted(family.countLabel(), ratio(shift.change()), interval);
                } + moved;
            }
            case RATE -> "%s %s → %s (%s points, 95%% CI %s to %s)%s".formatted(family.label(),
                    percent(shift.before()), percent(shift.after()), points(shift.change()), points(shift.low()),
                    points(shift.high()), moved);
            case COUNT -> "%s %s → %s (mean; change %s, 95%% CI %s to %s)%s".formatted(family.countLabel(),
                    mean(shift.before()), mean(shift.after()), signed(shift.change()), signed(shift.low()),
                    signed(shift.high()), moved);
        };
    }

    /** 2.1×, 1.25×, 12× */
    static String ratio(double value) {
        return number(value, value) + "×";
    }

    /** A ratio with as many decimals as {@code estimate} deserves, so an interval reads 1.9–2.3, not 1.92–2.3. */
    private static String number(double value, double estimate) {
        long hundredths = Math.round(estimate * 100);
        return String.format(Locale.ROOT, hundredths >= 1000 ? "%.0f" : hundredths >= 200 ? "%.1f" : "%.2f", value);
    }

    /** A ratio below 1 as "55%" less. */
    private static String percentLess(double ratio) {
        return String.format(Locale.ROOT, "%.0f%%", (1 - ratio) * 100);
    }

    /** 0%, 2.2%, 44% */
    static String percent(double share) {
        double value = share * 100;
        return value == 0 || value >= 10 ? String.format(Locale.ROOT, "%.0f%%", value) : String.format(Locale.ROOT, "%.1f%%", value);
    }

    private static String points(double change) {
        return String.format(Locale.ROOT, "%+.1f", change * 100);
    }

    private static String mean(double value) {
        return String.format(Locale.ROOT, value >= 10 ? "%.1f" : "%.2f", value);
    }

    private static String signed(double value) {
        return String.format(Locale.ROOT, "%+.2f", value);
    }
}
