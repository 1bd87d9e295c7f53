// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

import dev.shiftlens.analysis.work.ProgressListener;

/** Progress on standard error: a line when the step changes or every tenth of the way, never a flood. */
final class CliProgress implements ProgressListener {

    private final Console console;
    private String lastStep = "";
    private int lastTenth = -1;

    CliProgress(Console console) {
        this.console = console;
    }

    /** This listener's 0..1 mapped onto {@code from..to}, sharing its throttling. */
    ProgressListener sliced(double from, double to) {
        return slice(from, to);
    }

    @Override
    public synchronized void update(double fraction, String message) {
        String step = message.replaceAll("[0-9,]+", "#");
        int tenth = (int) Math.floor(fraction * 10);
        if (!step.equals(lastStep) || tenth > lastTenth) {
            console.info("[%3d%%] %s".formatted(Math.round(fraction * 100), message));
            lastStep = step;
            lastTenth = tenth;
        }
    }
}
