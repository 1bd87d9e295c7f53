// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.replay;

import dev.shiftlens.connectors.endpoint.EndpointException;

/** What became of one request. */
public sealed interface ReplayOutcome {

    ReplayRequest request();

    /** The answer, fetched now or found in the cache (then nothing was sent and nothing paid). */
    record Answered(ReplayRequest request, CachedAnswer answer, boolean fromCache) implements ReplayOutcome {
    }

    /** Sent, and failed for good: not retryable, or still failing after every attempt. */
    record Failed(ReplayRequest request, EndpointException error, int attempts) implements ReplayOutcome {
    }

    /** Never sent (or not sent again): the replay stopped, or the endpoint was refused or unavailable. */
    record NotSent(ReplayRequest request, String reason) implements ReplayOutcome {
    }
}
