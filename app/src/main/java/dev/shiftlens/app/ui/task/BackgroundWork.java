// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.task;

import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;

/** Work to run off the UI thread; it reports progress and checks the cancellation between batches. */
@FunctionalInterface
public interface BackgroundWork<T> {

    T run(ProgressListener progress, Cancellation cancellation) throws Exception;
}
