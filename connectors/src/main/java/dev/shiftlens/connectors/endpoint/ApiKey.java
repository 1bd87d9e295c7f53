// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.endpoint;

/**
 * A secret in memory only for as long as requests need it. {@link #toString()} never shows it, and
 * {@link #redact(String)} removes it from text that came back from a server (some echo the key
 * they refused) before that text reaches a message, a log or the workspace.
 */
public final class ApiKey {

    private static final String HIDDEN = "[key hidden]";

    private final String secret;

    private ApiKey(String secret) {
        this.secret = secret;
    }

    static ApiKey of(String secret) {
        if (secret.isBlank()) {
            throw new IllegalArgumentException("an API key cannot be blank");
        }
        return new ApiKey(secret.strip());
    }

    /** For the one place that puts the key on the wire. */
    String reveal() {
        return secret;
    }

    public String redact(String text) {
        return text == null ? "" : text.replace(secret, HIDDEN);
    }

    @Override
    public String toString() {
        return "ApiKey" + HIDDEN;
    }
}
