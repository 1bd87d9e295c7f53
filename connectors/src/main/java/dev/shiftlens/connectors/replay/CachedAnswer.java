// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.replay;

/**
 * An endpoint's answer as kept in the response cache: what was sent, what came back, what it cost.
 * No key: keys travel only in request headers.
 *
 * @param endpoint kind and base URL of the profile that answered
 */
public record CachedAnswer(String cacheKey, String profile, String endpoint, String model, String requestBody,
                           String responseBody, String text, long inputTokens, long outputTokens,
                           boolean usageReported, double costUsd, long latencyMillis) {
}
