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
        System.exit(ShiftlensCommand.run(args, Console.system(), WorkbenchApp::launch));
    }
}
