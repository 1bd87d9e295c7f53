// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

/**
 * One answer of a model endpoint as kept in the workspace's response cache. Holds what was sent and
 * received and what it cost; never a key (keys travel in request headers, which are not kept).
 *
 * @param cacheKey      hash of the endpoint profile's identity, the prompt and the parameters
 * @param endpoint      kind and base URL, for people reading the table
 * @param usageReported false when the endpoint gave no token counts and they were estimated
 */
public record StoredResponse(String cacheKey, String profile, String endpoint, String model, String requestBody,
                             String responseBody, String output, long inputTokens, long outputTokens,
                             boolean usageReported, double costUsd, long latencyMillis) {
}
