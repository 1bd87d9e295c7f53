// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.replay;

import dev.shiftlens.connectors.endpoint.EndpointException;

import java.util.List;
import java.util.Map;

/**
 * How a replay ended: every request's outcome in request order, the final counts, why it stopped,
 * and per endpoint the failure that took it out of the replay (a refused key, an open circuit).
 */
public record ReplayReport(List<ReplayOutcome> outcomes, ReplayProgress progress, Stop stop,
                           Map<String, EndpointException> refusedKeys, Map<String, EndpointException> unavailable) {

    public ReplayReport {
        outcomes = List.copyOf(outcomes);
        refusedKeys = Map.copyOf(refusedKeys);
        unavailable = Map.copyOf(unavailable);
    }

    /** Why the replay stopped sending. */
    public enum Stop {
        /** Every request was answered, found in the cache, or failed for good. */
        FINISHED,
        /** The next request could have taken spend over --max-cost. */
        COST_CAP_REACHED,
        CANCELLED
    }

    /** True when every request was attempted: failures then are per request, not a stopped replay. */
    public boolean complete() {
        return stop == Stop.FINISHED && refusedKeys.isEmpty() && unavailable.isEmpty();
    }

    public List<ReplayOutcome.Failed> failures() {
        return outcomes.stream().filter(ReplayOutcome.Failed.class::isInstance).map(ReplayOutcome.Failed.class::cast).toList();
    }

    public long notSent() {
        return outcomes.stream().filter(ReplayOutcome.NotSent.class::isInstance).count();
    }
}
