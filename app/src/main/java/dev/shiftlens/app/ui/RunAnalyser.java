// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui;

import dev.shiftlens.analysis.result.RunAnalysis;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;
import dev.shiftlens.storage.RunStore;

/**
 * SEAM: how the workbench analyses a run that has no analysis yet. Production wires in the
 * jobs module's analysis pipeline; tests use a small deterministic implementation.
 * Implementations compute the analysis, store it with {@link RunStore#saveAnalysis}, and return it.
 */
@FunctionalInterface
public interface RunAnalyser {

    RunAnalysis analyse(RunStore store, int runId, ProgressListener progress, Cancellation cancellation);
}
