// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;

/** One command-line run in this JVM, with what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ShiftlensCommand.run(args, new Console(new PrintWriter(out, true), new PrintWriter(err, true)),
                (workspace, input) -> {
                    throw new IllegalStateException("no workbench in tests " + Optional.empty());
                });
        return new CliRun(code, out.toString(), err.toString());
    }
}
