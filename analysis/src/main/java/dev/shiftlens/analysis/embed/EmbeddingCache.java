// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.embed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;

/**
 * Vectors kept across calls, keyed by model id and {@link #keyOf(String) text key}. The storage module
 * implements it over the run store; {@link InMemoryEmbeddingCache} serves tests and one session.
 * Implementations must be safe for use from several threads.
 */
public interface EmbeddingCache {

    /** The vectors known for those keys; keys without a vector are simply absent from the result. */
    Map<String, float[]> getAll(String modelId, Collection<String> keys);

    void putAll(String modelId, Map<String, float[]> vectorsByKey);

    /** A cache that remembers nothing. */
    static EmbeddingCache none() {
        return NoEmbeddingCache.INSTANCE;
    }

    /** The key of a text: lower-case hex SHA-256 of its UTF-8 bytes (64 characters). */
    static String keyOf(String text) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
