// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The command line's only way to the terminal: results to standard output, progress and problems
 * to standard error, so `analyze ... > file` captures results alone.
 */
public final class Console {

    private final PrintWriter out;
    private final PrintWriter err;

    public Console(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    public static Console system() {
        return new Console(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8));
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    public void result(String line) {
        out.println(line);
        out.flush();
    }

    public void info(String line) {
        err.println(line);
        err.flush();
    }

    public void error(String line) {
        err.println("shiftlens: " + line);
        err.flush();
    }
}
