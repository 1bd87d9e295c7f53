// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui;

import dev.shiftlens.app.ui.dialog.WorkbenchException;

/**
 * SEAM: the production {@link RunAnalyser}. The analysis pipeline (app.jobs.AnalysisJob) is being
 * written in parallel; until it is on main, an unanalysed run is reported as such and shown
 * without scatter and clusters.
 */
final class WorkbenchAnalyser {

    private WorkbenchAnalyser() {
    }

    static RunAnalyser create() {
        return (store, runId, progress, cancellation) -> {
            throw new WorkbenchException("Run " + runId + " is imported but this build cannot analyse it yet "
                    + "(the analysis pipeline is not part of it). Its pairs can be browsed; the scatter and clusters "
                    + "appear once the run has been analysed, e.g. with `shiftlens analyze`.");
        };
    }
}
