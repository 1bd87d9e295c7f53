// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.pipeline;

import dev.shiftlens.analysis.metrics.CitationFormat;
import dev.shiftlens.analysis.metrics.JsonStructureDiff;
import dev.shiftlens.analysis.metrics.PairMetrics;

import java.util.ArrayList;
import java.util.List;

/**
 * The structural changes of one pair in words, such as "key `summary` → `exec_summary`" or
 * "citations `[1]` → `(source: …)`". Clusters are characterised by the most common of these, so
 * the wording is stable: the same change always reads the same.
 */
final class PairChanges {

    private PairChanges() {
    }

    static List<String> of(PairMetrics metrics) {
        List<String> changes = new ArrayList<>(metrics.jsonDiff().map(JsonStructureDiff::describe).orElse(List.of()));
        int before = metrics.baseline().citations();
        int after = metrics.candidate().citations();
        if (metrics.citationFormatChanged()) {
            changes.add("citations %s → %s".formatted(example(metrics.baseline().citationFormat()), example(metrics.candidate().citationFormat())));
        } else if (before > 0 && after == 0) {
            changes.add(dropped(metrics.baseline().citationFormat()));
        }
        if (metrics.languageSwitch()) {
            changes.add("language %s → %s".formatted(metrics.baseline().language(), metrics.candidate().language()));
        }
        if (metrics.baseline().jsonValid() && !metrics.candidate().jsonValid()) {
            changes.add("JSON output became invalid");
        }
        return changes;
    }

    private static String dropped(CitationFormat format) {
        return switch (format) {
            case URL -> "source links dropped";
            case FOOTNOTE -> "footnotes dropped";
            default -> "citations %s dropped".formatted(example(format));
        };
    }

    private static String example(CitationFormat format) {
        return switch (format) {
            case NONE -> "none";
            case FOOTNOTE -> "`[^1]`";
            case SOURCE_PARENTHETICAL -> "`(source: …)`";
            case SOURCE_LIST -> "a sources list";
            case SECTION_REFERENCE -> "`(§ 4.2)`";
            case AUTHOR_YEAR -> "`(Author, year)`";
            case NUMBERED_BRACKETS -> "`[1]`";
            case URL -> "URLs";
        };
    }
}
