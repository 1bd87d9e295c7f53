// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

import dev.shiftlens.analysis.work.Cancellation;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Ctrl-C during long work: the shutdown hook asks the work to cancel and waits for it to roll back,
 * so an interrupted import leaves no half-run in the workspace.
 */
final class Interruption {

    private static final long ROLLBACK_WAIT_SECONDS = 30;

    private Interruption() {
    }

    static <T> T run(Function<Cancellation, T> work) {
        Cancellation cancel = new Cancellation();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            cancel.cancel();
            try {
                finished.await(ROLLBACK_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "shiftlens-cancel-on-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return work.apply(cancel);
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it is waiting for us, and we are done
            }
        }
    }
}
