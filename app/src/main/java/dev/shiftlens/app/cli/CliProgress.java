// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

import dev.shiftlens.analysis.work.ProgressListener;

import java.util.function.LongSupplier;

/**
 * Progress on standard error: a line when the step changes, every tenth of the way, or every
 * {@value #QUIET_SECONDS} s within a long step (so its count and time left stay current), never a flood.
 */
final class CliProgress implements ProgressListener {

    static final int QUIET_SECONDS = 10;

    private final Console console;
    private final LongSupplier nanoClock;
    private String lastStep = "";
    private int lastTenth = -1;
    private long lastLine;

    CliProgress(Console console) {
        this(console, System::nanoTime);
    }

    CliProgress(Console console, LongSupplier nanoClock) {
        this.console = console;
        this.nanoClock = nanoClock;
    }

    /** This listener's 0..1 mapped onto {@code from..to}, sharing its throttling. */
    ProgressListener sliced(double from, double to) {
        return slice(from, to);
    }

    @Override
    public synchronized void update(double fraction, String message) {
        String step = message.replaceAll("[0-9,.]+", "#");
        int tenth = (int) Math.floor(fraction * 10);
        long now = nanoClock.getAsLong();
        if (!step.equals(lastStep) || tenth > lastTenth || now - lastLine >= QUIET_SECONDS * 1_000_000_000L) {
            console.info("[%3d%%] %s".formatted(Math.round(fraction * 100), message));
            lastStep = step;
            lastTenth = tenth;
            lastLine = now;
        }
    }
}
