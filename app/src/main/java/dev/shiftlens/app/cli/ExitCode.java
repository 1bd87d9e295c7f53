// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

/** The contract CI pipelines rely on (DESIGN.md). */
public final class ExitCode {

    public static final int PASS = 0;
    public static final int GATE_FAILED = 1;
    public static final int USAGE_OR_INPUT = 2;
    public static final int RUNTIME_FAILURE = 3;
    public static final int CANCELLED = 130;

    private ExitCode() {
    }
}
