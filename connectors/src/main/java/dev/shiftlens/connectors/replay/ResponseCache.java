// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.replay;

import java.util.Optional;

/** Where replayed answers are kept (the workspace, in the application); must be safe to call from many threads. */
public interface ResponseCache {

    Optional<CachedAnswer> find(String cacheKey);

    /** Keeps the answer durably before returning, so a crash right after loses nothing paid for. */
    void keep(CachedAnswer answer);
}
