// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.jobs;

import dev.shiftlens.connectors.replay.CachedAnswer;
import dev.shiftlens.connectors.replay.ResponseCache;
import dev.shiftlens.storage.RunStore;
import dev.shiftlens.storage.StoredResponse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The replay's response cache kept in the workspace file. {@link #keep} returns only once the answer
 * is committed, but answers arriving together share one transaction (group commit): with many
 * requests in flight, one commit serves all of them instead of each waiting for its own.
 */
public final class WorkspaceResponseCache implements ResponseCache {

    private final RunStore store;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition committed = lock.newCondition();
    private List<StoredResponse> pending = new ArrayList<>();
    private long openBatch;
    private long lastCommitted = -1;
    private boolean writing;
    private final Map<Long, RuntimeException> failedBatches = new HashMap<>();

    public WorkspaceResponseCache(RunStore store) {
        this.store = store;
    }

    @Override
    public Optional<CachedAnswer> find(String cacheKey) {
        return store.response(cacheKey).map(WorkspaceResponseCache::answer);
    }

    @Override
    public Map<String, CachedAnswer> findAll(Collection<String> cacheKeys) {
        Map<String, CachedAnswer> found = new LinkedHashMap<>();
        store.responses(cacheKeys).forEach((key, stored) -> found.put(key, answer(stored)));
        return found;
    }

    @Override
    public void keep(CachedAnswer answer) {
        lock.lock();
        try {
            pending.add(stored(answer));
            long mine = openBatch;
            while (lastCommitted < mine) {
                if (writing) {
                    committed.awaitUninterruptibly();
                    continue;
                }
                writeOpenBatch();
            }
            RuntimeException failure = failedBatches.get(mine);
            if (failure != null) {
                throw failure;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Called holding the lock; releases it while the database works so more answers can gather. */
    private void writeOpenBatch() {
        List<StoredResponse> batch = pending;
        long id = openBatch++;
        pending = new ArrayList<>();
        writing = true;
        lock.unlock();
        RuntimeException failure = null;
        try {
            store.storeResponses(batch);
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            lock.lock();
            writing = false;
            lastCommitted = id;
            if (failure != null) {
                failedBatches.put(id, failure);
            }
            committed.signalAll();
        }
    }

    private static CachedAnswer answer(StoredResponse stored) {
        return new CachedAnswer(stored.cacheKey(), stored.profile(), stored.endpoint(), stored.model(), stored.requestBody(),
                stored.responseBody(), stored.output(), stored.inputTokens(), stored.outputTokens(), stored.usageReported(),
                stored.costUsd(), stored.latencyMillis());
    }

    private static StoredResponse stored(CachedAnswer answer) {
        return new StoredResponse(answer.cacheKey(), answer.profile(), answer.endpoint(), answer.model(), answer.requestBody(),
                answer.responseBody(), answer.text(), answer.inputTokens(), answer.outputTokens(), answer.usageReported(),
                answer.costUsd(), answer.latencyMillis());
    }
}
