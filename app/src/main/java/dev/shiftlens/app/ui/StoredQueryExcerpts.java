// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui;

import dev.shiftlens.analysis.pair.PairRecord;
import dev.shiftlens.app.ui.pairs.PairRow;
import dev.shiftlens.app.ui.scatter.QueryExcerpts;
import dev.shiftlens.app.ui.task.Outcome;
import dev.shiftlens.app.ui.task.TaskExecutor;
import dev.shiftlens.storage.RunStore;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Query excerpts for the scatter's tooltip, read one pair at a time from the store and kept in a small LRU cache. */
final class StoredQueryExcerpts implements QueryExcerpts {

    private static final int CACHED = 2_000;
    private static final int LENGTH = 160;

    private final TaskExecutor executor;
    private final RunStore store;
    private final int runId;
    private final Map<Integer, String> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, String> eldest) {
            return size() > CACHED;
        }
    };

    StoredQueryExcerpts(TaskExecutor executor, RunStore store, int runId) {
        this.executor = executor;
        this.store = store;
        this.runId = runId;
    }

    @Override
    public void excerpt(int pairId, Consumer<String> whenKnown) {
        String cached = cache.get(pairId);
        if (cached != null) {
            whenKnown.accept(cached);
            return;
        }
        executor.submit("Reading query", (progress, cancel) -> store.pairs(runId, pairId, 1), (Outcome<List<PairRecord>> outcome) -> {
            if (outcome instanceof Outcome.Done<List<PairRecord>>(List<PairRecord> found) && !found.isEmpty()) {
                String excerpt = PairRow.excerpt(found.getFirst().requestId() + ": " + found.getFirst().query(), LENGTH);
                cache.put(pairId, excerpt);
                whenKnown.accept(excerpt);
            }
        });
    }
}
