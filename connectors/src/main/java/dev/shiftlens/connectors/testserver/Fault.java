// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.testserver;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A failure the test server injects into the first {@code count} matching requests, in arrival
 * order, then answers normally. {@code model} limits it to requests for one model.
 * Written on the command line as {@code KIND:COUNT[:ARG][@MODEL]}, see {@link #parse(String)}.
 */
public sealed interface Fault {

    int count();

    Optional<String> model();

    /** 429 with {@code Retry-After: seconds}. */
    record RateLimited(int count, int retryAfterSeconds, Optional<String> model) implements Fault {
    }

    /** An HTTP error status (500 by default; 503 carries Retry-After: 1). */
    record ServerError(int count, int status, Optional<String> model) implements Fault {
    }

    /** Waits this long before answering, longer than a client's timeout. */
    record Hang(int count, Duration delay, Optional<String> model) implements Fault {
    }

    /** 200 with a body that is not JSON. */
    record Malformed(int count, Optional<String> model) implements Fault {
    }

    /**
     * {@code rate-limit:N[:SECONDS]}, {@code error:N[:STATUS]}, {@code hang:N[:SECONDS]}, {@code malformed:N},
     * each optionally followed by {@code @MODEL}.
     */
    static Fault parse(String text) {
        String spec = text.strip();
        Optional<String> model = Optional.empty();
        int at = spec.indexOf('@');
        if (at >= 0) {
            model = Optional.of(spec.substring(at + 1));
            spec = spec.substring(0, at);
        }
        String[] parts = spec.split(":");
        try {
            int count = parts.length > 1 ? Integer.parseInt(parts[1]) : 1;
            return switch (parts[0]) {
                case "rate-limit" -> new RateLimited(count, parts.length > 2 ? Integer.parseInt(parts[2]) : 1, model);
                case "error" -> new ServerError(count, parts.length > 2 ? Integer.parseInt(parts[2]) : 500, model);
                case "hang" -> new Hang(count, Duration.ofSeconds(parts.length > 2 ? Integer.parseInt(parts[2]) : 30), model);
                case "malformed" -> new Malformed(count, model);
                default -> throw new IllegalArgumentException(unknown(text));
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(unknown(text));
        }
    }

    private static String unknown(String text) {
        return "cannot read fault '" + text + "'; use rate-limit:N[:SECONDS], error:N[:STATUS], hang:N[:SECONDS] or"
                + " malformed:N, optionally followed by @MODEL";
    }

    /** A fault with its remaining count, shared by the server's request threads. */
    final class Armed {
        private final Fault fault;
        private final AtomicInteger left;

        Armed(Fault fault) {
            this.fault = fault;
            this.left = new AtomicInteger(fault.count());
        }

        Fault fault() {
            return fault;
        }

        /** Takes one of the remaining injections when this request matches. */
        boolean fire(String model) {
            if (fault.model().isPresent() && !fault.model().get().equals(model)) {
                return false;
            }
            return left.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
        }
    }
}
