// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.endpoint;

import java.time.Duration;
import java.util.Optional;

/**
 * One request to a model endpoint failed. The message names the profile, the endpoint and what to
 * do; it never holds a key (server text is passed through {@link ApiKey#redact(String)} first).
 *
 * @see EndpointProblem#retryable()
 */
public final class EndpointException extends RuntimeException {

    private final EndpointProblem problem;
    private final int status;
    private final Optional<Duration> retryAfter;

    public EndpointException(EndpointProblem problem, int status, Optional<Duration> retryAfter, String message) {
        super(message, null, false, false);
        this.problem = problem;
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public EndpointProblem problem() {
        return problem;
    }

    /** The HTTP status, or 0 when no response arrived. */
    public int status() {
        return status;
    }

    /** What the server's {@code Retry-After} header asked for, on 429 and 503. */
    public Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
