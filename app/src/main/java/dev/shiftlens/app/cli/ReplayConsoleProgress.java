// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

import dev.shiftlens.connectors.replay.ReplayListener;
import dev.shiftlens.connectors.replay.ReplayProgress;

/** Replay progress on standard error: done, throughput and spend, every couple of seconds and at the end. */
final class ReplayConsoleProgress implements ReplayListener {

    private static final long EVERY_NANOS = 2_000_000_000L;

    private final Console console;
    private long lastPrinted = System.nanoTime();
    private int lastDone = -1;

    ReplayConsoleProgress(Console console) {
        this.console = console;
    }

    @Override
    public synchronized void progressed(ReplayProgress progress) {
        long now = System.nanoTime();
        boolean finished = progress.done() == progress.total();
        if ((finished && progress.done() != lastDone) || now - lastPrinted >= EVERY_NANOS) {
            console.info("[replay %3d%%] %s".formatted(Math.round(progress.fraction() * 100), progress.describe()));
            lastPrinted = now;
            lastDone = progress.done();
        }
    }
}
