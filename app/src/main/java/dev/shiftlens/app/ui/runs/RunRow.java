// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.runs;

import dev.shiftlens.storage.RunInfo;

import java.util.Locale;

/** One line of the runs list; {@code mode} as stored (paired, cutover, matched, replay…). */
public record RunRow(int runId, String name, String source, String mode, long pairs, long rejected, String status) {

    public static RunRow of(RunInfo run) {
        return new RunRow(run.runId(), run.name(), run.source(), run.mode(), run.rowsStored(), run.rowsRejected(), run.status());
    }

    public boolean analysed() {
        return "analysed".equals(status);
    }

    /** One log spanning a model change: before/after entries and no pairs until matched or replayed. */
    public boolean cutover() {
        return "cutover".equals(mode);
    }

    /**
     * e.g. "4,213 pairs · analysed", "980 pairs · imported · 3 rejected", "3,000 log entries · cutover, not
     * matched" or "2,710 matched pairs (not identical) · analysed".
     */
    public String details() {
        String what = cutover() ? String.format(Locale.ROOT, "%,d log entries · cutover, not matched", pairs)
                : String.format(Locale.ROOT, "%,d %s · %s", pairs, "matched".equals(mode) ? "matched pairs (not identical)" : "pairs", status);
        return what + (rejected == 0 ? "" : String.format(Locale.ROOT, " · %,d rejected", rejected));
    }
}
