// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.replay;

import dev.shiftlens.connectors.endpoint.ChatEndpoint;

/**
 * One call the replay may make.
 *
 * @param pairIndex    position of the query in the sample
 * @param sampleIndex  0, or 1 for a repeated baseline sample
 * @param cacheKey     what the answer is kept under
 * @param tokens       the estimate the cost cap and the pre-flight estimate use
 */
public record ReplayRequest(int pairIndex, String requestId, String prompt, Side side, ChatEndpoint endpoint,
                            int sampleIndex, String cacheKey, TokenEstimate tokens) {

    public double expectedUsd() {
        return endpoint.profile().price().cost(tokens.input(), tokens.output());
    }

    public double worstCaseUsd() {
        return endpoint.profile().price().cost(tokens.worstInput(), tokens.worstOutput());
    }
}
