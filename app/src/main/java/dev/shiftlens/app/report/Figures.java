// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.report;

import dev.shiftlens.analysis.result.ClusterSummary;
import dev.shiftlens.analysis.segment.VersionSkew;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** Numbers as reports print them: shares as percentages, changes with a sign. */
final class Figures {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private Figures() {
    }

    /**
     * A cluster's topics on one line, "login, mfa — 40.0% (88 pairs) · vpn — 30.0% (66 pairs)", each label
     * through {@code escape}; empty when the cluster is one topic, which its query terms already say.
     */
    static Optional<String> topics(ClusterSummary cluster, UnaryOperator<String> escape) {
        if (cluster.groups().size() < 2) {
            return Optional.empty();
        }
        return Optional.of(cluster.groups().stream()
                .map(group -> escape.apply(group.label()) + " — " + percent(group.share()) + " (" + count(group.size()) + " pairs)")
                .collect(Collectors.joining(" · ")));
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

    /** A version-skew window's days: "2026-04-02 – 2026-04-05 (4 days)", or "undated" for a log without timestamps. */
    static String span(VersionSkew window) {
        if (window.from().isEmpty() || window.to().isEmpty()) {
            return "undated";
        }
        return "%s – %s (%d day%s)".formatted(DAY.format(window.from().get()), DAY.format(window.to().get()), window.days(),
                window.days() == 1 ? "" : "s");
    }

    /** A version-skew window's versions: "prompt_version v48, rest on v47". */
    static String versions(VersionSkew window) {
        return "%s %s, rest on %s".formatted(window.versionField(), window.oddVersion(), window.usualVersion());
    }

    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
