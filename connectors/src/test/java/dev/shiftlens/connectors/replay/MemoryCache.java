// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.replay;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A response cache in memory, for tests that do not need the workspace. */
final class MemoryCache implements ResponseCache {

    final Map<String, CachedAnswer> answers = new ConcurrentHashMap<>();

    @Override
    public Optional<CachedAnswer> find(String cacheKey) {
        return Optional.ofNullable(answers.get(cacheKey));
    }

    @Override
    public void keep(CachedAnswer answer) {
        answers.putIfAbsent(answer.cacheKey(), answer);
    }
}
