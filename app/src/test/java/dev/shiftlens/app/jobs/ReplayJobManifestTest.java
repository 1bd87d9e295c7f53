// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.jobs;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shiftlens.analysis.manifest.ReleaseManifest;
import dev.shiftlens.analysis.manifest.RunManifests;
import dev.shiftlens.analysis.pipeline.AnalysisSettings;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;
import dev.shiftlens.app.report.ReportFormat;
import dev.shiftlens.app.report.ReportOptions;
import dev.shiftlens.app.report.ReportWriter;
import dev.shiftlens.connectors.endpoint.ChatEndpoint;
import dev.shiftlens.connectors.endpoint.EndpointKind;
import dev.shiftlens.connectors.endpoint.EndpointProfile;
import dev.shiftlens.connectors.endpoint.KeyResolver;
import dev.shiftlens.connectors.endpoint.KeySource;
import dev.shiftlens.connectors.endpoint.SamplingParameters;
import dev.shiftlens.connectors.replay.ReplayListener;
import dev.shiftlens.connectors.replay.ReplayMode;
import dev.shiftlens.connectors.replay.RetryPolicy;
import dev.shiftlens.connectors.testserver.LoopbackModelServer;
import dev.shiftlens.storage.RunStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

/** A replay records what each side was (profile, model, served model, endpoint, prompt, sampling), never the key. */
class ReplayJobManifestTest {

    private static final String KEY = "sk-canary-manifest-5e0b7d21";
    private static final String SYSTEM_PROMPT = "You are a helpful support assistant.";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private LoopbackModelServer server;
    private RunStore store;
    private int loggedRun;

    @BeforeEach
    void startServerAndImportQueries() throws Exception {
        server = LoopbackModelServer.start(0, Duration.ZERO, List.of(), Optional.of(KEY));
        store = RunStore.open(dir.resolve("workspace.duckdb"));
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            lines.append(JSON.writeValueAsString(Map.of("request_id", "r-" + i, "query", "Is my order " + i + " still under warranty?",
                    "candidate_output", "Yes, order " + i + " is covered.", "candidate_model", "logged-new-model"))).append('\n');
        }
        Path log = Files.writeString(dir.resolve("log.jsonl"), lines);
        loggedRun = store.importPairs(log, "log", ProgressListener.NONE, Cancellation.none()).runId();
    }

    @AfterEach
    void stop() {
        store.close();
        server.close();
    }

    private ChatEndpoint endpoint(String name, String model) {
        EndpointProfile profile = EndpointProfile.of(name, EndpointKind.OPENAI_CHAT, server.baseUrl(), model)
                .withSystemPrompt(SYSTEM_PROMPT, "v47")
                .withSampling(new SamplingParameters(OptionalDouble.of(0.7), OptionalDouble.empty(), OptionalInt.of(256),
                        OptionalLong.of(3), List.of()))
                .withKey(new KeySource.EnvironmentVariable("SHIFTLENS_TEST_KEY"));
        return ChatEndpoint.open(profile, new KeyResolver(variable -> Optional.of(KEY), "Linux").resolve(profile));
    }

    private int replay(ReplayMode mode) {
        ReplayJob.Prepared prepared = ReplayJob.prepare(store, loggedRun, mode, 12, Optional.empty(), 7, 0);
        ReplayJob.Outcome outcome = ReplayJob.execute(store, prepared, RetryPolicy.defaults(), OptionalDouble.empty(),
                ReplayListener.NONE, AnalysisSettings.defaults(), ProgressListener.NONE, Cancellation.none());
        assertThat(outcome).isInstanceOf(ReplayJob.Outcome.Analysed.class);
        return ((ReplayJob.Outcome.Analysed) outcome).runId();
    }

    @Test
    void prePromotionReplaySavesEachSidesProfileAsItsManifestWithoutTheKey() throws Exception {
        int runId = replay(new ReplayMode.PrePromotion(endpoint("prod", "baseline-model"), endpoint("next", "candidate-model")));

        RunManifests manifests = store.manifests(runId).orElseThrow();
        assertThat(manifests.baseline().entries()).containsEntry("profile", "prod")
                .containsEntry(ReleaseManifest.MODEL, "baseline-model")
                .containsEntry("served_model", "baseline-model")
                .containsEntry("endpoint", server.baseUrl())
                .containsEntry("prompt_version", "v47")
                .containsEntry("system_prompt_sha256", sha256(SYSTEM_PROMPT))
                .containsEntry("temperature", "0.7")
                .containsEntry("max_tokens", "256")
                .containsEntry("seed", "3");
        assertThat(manifests.candidate().entries()).containsEntry("profile", "next").containsEntry("served_model", "candidate-model");
        assertThat(manifests.differences()).extracting(RunManifests.Row::key).containsExactlyInAnyOrder("model", "profile", "served_model");
        assertThat(manifests.toString()).doesNotContain(KEY).doesNotContain(SYSTEM_PROMPT);

        Path out = Files.createDirectories(dir.resolve("report"));
        new ReportWriter(store, ReportOptions.defaults(), Clock.systemUTC()).write(runId, store.analysis(runId).orElseThrow(),
                Optional.empty(), EnumSet.of(ReportFormat.HTML, ReportFormat.MARKDOWN), out);
        assertThat(Files.readString(out.resolve("report.md"))).contains("served\\_model", "system\\_prompt\\_sha256", sha256(SYSTEM_PROMPT));
        assertThat(Files.readString(out.resolve("report.html"))).contains("served_model", "prod", "next").doesNotContain(KEY);
    }

    @Test
    void retrospectiveReplayNamesTheLoggedModelsAsTheUpdatedSide() {
        int runId = replay(new ReplayMode.Retrospective(endpoint("pre-update", "baseline-model")));

        RunManifests manifests = store.manifests(runId).orElseThrow();
        assertThat(manifests.baseline().entries()).containsEntry("profile", "pre-update").containsEntry("served_model", "baseline-model");
        assertThat(manifests.candidate().entries()).containsEntry(ReleaseManifest.MODEL, "logged-new-model")
                .containsEntry("source", "logged outputs");
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
