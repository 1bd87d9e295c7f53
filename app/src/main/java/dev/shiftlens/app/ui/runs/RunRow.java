// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.runs;

import dev.shiftlens.storage.RunInfo;

import java.util.Locale;

/** One line of the runs list. */
public record RunRow(int runId, String name, String source, long pairs, long rejected, String status) {

    public static RunRow of(RunInfo run) {
        return new RunRow(run.runId(), run.name(), run.source(), run.rowsStored(), run.rowsRejected(), run.status());
    }

    public boolean analysed() {
        return "analysed".equals(status);
    }

    /** e.g. "4,213 pairs · analysed" or "980 pairs · imported · 3 rejected". */
    public String details() {
        return String.format(Locale.ROOT, "%,d pairs · %s%s", pairs, status,
                rejected == 0 ? "" : String.format(Locale.ROOT, " · %,d rejected", rejected));
    }
}
