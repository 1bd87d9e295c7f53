// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.work;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Owns the threads of CPU-bound analysis work (one place to change threading). Platform threads,
 * one per core: the work is computation, not waiting, so virtual threads would not help.
 */
public final class WorkerPool {

    private static final int CHUNK = 256;
    private static final ExecutorService CPU = Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors()), daemonThreads("shiftlens-worker"));

    private WorkerPool() {
    }

    public static int parallelism() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    public static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Applies {@code function} to every item on the worker threads, in chunks; keeps input order,
     * reports progress per chunk and stops at the next chunk once cancelled.
     */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> function,
                                     ProgressListener progress, Cancellation cancel, String what) {
        List<Future<List<R>>> chunks = new ArrayList<>();
        AtomicInteger done = new AtomicInteger();
        for (int start = 0; start < items.size(); start += CHUNK) {
            List<T> chunk = items.subList(start, Math.min(items.size(), start + CHUNK));
            chunks.add(CPU.submit(() -> {
                cancel.checkpoint();
                List<R> results = new ArrayList<>(chunk.size());
                for (T item : chunk) {
                    results.add(function.apply(item));
                }
                int finished = done.addAndGet(chunk.size());
                progress.update((double) finished / items.size(), "%s %,d of %,d".formatted(what, finished, items.size()));
                return results;
            }));
        }
        List<R> all = new ArrayList<>(items.size());
        try {
            for (Future<List<R>> chunk : chunks) {
                all.addAll(chunk.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            chunks.forEach(chunk -> chunk.cancel(true));
            throw new CancelledException();
        } catch (ExecutionException e) {
            chunks.forEach(chunk -> chunk.cancel(true));
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
        return all;
    }
}
