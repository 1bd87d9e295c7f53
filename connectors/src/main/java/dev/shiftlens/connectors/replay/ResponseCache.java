// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.replay;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Where replayed answers are kept (the workspace, in the application); must be safe to call from many threads. */
public interface ResponseCache {

    Optional<CachedAnswer> find(String cacheKey);

    /** The kept answers among these keys; implementations should look them up in one go. */
    default Map<String, CachedAnswer> findAll(Collection<String> cacheKeys) {
        Map<String, CachedAnswer> found = new HashMap<>();
        cacheKeys.forEach(key -> find(key).ifPresent(answer -> found.put(key, answer)));
        return found;
    }

    /** Keeps the answer durably before returning, so a crash right after loses nothing paid for. */
    void keep(CachedAnswer answer);
}
