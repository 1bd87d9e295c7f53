// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.endpoint;

/** What went wrong with one request, and whether asking again can help. */
public enum EndpointProblem {
    /** 401/403: the key is wrong or lacks access; asking again only repeats the refusal. */
    KEY_REFUSED(false, false),
    /** Another 4xx: the request itself is wrong for this endpoint (model name, too long...). */
    REQUEST_REJECTED(false, false),
    /** 429: slow down; not a sign the endpoint is unhealthy. */
    RATE_LIMITED(true, false),
    /** 5xx. */
    SERVER_ERROR(true, true),
    /** No complete answer within the profile's timeout. */
    TIMEOUT(true, true),
    /** Connection refused, reset, DNS failure. */
    UNREACHABLE(true, true),
    /** 200 with a body that is not the protocol's JSON. */
    MALFORMED_RESPONSE(true, true);

    private final boolean retryable;
    private final boolean unhealthy;

    EndpointProblem(boolean retryable, boolean unhealthy) {
        this.retryable = retryable;
        this.unhealthy = unhealthy;
    }

    public boolean retryable() {
        return retryable;
    }

    /** Counts towards opening the circuit breaker. */
    public boolean unhealthy() {
        return unhealthy;
    }
}
