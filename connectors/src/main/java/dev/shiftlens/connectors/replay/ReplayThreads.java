// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.replay;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

/**
 * The one place connectors create threads. Virtual threads: replay work is waiting on the network,
 * so thousands of requests in flight cost little, and per-endpoint semaphores set the real limit.
 */
public final class ReplayThreads {

    private ReplayThreads() {
    }

    public static ThreadFactory virtual(String name) {
        return Thread.ofVirtual().name("shiftlens-" + name + "-", 0).factory();
    }

    /** One virtual thread per submitted task; {@code close()} waits for all of them. */
    public static ExecutorService perTask(String name) {
        return Executors.newThreadPerTaskExecutor(virtual(name));
    }
}
