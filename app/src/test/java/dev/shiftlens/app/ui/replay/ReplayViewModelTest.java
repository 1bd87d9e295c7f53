// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.replay;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;
import dev.shiftlens.app.ui.task.CurrentThreadTaskExecutor;
import dev.shiftlens.connectors.endpoint.KeyResolver;
import dev.shiftlens.connectors.replay.CostEstimate;
import dev.shiftlens.connectors.testserver.LoopbackModelServer;
import dev.shiftlens.storage.RunStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** The Replay dialog's model against a loopback model server and a real workspace, no toolkit. */
class ReplayViewModelTest {

    private static final String KEY = "sk-canary-right-0c4e9a1d";
    private static final String WRONG_KEY = "sk-canary-wrong-7f3b2e55";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private LoopbackModelServer server;
    private RunStore store;
    private int loggedRun;
    private final List<Path> remembered = new ArrayList<>();
    private final List<Integer> opened = new ArrayList<>();

    @BeforeEach
    void importQueries() throws IOException {
        store = RunStore.open(dir.resolve("workspace.duckdb"));
        StringBuilder lines = new StringBuilder();
        String[] regions = {"eu-west", "us-east", "ap-south"};
        for (int i = 0; i < 30; i++) {
            lines.append(JSON.writeValueAsString(Map.of("request_id", "r-" + i, "query", "Is my order " + i + " still under warranty?",
                    "candidate_output", "Yes, order " + i + " is covered for two years.", "metadata", Map.of("region", regions[i % 3]))))
                    .append('\n');
        }
        Path log = Files.writeString(dir.resolve("log.jsonl"), lines);
        loggedRun = store.importPairs(log, "log", ProgressListener.NONE, Cancellation.none()).runId();
    }

    @AfterEach
    void stop() {
        store.close();
        if (server != null) {
            server.close();
        }
    }

    private Path profiles(Optional<String> keyVariable) throws IOException {
        return Files.writeString(dir.resolve("profiles.json"), server.exampleProfiles(keyVariable));
    }

    private ReplayViewModel dialog(String environmentKey) {
        KeyResolver keys = new KeyResolver(name -> Optional.of(environmentKey), "Linux");
        return new ReplayViewModel(new CurrentThreadTaskExecutor(), new CurrentThreadTaskExecutor(), store, loggedRun, "log", keys, Optional.empty(),
                remembered::add, opened::add);
    }

    private ReplayViewModel estimated(int sample) throws IOException {
        server = LoopbackModelServer.start();
        ReplayViewModel replay = dialog(KEY);
        replay.sampleSizeProperty().set(Integer.toString(sample));
        replay.profilesFileProperty().set(profiles(Optional.empty()).toString());
        return replay;
    }

    private static CostEstimate.Line total(ReplayViewModel replay) {
        return replay.estimateLines().getLast();
    }

    @Test
    void theEstimateIsShownPerEndpointBeforeAnyRequestIsSent() throws IOException {
        ReplayViewModel replay = estimated(20);

        assertThat(replay.problemProperty().get()).isEmpty();
        assertThat(replay.profileNames()).containsExactly("baseline", "candidate", "candidate-anthropic");
        assertThat(replay.baselineProperty().get()).isEqualTo("baseline");
        assertThat(replay.candidateProperty().get()).isEqualTo("candidate");
        assertThat(replay.estimateLines()).extracting(CostEstimate.Line::profile).containsExactly("baseline", "candidate", "Total");
        assertThat(replay.estimateLines().getFirst().requests()).isEqualTo(20);
        assertThat(total(replay).requests()).isEqualTo(40);
        assertThat(total(replay).inputTokens()).isPositive();
        assertThat(total(replay).outputTokens()).isPositive();
        assertThat(total(replay).expectedUsd()).isPositive();
        assertThat(replay.tokenNote()).contains("4 characters a token", "answers longer costs more");
        assertThat(replay.stratifyChoices()).extracting(ReplayViewModel.Stratify::label)
                .containsExactly("none (simple random sample)", "segment field: region", "query clusters (topics)");
        assertThat(remembered).containsExactly(dir.resolve("profiles.json"));
        assertThat(server.requests()).isZero();
    }

    @Test
    void replayStaysDisabledUntilTheEstimateIsAcceptedAndAnyChangeUnticksIt() throws IOException {
        ReplayViewModel replay = estimated(20);
        assertThat(replay.replayDisabled().get()).isTrue();

        replay.acceptedProperty().set(true);
        assertThat(replay.replayDisabled().get()).isFalse();

        replay.sampleSizeProperty().set("10");
        assertThat(replay.acceptedProperty().get()).isFalse();
        assertThat(replay.replayDisabled().get()).isTrue();
        assertThat(total(replay).requests()).isEqualTo(20);

        replay.acceptedProperty().set(true);
        replay.modeProperty().set(ReplayViewModel.Mode.RETROSPECTIVE);
        assertThat(replay.acceptedProperty().get()).isFalse();
        assertThat(replay.estimateLines()).extracting(CostEstimate.Line::profile).containsExactly("baseline", "Total");

        replay.sampleSizeProperty().set("ten");
        assertThat(replay.estimateLines()).isEmpty();
        assertThat(replay.problemProperty().get()).isEqualTo("Sample size must be a whole number of queries, at least 1.");
        replay.acceptedProperty().set(true);
        replay.replay();
        assertThat(server.requests()).isZero();
    }

    @Test
    void theSpendCapDefaultsToTheEstimatePlusAQuarterRoundedUpToCents() throws IOException {
        ReplayViewModel replay = estimated(30);

        BigDecimal cap = new BigDecimal(replay.spendCapProperty().get());
        double withMargin = total(replay).expectedUsd() * 1.25;
        assertThat(cap.scale()).isEqualTo(2);
        assertThat(cap.doubleValue()).isGreaterThanOrEqualTo(withMargin).isLessThan(withMargin + 0.01);
        assertThat(ReplayViewModel.defaultCap(0.0161)).isEqualByComparingTo("0.03");
        assertThat(ReplayViewModel.defaultCap(0.08)).isEqualByComparingTo("0.10");
    }

    @Test
    void anAcceptedReplayMakesAnAnalysedRunWithItsPairsAndShowsIt() throws IOException {
        ReplayViewModel replay = estimated(12);
        replay.acceptedProperty().set(true);

        replay.replay();

        int runId = replay.producedRunProperty().get();
        assertThat(runId).as(replay.summaryProperty().get()).isPositive();
        assertThat(store.run(runId)).isPresent();
        assertThat(store.run(runId).orElseThrow().status()).isEqualTo("analysed");
        assertThat(store.pairCount(runId)).isEqualTo(12);
        assertThat(store.manifests(runId).orElseThrow().candidate().entries()).containsEntry("served_model", "candidate-model");
        assertThat(opened).containsExactly(runId);
        assertThat(server.requests()).isEqualTo(24);
        assertThat(replay.summaryProperty().get()).startsWith("Run " + runId + " made and analysed: 12 pairs");
        assertThat(replay.requestsDoneProperty().get()).startsWith("24 of 24 requests");
        assertThat(replay.spentProperty().get()).startsWith("$0.0");
        assertThat(replay.failures()).isEmpty();
        assertThat(replay.runningProperty().get()).isFalse();
        assertThat(replay.estimateLines().getLast().cached()).as("re-estimated after the run").isEqualTo(24);
    }

    @Test
    void cancellingMidwayKeepsTheAnswersAndReplayingAgainAsksNothingTwice() throws IOException {
        server = LoopbackModelServer.start(0, Duration.ofMillis(15), List.of(), Optional.empty());
        ReplayViewModel replay = dialog(KEY);
        replay.sampleSizeProperty().set("30");
        replay.profilesFileProperty().set(profiles(Optional.empty()).toString());
        AtomicBoolean cancelOnce = new AtomicBoolean(true);
        replay.progressProperty().addListener((obs, old, now) -> {
            if (now.doubleValue() >= 0.2 && cancelOnce.getAndSet(false)) {
                replay.cancel();
            }
        });
        replay.acceptedProperty().set(true);

        replay.replay();

        assertThat(replay.summaryProperty().get()).startsWith("Cancelled: ").contains("Replay again asks only for the rest");
        assertThat(replay.producedRunProperty().get()).isEqualTo(-1);
        int askedBeforeCancel = server.requests();
        assertThat(askedBeforeCancel).isBetween(12, 59);
        assertThat(total(replay).cached()).as("the new estimate counts the kept answers as free").isEqualTo(askedBeforeCancel);

        replay.acceptedProperty().set(true);
        replay.replay();

        assertThat(replay.producedRunProperty().get()).as(replay.summaryProperty().get()).isPositive();
        assertThat(server.requests()).isEqualTo(60);
        assertThat(server.requests("baseline-model", "Is my order 7 still under warranty?")).isEqualTo(1);
    }

    @Test
    void aBadProfilesFileSaysWhatIsWrongWithIt() throws IOException {
        server = LoopbackModelServer.start();
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"profiles\": {\"baseline\": {\"kind\": \"openai-chat\",\n  oops");
        ReplayViewModel replay = dialog(KEY);

        replay.profilesFileProperty().set(bad.toString());

        assertThat(replay.problemProperty().get()).startsWith(bad + ":").contains("not valid JSON").doesNotContain("Exception");
        assertThat(replay.estimateLines()).isEmpty();
        assertThat(replay.replayDisabled().get()).isTrue();
        assertThat(remembered).isEmpty();

        replay.profilesFileProperty().set(dir.resolve("missing.yaml").toString());
        assertThat(replay.problemProperty().get()).contains("missing.yaml does not exist", "--write-profiles");
    }

    @Test
    void aRefusedKeyIsNamedWithoutShowingTheKey() throws IOException {
        server = LoopbackModelServer.start(0, Duration.ZERO, List.of(), Optional.of(KEY));
        ReplayViewModel replay = dialog(WRONG_KEY);
        replay.sampleSizeProperty().set("12");
        replay.profilesFileProperty().set(profiles(Optional.of("SHIFTLENS_TEST_KEY")).toString());
        replay.acceptedProperty().set(true);

        replay.replay();

        assertThat(replay.producedRunProperty().get()).isEqualTo(-1);
        assertThat(replay.summaryProperty().get()).contains("refused the key");
        assertThat(replay.failures()).anySatisfy(line -> assertThat(line)
                .contains("refused the key from environment variable SHIFTLENS_TEST_KEY", "HTTP 401"));
        String shown = replay.summaryProperty().get() + replay.failures() + replay.statusProperty().get() + replay.problemProperty().get();
        assertThat(shown).doesNotContain(WRONG_KEY).doesNotContain(KEY);
    }
}
