// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.bench;

import java.util.List;

/** The accuracy bench's results as a Markdown table, one row per planted kind per run. */
public final class AccuracyTable {

    private AccuracyTable() {
    }

    public static String markdown(List<AccuracyBench.RunScore> runs) {
        StringBuilder table = new StringBuilder("""
                | embedding | run | pairs | seed | kind | planted | recall | purity | clusters | verdict (expected) | holds |
                |---|---|---:|---:|---|---:|---:|---:|---:|---|---|
                """);
        for (AccuracyBench.RunScore run : runs) {
            for (AccuracyBench.KindScore kind : run.kinds()) {
                table.append("| %s | %s | %,d | %d | %s | %,d | %.2f | %.2f | %d | %s (%s) | %s |%n".formatted(run.embedding(), run.variant(), run.pairs(),
                        run.seed(), kind.kind(), kind.planted(), kind.recall(), kind.purity(), kind.clustersHolding(),
                        kind.found().map(v -> v.label()).orElse("none"), kind.expected().label(), kind.holds() ? "yes" : "**no**"));
            }
            table.append("| %s | %s | %,d | %d | *unplanted in regression/improvement clusters* | | %.1f%% | | %d clusters, %d regression | | %s |%n"
                    .formatted(run.embedding(), run.variant(), run.pairs(), run.seed(), 100 * run.unplantedFlagged(), run.clusters(),
                            run.regressionClusters(), run.holds() ? "yes" : "**no**"));
        }
        return table.toString();
    }

    public static String oneLine(AccuracyBench.RunScore run) {
        long failing = run.kinds().stream().filter(kind -> !kind.holds()).count();
        return "%s %s %,d pairs seed %d: %d clusters (%d regression), %d of %d kinds below a bar, %.1f%% unplanted flagged, %.0f s"
                .formatted(run.embedding(), run.variant(), run.pairs(), run.seed(), run.clusters(), run.regressionClusters(), failing,
                        run.kinds().size(), 100 * run.unplantedFlagged(), run.seconds());
    }
}
