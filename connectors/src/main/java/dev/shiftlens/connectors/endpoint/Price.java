// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.endpoint;

/** US dollars per 1,000 tokens in and out; zero for self-hosted endpoints. */
public record Price(double inputPer1k, double outputPer1k) {

    public static final Price FREE = new Price(0, 0);

    public Price {
        if (inputPer1k < 0 || outputPer1k < 0 || Double.isNaN(inputPer1k) || Double.isNaN(outputPer1k)) {
            throw new IllegalArgumentException("prices must be zero or positive");
        }
    }

    public double cost(long inputTokens, long outputTokens) {
        return inputTokens / 1000.0 * inputPer1k + outputTokens / 1000.0 * outputPer1k;
    }
}
