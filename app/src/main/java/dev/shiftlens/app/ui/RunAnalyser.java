// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui;

import dev.shiftlens.analysis.pipeline.AnalysisSettings;
import dev.shiftlens.analysis.result.RunAnalysis;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;
import dev.shiftlens.storage.RunStore;

/**
 * SEAM: how the workbench analyses a run, on opening (defaults) or again from Run › Analysis settings.
 * Production wires in the jobs module's analysis pipeline; tests use a small deterministic implementation.
 * Implementations compute the analysis with {@code settings}, store it with {@link RunStore#saveAnalysis}
 * (which keeps the previous analysis until then, so a cancel or failure loses nothing), and return it.
 */
@FunctionalInterface
public interface RunAnalyser {

    RunAnalysis analyse(RunStore store, int runId, AnalysisSettings settings, ProgressListener progress, Cancellation cancellation);
}
