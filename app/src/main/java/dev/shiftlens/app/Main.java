// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app;

import dev.shiftlens.app.cli.Console;
import dev.shiftlens.app.cli.ShiftlensCommand;
import dev.shiftlens.app.ui.WorkbenchApp;

/**
 * Entry point. Not a JavaFX Application itself, so the headless commands run without JavaFX on
 * the module path; the workbench is started only when asked for.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Lingua identifies languages on the common pool, which has cores - 1 workers: one on two cores, so the
        // analysis' two metric workers waited on each other there (metrics of 100k pairs: 41.5 s, 33.5 s with this)
        System.setProperty("java.util.concurrent.ForkJoinPool.common.parallelism",
                Integer.toString(Runtime.getRuntime().availableProcessors()));
        System.exit(ShiftlensCommand.run(args, Console.system(), WorkbenchApp::launch));
    }
}
