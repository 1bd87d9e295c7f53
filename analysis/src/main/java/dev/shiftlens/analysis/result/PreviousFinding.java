// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.result;

import java.util.Objects;
import java.util.Optional;

/**
 * A reviewer's finding about a cluster that a later analysis of the run did not find again (too few
 * of its pairs stayed together). Kept, with the cluster it was about, rather than moved onto an
 * unrelated cluster that happens to have the same id.
 *
 * @param clusterId    the id in the earlier analysis
 * @param clusterLabel that cluster's label, so the note still reads as what it was about
 */
public record PreviousFinding(int clusterId, String clusterLabel, int clusterSize, Optional<Verdict> verdictOverride,
                              String note) {

    public PreviousFinding {
        clusterLabel = Objects.requireNonNullElse(clusterLabel, "");
        verdictOverride = Objects.requireNonNullElse(verdictOverride, Optional.empty());
        note = Objects.requireNonNullElse(note, "");
    }

    /** One line for a list: the cluster it was about, the override and the note. */
    public String describe() {
        String verdict = verdictOverride.map(v -> "marked " + v.name().toLowerCase(java.util.Locale.ROOT)).orElse("no verdict override");
        return "“" + clusterLabel + "” (earlier cluster #" + clusterId + ", " + clusterSize + " pairs): " + verdict
                + (note.isBlank() ? "" : " — " + note);
    }
}
