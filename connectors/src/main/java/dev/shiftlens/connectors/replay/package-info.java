// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Replaying queries against model endpoints: seeded sampling, cost estimate and cap, per-endpoint
 * concurrency on virtual threads, retries with backoff honouring Retry-After, a circuit breaker,
 * and a response cache that keeps every answer the moment it arrives so a rerun asks only for
 * what is missing. Storage stays behind {@link dev.shiftlens.connectors.replay.ResponseCache}.
 */
package dev.shiftlens.connectors.replay;
