// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.replay;

import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.connectors.endpoint.Completion;
import dev.shiftlens.connectors.endpoint.EndpointException;
import dev.shiftlens.connectors.endpoint.EndpointProblem;
import dev.shiftlens.connectors.endpoint.EndpointProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.random.RandomGenerator;

/**
 * Runs a replay plan: answers already in the cache are taken from it; every other request goes out
 * on its own virtual thread, at most {@code concurrency} at once per endpoint, with retries, a
 * circuit breaker and the cost cap, and each answer is kept in the cache the moment it arrives.
 * On cancel or cap no new request is sent, and requests already in flight finish and are kept.
 */
public final class Replayer {

    private static final Logger LOG = LoggerFactory.getLogger(Replayer.class);

    private final ResponseCache cache;
    private final RetryPolicy policy;
    private final OptionalDouble maxCostUsd;
    private final RandomGenerator jitter;

    public Replayer(ResponseCache cache, RetryPolicy policy, OptionalDouble maxCostUsd, long seed) {
        this.cache = cache;
        this.policy = policy;
        this.maxCostUsd = maxCostUsd;
        this.jitter = new SynchronizedRandom(seed);
    }

    public ReplayReport run(List<ReplayRequest> requests, ReplayListener listener, Cancellation cancel) {
        Run run = new Run(requests.size(), listener, cancel);
        List<Integer> toSend = new ArrayList<>();
        Map<String, Integer> firstByKey = new HashMap<>();
        Map<Integer, Integer> duplicates = new LinkedHashMap<>();
        Map<String, CachedAnswer> kept = cache.findAll(requests.stream().map(ReplayRequest::cacheKey).distinct().toList());
        for (int i = 0; i < requests.size(); i++) {
            ReplayRequest request = requests.get(i);
            Integer first = firstByKey.putIfAbsent(request.cacheKey(), i);
            if (first != null) {
                duplicates.put(i, first);
                continue;
            }
            CachedAnswer cached = kept.get(request.cacheKey());
            if (cached != null) {
                run.finish(i, new ReplayOutcome.Answered(request, cached, true));
            } else {
                toSend.add(i);
            }
        }
        try (ExecutorService threads = ReplayThreads.perTask("replay")) {
            for (int i : toSend) {
                ReplayRequest request = requests.get(i);
                EndpointLane lane = run.lane(request.endpoint().profile());
                threads.submit(() -> run.finish(i, run.guarded(request, () -> send(request, lane, run))));
            }
        }
        duplicates.forEach((duplicate, first) -> run.finish(duplicate, sameAs(run.outcomes[first], requests.get(duplicate))));
        return run.report();
    }

    private ReplayOutcome send(ReplayRequest request, EndpointLane lane, Run run) throws InterruptedException {
        lane.acquire();
        try {
            for (int attempt = 1; ; attempt++) {
                var stop = run.stopReason(lane);
                if (stop != null) {
                    return new ReplayOutcome.NotSent(request, stop);
                }
                Duration pause = lane.pauseLeft();
                if (!pause.isZero()) {
                    run.sleep(pause);
                    continue;
                }
                if (!lane.breaker().allow()) {
                    return new ReplayOutcome.NotSent(request, unavailableReason(lane));
                }
                double worstCase = request.worstCaseUsd();
                if (!run.budget.reserve(worstCase)) {
                    return new ReplayOutcome.NotSent(request, "not sent: the cost cap was reached");
                }
                try {
                    Completion completion = request.endpoint().complete(request.prompt(), request.sampleIndex());
                    CachedAnswer answer = answer(request, completion);
                    cache.keep(answer);
                    run.budget.settle(worstCase, answer.costUsd());
                    lane.breaker().succeeded();
                    return new ReplayOutcome.Answered(request, answer, false);
                } catch (EndpointException e) {
                    run.budget.release(worstCase);
                    if (!retry(e, lane, attempt)) {
                        return new ReplayOutcome.Failed(request, e, attempt);
                    }
                    run.retries.incrementAndGet();
                    Duration wait = policy.delay(attempt, e.retryAfter(), jitter);
                    LOG.debug("retrying request {} of {} in {} ms after: {}", request.requestId(), lane.profile().name(),
                            wait.toMillis(), e.getMessage());
                    if (e.retryAfter().isPresent()) {
                        lane.pauseFor(wait);
                    } else {
                        run.sleep(wait);
                    }
                }
            }
        } finally {
            lane.release();
        }
    }

    /** Classifies the failure for the endpoint and says whether this request may try again. */
    private boolean retry(EndpointException e, EndpointLane lane, int attempt) {
        if (e.problem() == EndpointProblem.KEY_REFUSED) {
            if (lane.refusal().isEmpty()) {
                LOG.warn("{}", e.getMessage());
            }
            lane.refuse(e);
            return false;
        }
        if (e.problem().unhealthy()) {
            boolean wasOpen = lane.breaker().isOpen();
            lane.unhealthy(e);
            if (!wasOpen && lane.breaker().isOpen()) {
                LOG.warn("endpoint '{}' failed {} times in a row; pausing it for {} s. Last failure: {}", lane.profile().name(),
                        policy.breakerFailures(), policy.breakerCooldown().toSeconds(), e.getMessage());
            }
        }
        return e.problem().retryable() && attempt < policy.attempts() && !lane.breaker().isOpen();
    }

    /** A request identical to an earlier one of the same replay shares its outcome instead of being sent twice. */
    private static ReplayOutcome sameAs(ReplayOutcome first, ReplayRequest duplicate) {
        return switch (first) {
            case ReplayOutcome.Answered answered -> new ReplayOutcome.Answered(duplicate, answered.answer(), true);
            case ReplayOutcome.Failed failed -> new ReplayOutcome.Failed(duplicate, failed.error(), failed.attempts());
            case ReplayOutcome.NotSent notSent -> new ReplayOutcome.NotSent(duplicate, notSent.reason());
        };
    }

    private static String unavailableReason(EndpointLane lane) {
        return "not sent: endpoint '" + lane.profile().name() + "' is failing repeatedly"
                + lane.unavailable().map(e -> " (" + e.getMessage() + ")").orElse("");
    }

    private static CachedAnswer answer(ReplayRequest request, Completion completion) {
        EndpointProfile profile = request.endpoint().profile();
        return new CachedAnswer(request.cacheKey(), profile.name(), profile.endpoint(), profile.model(),
                completion.requestBody(), completion.responseBody(), completion.text(), completion.inputTokens(),
                completion.outputTokens(), completion.usageReported(),
                profile.price().cost(completion.inputTokens(), completion.outputTokens()), completion.latency().toMillis());
    }

    /** The state of one {@link #run}: outcomes, counters, lanes and the first unexpected failure. */
    private final class Run {

        private final ReplayOutcome[] outcomes;
        private final ReplayListener listener;
        private final Cancellation cancel;
        private final SpendBudget budget = new SpendBudget(maxCostUsd);
        private final Map<String, EndpointLane> lanes = new ConcurrentHashMap<>();
        private final AtomicInteger cached = new AtomicInteger();
        private final AtomicInteger fetched = new AtomicInteger();
        private final AtomicInteger failed = new AtomicInteger();
        private final AtomicInteger notSent = new AtomicInteger();
        private final AtomicInteger retries = new AtomicInteger();
        private final AtomicReference<RuntimeException> crash = new AtomicReference<>();
        private final long started = System.nanoTime();

        Run(int size, ReplayListener listener, Cancellation cancel) {
            this.outcomes = new ReplayOutcome[size];
            this.listener = listener;
            this.cancel = cancel;
        }

        EndpointLane lane(EndpointProfile profile) {
            return lanes.computeIfAbsent(profile.name(), name -> new EndpointLane(profile, policy));
        }

        /** Null while requests may go out; otherwise why not. */
        String stopReason(EndpointLane lane) {
            if (crash.get() != null) {
                return "not sent: the replay stopped after an unexpected failure";
            }
            if (cancel.isCancelled()) {
                return "not sent: cancelled";
            }
            if (budget.capReached()) {
                return "not sent: the cost cap was reached";
            }
            return lane.refusal().map(e -> "not sent: " + e.getMessage()).orElse(null);
        }

        void sleep(Duration wait) throws InterruptedException {
            long until = System.nanoTime() + wait.toNanos();
            long left;
            while ((left = until - System.nanoTime()) > 0 && !cancel.isCancelled() && crash.get() == null) {
                Thread.sleep(Duration.ofNanos(Math.min(left, 100_000_000L)));
            }
        }

        ReplayOutcome guarded(ReplayRequest request, Attempt attempt) {
            try {
                return attempt.call();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancel.cancel();
                return new ReplayOutcome.NotSent(request, "not sent: cancelled");
            } catch (RuntimeException e) {
                crash.compareAndSet(null, e);
                return new ReplayOutcome.NotSent(request, "not sent: the replay stopped after an unexpected failure");
            }
        }

        void finish(int index, ReplayOutcome outcome) {
            outcomes[index] = outcome;
            switch (outcome) {
                case ReplayOutcome.Answered answered -> (answered.fromCache() ? cached : fetched).incrementAndGet();
                case ReplayOutcome.Failed f -> failed.incrementAndGet();
                case ReplayOutcome.NotSent n -> notSent.incrementAndGet();
            }
            listener.progressed(progress());
        }

        ReplayProgress progress() {
            return new ReplayProgress(outcomes.length, cached.get(), fetched.get(), failed.get(), notSent.get(), retries.get(),
                    budget.spent(), Duration.ofNanos(System.nanoTime() - started));
        }

        ReplayReport report() {
            if (crash.get() != null) {
                throw crash.get();
            }
            List<ReplayOutcome> all = new ArrayList<>(Arrays.asList(outcomes));
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i) == null) {
                    throw new IllegalStateException("request " + i + " has no outcome");
                }
            }
            Map<String, EndpointException> refused = new LinkedHashMap<>();
            Map<String, EndpointException> unavailable = new HashMap<>();
            lanes.forEach((name, lane) -> {
                lane.refusal().ifPresent(e -> refused.put(name, e));
                boolean skipped = all.stream().anyMatch(outcome -> outcome instanceof ReplayOutcome.NotSent
                        && outcome.request().endpoint().profile().name().equals(name));
                lane.unavailable().filter(e -> skipped).ifPresent(e -> unavailable.put(name, e));
            });
            ReplayReport.Stop stop = cancel.isCancelled() ? ReplayReport.Stop.CANCELLED
                    : budget.capReached() ? ReplayReport.Stop.COST_CAP_REACHED : ReplayReport.Stop.FINISHED;
            return new ReplayReport(all, progress(), stop, refused, unavailable);
        }
    }

    @FunctionalInterface
    private interface Attempt {
        ReplayOutcome call() throws InterruptedException;
    }

    /** Jitter for many threads from one seed. */
    private static final class SynchronizedRandom implements RandomGenerator {
        private final Random random;

        SynchronizedRandom(long seed) {
            this.random = new Random(seed);
        }

        @Override
        public synchronized long nextLong() {
            return random.nextLong();
        }
    }
}
