// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.clusters;

import dev.shiftlens.analysis.result.Finding;

/** SEAM: where a reviewer's finding goes; production stores it in the workspace in the background. */
@FunctionalInterface
public interface FindingSaver {

    /** Saves the finding and calls {@code whenSaved} on the UI thread once it is stored. */
    void save(Finding finding, Runnable whenSaved);
}
