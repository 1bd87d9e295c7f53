// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.endpoint;

import java.time.Duration;

/**
 * One answer as received: the text, what it cost in tokens, and the exact bodies exchanged.
 *
 * @param usageReported false when the endpoint sent no token counts and they were estimated from text
 */
public record Completion(String text, long inputTokens, long outputTokens, boolean usageReported,
                         String requestBody, String responseBody, Duration latency) {
}
