// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.replay;

import java.util.List;
import java.util.Locale;

/** What a replay will ask and may cost, per endpoint, before anything is sent. Cached answers cost nothing. */
public record CostEstimate(List<Line> lines) {

    public CostEstimate {
        lines = List.copyOf(lines);
    }

    /**
     * @param requests    distinct requests planned for this endpoint
     * @param cached      of those, already answered in the workspace
     * @param expectedUsd with outputs as long as the logged ones
     * @param worstUsd    with every output at max_tokens and a pessimistic tokenizer
     */
    public record Line(String profile, String model, int requests, int cached, long inputTokens, long outputTokens,
                       double expectedUsd, double worstUsd) {

        public int toSend() {
            return requests - cached;
        }

        public String describe() {
            return String.format(Locale.ROOT, "%s (%s): %,d requests, %,d cached, %,d to send; ~%,d input + ~%,d output tokens;"
                    + " ~$%.4f (at most $%.4f)", profile, model, requests, cached, toSend(), inputTokens, outputTokens, expectedUsd, worstUsd);
        }
    }

    public int toSend() {
        return lines.stream().mapToInt(Line::toSend).sum();
    }

    public int cached() {
        return lines.stream().mapToInt(Line::cached).sum();
    }

    public double expectedUsd() {
        return lines.stream().mapToDouble(Line::expectedUsd).sum();
    }

    public double worstUsd() {
        return lines.stream().mapToDouble(Line::worstUsd).sum();
    }

    public String describeTotal() {
        return String.format(Locale.ROOT, "%,d requests to send (%,d already answered in the workspace): ~$%.4f expected, at most $%.4f",
                toSend(), cached(), expectedUsd(), worstUsd());
    }
}
