// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.replay;

import dev.shiftlens.connectors.endpoint.ChatEndpoint;

/** Which sides of each pair are asked for. */
public sealed interface ReplayMode {

    /** The run mode stored with the produced run. */
    String runMode();

    /** Before promoting a candidate: both the production model and the candidate answer every sampled query. */
    record PrePromotion(ChatEndpoint baseline, ChatEndpoint candidate) implements ReplayMode {
        @Override
        public String runMode() {
            return "replay";
        }
    }

    /**
     * After an update: the log holds the updated model's answers (candidate_output, or baseline_output
     * when only that is filled); the pre-update model, still serving, answers the same queries.
     */
    record Retrospective(ChatEndpoint preUpdate) implements ReplayMode {
        @Override
        public String runMode() {
            return "retrospective";
        }
    }
}
