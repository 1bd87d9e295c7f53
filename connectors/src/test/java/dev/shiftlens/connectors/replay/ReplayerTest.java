// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.replay;

import dev.shiftlens.analysis.pair.PairRecord;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.connectors.endpoint.ChatEndpoint;
import dev.shiftlens.connectors.endpoint.EndpointKind;
import dev.shiftlens.connectors.endpoint.EndpointProblem;
import dev.shiftlens.connectors.endpoint.EndpointProfile;
import dev.shiftlens.connectors.endpoint.KeyResolver;
import dev.shiftlens.connectors.endpoint.KeySource;
import dev.shiftlens.connectors.endpoint.Price;
import dev.shiftlens.connectors.testserver.Fault;
import dev.shiftlens.connectors.testserver.LoopbackModelServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The replay against a real HTTP server on loopback, one fault at a time. */
class ReplayerTest {

    private static final RetryPolicy FAST = new RetryPolicy(4, Duration.ofMillis(20), Duration.ofMillis(200),
            Duration.ofSeconds(5), 6, Duration.ofSeconds(30));
    private static final String CANARY = "sk-canary-7f3a9c1e2b";

    private LoopbackModelServer server;
    private final MemoryCache cache = new MemoryCache();

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private static List<PairRecord> log(int queries) {
        return IntStream.range(0, queries).mapToObj(i -> PairRecord.of("r-" + i,
                i % 3 == 0 ? "Is my blender " + i + " still under warranty?" : "How do I set up device " + i + "?", "", "")).toList();
    }

    private ChatEndpoint endpoint(String name, String model, EndpointKind kind) {
        EndpointProfile profile = EndpointProfile.of(name, kind, server.baseUrl(), model).withTimeout(Duration.ofSeconds(5));
        return ChatEndpoint.open(profile, Optional.empty());
    }

    private ReplayPlan prePromotion(int queries) {
        return ReplayPlan.of(log(queries), new ReplayMode.PrePromotion(endpoint("baseline", "baseline-model", EndpointKind.OPENAI_CHAT),
                endpoint("candidate", "candidate-model", EndpointKind.OPENAI_CHAT)), 0, 1);
    }

    private ReplayReport replay(ReplayPlan plan) {
        return new Replayer(cache, FAST, OptionalDouble.empty(), 1).run(plan.requests(), ReplayListener.NONE, Cancellation.none());
    }

    @Test
    void everySampledQueryBecomesAPairWithBothModelsAnswers() {
        server = LoopbackModelServer.start();
        ReplayPlan plan = prePromotion(6);

        ReplayReport report = replay(plan);
        ReplayedPairs pairs = ReplayedPairs.assemble(plan, report);

        assertThat(report.complete()).isTrue();
        assertThat(server.requests()).isEqualTo(12);
        assertThat(pairs.pairs()).hasSize(6);
        PairRecord warranty = pairs.pairs().getFirst();
        assertThat(warranty.baselineModel()).isEqualTo("baseline-model");
        assertThat(warranty.candidateOutput()).isEqualTo("It has a two-year warranty.");
        assertThat(warranty.baselineOutput()).contains("two-year limited warranty");
        assertThat(cache.answers).hasSize(12);
    }

    @Test
    void anthropicMessagesEndpointAnswersToo() {
        server = LoopbackModelServer.start();
        ReplayPlan plan = ReplayPlan.of(log(3), new ReplayMode.PrePromotion(endpoint("baseline", "baseline-model", EndpointKind.OPENAI_CHAT),
                endpoint("claude", "candidate-model", EndpointKind.ANTHROPIC_MESSAGES)), 0, 1);

        ReplayedPairs pairs = ReplayedPairs.assemble(plan, replay(plan));

        assertThat(pairs.pairs()).hasSize(3);
        assertThat(pairs.pairs().getFirst().candidateOutput()).isEqualTo("It has a two-year warranty.");
        assertThat(cache.answers.values()).filteredOn(answer -> answer.profile().equals("claude"))
                .allSatisfy(answer -> assertThat(answer.usageReported()).isTrue());
    }

    @Test
    void rateLimitIsWaitedOutAsRetryAfterAsks() {
        server = LoopbackModelServer.start(0, Duration.ZERO, List.of(new Fault.RateLimited(1, 1, Optional.empty())), Optional.empty());
        ReplayPlan plan = prePromotion(1);

        long started = System.nanoTime();
        ReplayReport report = replay(plan);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(report.complete()).isTrue();
        assertThat(report.progress().retries()).isEqualTo(1);
        assertThat(server.requests()).isEqualTo(3);
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void serverErrorsAreRetriedUntilTheAnswerComes() {
        server = LoopbackModelServer.start(0, Duration.ZERO, List.of(new Fault.ServerError(2, 500, Optional.of("candidate-model"))),
                Optional.empty());
        ReplayPlan plan = prePromotion(1);

        ReplayReport report = replay(plan);

        assertThat(report.complete()).isTrue();
        assertThat(report.failures()).isEmpty();
        assertThat(server.requests("candidate-model", plan.sample().getFirst().query())).isEqualTo(3);
    }

    @Test
    void timedOutRequestIsAskedAgain() {
        server = LoopbackModelServer.start(0, Duration.ZERO, List.of(new Fault.Hang(1, Duration.ofSeconds(3), Optional.of("candidate-model"))),
                Optional.empty());
        EndpointProfile quick = EndpointProfile.of("candidate", EndpointKind.OPENAI_CHAT, server.baseUrl(), "candidate-model")
                .withTimeout(Duration.ofSeconds(1));
        ReplayPlan plan = ReplayPlan.of(log(1), new ReplayMode.Retrospective(ChatEndpoint.open(quick, Optional.empty())), 0, 1);

        ReplayReport report = replay(plan);

        assertThat(report.complete()).isTrue();
        assertThat(report.progress().retries()).isEqualTo(1);
        assertThat(ReplayedPairs.assemble(plan, report).pairs()).hasSize(1);
    }

    @Test
    void malformedBodyIsRetriedAndReportedWhenItPersists() {
        server = LoopbackModelServer.start(0, Duration.ZERO, List.of(new Fault.Malformed(100, Optional.of("candidate-model"))),
                Optional.empty());
        ReplayPlan plan = prePromotion(1);

        ReplayReport report = replay(plan);
        ReplayedPairs pairs = ReplayedPairs.assemble(plan, report);

        assertThat(report.failures()).singleElement().satisfies(failed -> {
            assertThat(failed.error().problem()).isEqualTo(EndpointProblem.MALFORMED_RESPONSE);
            assertThat(failed.attempts()).isEqualTo(FAST.attempts());
            assertThat(failed.error().getMessage()).contains("endpoint 'candidate'", "not JSON");
        });
        assertThat(pairs.pairs()).isEmpty();
        assertThat(pairs.unanswered()).singleElement().satisfies(missing -> assertThat(missing.reason()).startsWith("candidate: "));
        assertThat(cache.answers).hasSize(1);
    }

    @Test
    void refusedConnectionEndsInAClearMessageAndOpensTheCircuit() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        EndpointProfile down = EndpointProfile.of("baseline", EndpointKind.OPENAI_CHAT, "http://127.0.0.1:" + closedPort + "/v1", "m")
                .withConcurrency(1);
        ReplayPlan plan = ReplayPlan.of(log(10), new ReplayMode.Retrospective(ChatEndpoint.open(down, Optional.empty())), 0, 1);

        ReplayReport report = replay(plan);

        assertThat(report.complete()).isFalse();
        assertThat(report.unavailable()).containsKey("baseline");
        assertThat(report.unavailable().get("baseline").getMessage()).contains("cannot be reached", "Is the server running");
        assertThat(report.notSent()).isGreaterThan(0);
    }

    @Test
    void wrongKeyIsRefusedOnceWithoutRetriesAndNeverShown() {
        server = LoopbackModelServer.start(0, Duration.ZERO, List.of(), Optional.of("the-right-key"));
        KeyResolver keys = new KeyResolver(name -> Optional.of(CANARY), "Linux");
        EndpointProfile profile = EndpointProfile.of("baseline", EndpointKind.OPENAI_CHAT, server.baseUrl(), "baseline-model")
                .withKey(new KeySource.EnvironmentVariable("SHIFTLENS_TEST_KEY")).withConcurrency(1);
        ReplayPlan plan = ReplayPlan.of(log(5), new ReplayMode.Retrospective(ChatEndpoint.open(profile, keys.resolve(profile))), 0, 1);

        ReplayReport report = replay(plan);

        assertThat(server.requests()).isEqualTo(1);
        assertThat(report.refusedKeys()).containsKey("baseline");
        String message = report.refusedKeys().get("baseline").getMessage();
        assertThat(message).contains("refused the key from environment variable SHIFTLENS_TEST_KEY", "HTTP 401").doesNotContain(CANARY)
                .contains("(" + server.baseUrl() + "/chat/completions)").doesNotContain("/v1/v1/");
        assertThat(report.outcomes()).allSatisfy(outcome -> assertThat(outcome.toString()).doesNotContain(CANARY));
        assertThat(report.notSent()).isEqualTo(4);
    }

    @Test
    void cancelledReplayKeepsItsAnswersAndTheRerunAsksOnlyForTheRest() {
        server = LoopbackModelServer.start(0, Duration.ofMillis(50), List.of(), Optional.empty());
        ReplayPlan plan = prePromotion(20);
        Cancellation cancel = new Cancellation();
        AtomicBoolean asked = new AtomicBoolean();
        ReplayListener cancelAfterFive = progress -> {
            if (progress.fetched() >= 5 && asked.compareAndSet(false, true)) {
                cancel.cancel();
            }
        };

        ReplayReport first = new Replayer(cache, FAST, OptionalDouble.empty(), 1).run(plan.requests(), cancelAfterFive, cancel);
        int askedFirst = server.requests();
        ReplayReport second = replay(plan);

        assertThat(first.stop()).isEqualTo(ReplayReport.Stop.CANCELLED);
        assertThat(first.progress().fetched()).isEqualTo(askedFirst).isEqualTo(cache.answers.size() - second.progress().fetched());
        assertThat(second.complete()).isTrue();
        assertThat(second.progress().cached()).isEqualTo(askedFirst);
        assertThat(server.requests()).isEqualTo(40);
    }

    @Test
    void costCapStopsBeforeItIsExceededAndAHigherCapFinishesWithoutRepeats() {
        server = LoopbackModelServer.start();
        EndpointProfile priced = EndpointProfile.of("baseline", EndpointKind.OPENAI_CHAT, server.baseUrl(), "baseline-model")
                .withPrice(new Price(1.0, 2.0)).withConcurrency(1)
                .withSampling(new dev.shiftlens.connectors.endpoint.SamplingParameters(OptionalDouble.empty(), OptionalDouble.empty(),
                        java.util.OptionalInt.of(100), java.util.OptionalLong.empty(), List.of()));
        ReplayPlan plan = ReplayPlan.of(log(10), new ReplayMode.Retrospective(ChatEndpoint.open(priced, Optional.empty())), 0, 1);
        double worstEach = plan.requests().getFirst().worstCaseUsd();

        ReplayReport capped = new Replayer(cache, FAST, OptionalDouble.of(worstEach * 3.5), 1)
                .run(plan.requests(), ReplayListener.NONE, Cancellation.none());
        int askedCapped = server.requests();
        ReplayReport rest = replay(plan);

        assertThat(capped.stop()).isEqualTo(ReplayReport.Stop.COST_CAP_REACHED);
        assertThat(capped.progress().spentUsd()).isLessThanOrEqualTo(worstEach * 3.5);
        assertThat(askedCapped).isBetween(3, 9);
        assertThat(rest.complete()).isTrue();
        assertThat(server.requests()).isEqualTo(10);
    }

    @Test
    void requestsInFlightNeverExceedTheProfilesConcurrency() {
        server = LoopbackModelServer.start(0, Duration.ofMillis(30), List.of(), Optional.empty());
        EndpointProfile three = EndpointProfile.of("baseline", EndpointKind.OPENAI_CHAT, server.baseUrl(), "baseline-model").withConcurrency(3);
        ReplayPlan plan = ReplayPlan.of(log(30), new ReplayMode.Retrospective(ChatEndpoint.open(three, Optional.empty())), 0, 1);

        replay(plan);

        assertThat(server.mostInFlight()).isEqualTo(3);
    }

    @Test
    void repeatedBaselineSamplesDifferFromTheFirstAnswerAndAreKeptApart() {
        server = LoopbackModelServer.start();
        ReplayPlan plan = ReplayPlan.of(log(10), new ReplayMode.PrePromotion(endpoint("baseline", "baseline-model", EndpointKind.OPENAI_CHAT),
                endpoint("candidate", "candidate-model", EndpointKind.OPENAI_CHAT)), 4, 1);

        ReplayedPairs pairs = ReplayedPairs.assemble(plan, replay(plan));

        assertThat(pairs.repeats()).hasSize(4);
        assertThat(pairs.repeats()).allSatisfy(repeat -> assertThat(repeat.candidateOutput()).isNotEqualTo(repeat.baselineOutput()));
        assertThat(server.requests()).isEqualTo(24);
    }

    @Test
    void sameQueryTwiceInTheSampleIsAskedOnce() {
        server = LoopbackModelServer.start();
        List<PairRecord> twice = List.of(PairRecord.of("a", "Same question?", "", ""), PairRecord.of("b", "Same question?", "", ""));
        ReplayPlan plan = ReplayPlan.of(twice, new ReplayMode.Retrospective(endpoint("baseline", "baseline-model", EndpointKind.OPENAI_CHAT)), 0, 1);

        ReplayedPairs pairs = ReplayedPairs.assemble(plan, replay(plan));

        assertThat(pairs.pairs()).extracting(PairRecord::requestId).containsExactly("a", "b");
        assertThat(server.requests()).isEqualTo(1);
    }

    @Test
    void estimateCountsCachedAnswersAsFree() {
        server = LoopbackModelServer.start();
        ReplayPlan plan = prePromotion(4);
        CostEstimate before = plan.estimate(cache);
        replay(ReplayPlan.of(log(2), ((ReplayMode.PrePromotion) plan.mode()), 0, 1));

        CostEstimate after = plan.estimate(cache);

        assertThat(before.toSend()).isEqualTo(8);
        assertThat(after.toSend()).isEqualTo(4);
        assertThat(after.cached()).isEqualTo(4);
        assertThat(Map.of("lines", after.lines().size())).containsEntry("lines", 2);
    }
}
