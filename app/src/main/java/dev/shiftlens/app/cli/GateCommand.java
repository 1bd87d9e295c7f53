// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

import dev.shiftlens.analysis.embed.TextEmbedder;
import dev.shiftlens.app.jobs.EmbeddingPath;
import dev.shiftlens.analysis.gate.GateConfig;
import dev.shiftlens.analysis.gate.GateConfigException;
import dev.shiftlens.analysis.gate.GatePolicy;
import dev.shiftlens.analysis.gate.GateResult;
import dev.shiftlens.analysis.gate.GateThresholds;
import dev.shiftlens.analysis.gate.SegmentSelector;
import dev.shiftlens.analysis.gate.Threshold;
import dev.shiftlens.analysis.gate.ThresholdCheck;
import dev.shiftlens.analysis.manifest.RunManifests;
import dev.shiftlens.analysis.pipeline.AnalysisSettings;
import dev.shiftlens.app.jobs.ReplayJob;
import dev.shiftlens.app.report.ReportFormat;
import dev.shiftlens.app.report.ReportOptions;
import dev.shiftlens.app.report.ReportWriter;
import dev.shiftlens.connectors.endpoint.KeyResolver;
import dev.shiftlens.connectors.replay.ReplayMode;
import dev.shiftlens.storage.RunStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "gate", mixinStandardHelpOptions = true,
        description = {"Run the analysis as a CI gate: write analysis.json (with summary.gate) and the reports to DIR,",
                "and fail when a threshold is crossed, for all traffic and for each --segment.",
                "The pairs come from a paired log (--input FILE), or from two endpoints answering a log's queries now",
                "(--queries LOG --profiles FILE --baseline-endpoint PROFILE --candidate-endpoint PROFILE), replayed as `replay` does.",
                "Thresholds come from the defaults, then --config, then the options (later wins).",
                "Defaults: max-regression-share 0.05, max-refusal-increase 0.10, max-json-invalid-increase 0.05."},
        footer = {"", "Exit codes: 0 pass, 1 a threshold was crossed (each one listed with its figure),",
                "2 usage or input error (a bad threshold config names the offending key), 3 runtime failure.",
                "A replay stopped early exits as replay does: 2 for the cost cap or a refused key, 3 for an endpoint down.",
                "", "Example: ./shiftlens gate --input eval/pairs.jsonl --config gate.yaml --segment region=eu-west --out gate-report",
                "         ./shiftlens gate --queries logs/sample.jsonl --profiles profiles.yaml --baseline-endpoint prod \\",
                "             --candidate-endpoint candidate --sample 500 --max-cost 5 --out gate-report"})
final class GateCommand implements Callable<Integer> {

    static final String REPORT_FORMATS = "html,md,json";

    private final Console console;
    private final KeyResolver keys;

    @Mixin
    ImportOptions what = new ImportOptions();

    @Mixin
    RunInputOptions run = new RunInputOptions();

    @Mixin
    ReportOutputOptions report = new ReportOutputOptions();

    @Mixin
    GateEndpointOptions endpoints = new GateEndpointOptions();

    @Option(names = "--out", defaultValue = "shiftlens-gate", paramLabel = "DIR",
            description = "Folder for analysis.json and the reports (default: ${DEFAULT-VALUE}); upload it as the CI artifact.")
    Path out;

    @Option(names = "--config", paramLabel = "FILE", description = "Thresholds as a JSON or YAML (.yaml/.yml) object: "
            + "max_regression_share, max_refusal_increase, max_json_invalid_increase, min_mean_similarity, segments.")
    Path config;

    @Option(names = "--max-regression-share", paramLabel = "SHARE", description = "Most traffic allowed in regression clusters, e.g. 0.05.")
    Double maxRegressionShare;

    @Option(names = "--max-refusal-increase", paramLabel = "SHARE", description = "Most the refusal rate may rise, e.g. 0.1 for 10 points.")
    Double maxRefusalIncrease;

    @Option(names = "--max-json-invalid-increase", paramLabel = "SHARE",
            description = "Most the JSON-invalid rate may rise, among pairs where either side is JSON.")
    Double maxJsonInvalidIncrease;

    @Option(names = "--min-mean-similarity", paramLabel = "SIM", description = "Least mean semantic similarity of the outputs, e.g. 0.8.")
    Double minMeanSimilarity;

    @Option(names = "--segment", paramLabel = "FIELD=VALUE",
            description = "Also check every threshold on this segment alone (repeatable), e.g. --segment region=eu-west.")
    List<String> segments = new ArrayList<>();

    GateCommand(Console console, KeyResolver keys) {
        this.console = console;
        this.keys = keys;
    }

    @Override
    public Integer call() {
        boolean viaEndpoints = endpoints.given();
        if (viaEndpoints) {
            endpoints.validate(what);
        } else {
            what.validate();
        }
        AnalysisSettings settings = run.settings(); // a bad setting or schema file is exit 2 before anything is imported or sent
        if (viaEndpoints && run.embeddingPath() != EmbeddingPath.DEFAULT) {
            throw new UsageException("--embedding applies to the paired form of gate; the endpoint form analyses with "
                    + EmbeddingPath.DEFAULT.id() + ", as replay does.");
        }
        TextEmbedder embedder = viaEndpoints ? null : run.embedder(keys);
        GateThresholds thresholds = thresholds();
        Set<ReportFormat> formats = report.formats(REPORT_FORMATS);
        formats.add(ReportFormat.JSON);
        ReportOptions options = report.options();
        return viaEndpoints ? replayed(settings, thresholds, formats, options) : imported(embedder, thresholds, formats, options);
    }

    /** The paired form: the log is imported and analysed as analyze does. */
    private int imported(TextEmbedder embedder, GateThresholds thresholds, Set<ReportFormat> formats, ReportOptions options) {
        Path folder = OutputFolder.prepare(out);
        CliProgress progress = new CliProgress(console);
        try (RunStore store = Inputs.openWorkspace(run.workspaceIn(out))) {
            ImportOptions.Planned planned = what.plan(store);
            return Interruption.run(cancel -> {
                int runId = AnalysedRun.importRun(store, planned, run, console, progress, cancel);
                List<Map<String, String>> metadata = store.pairMetadata(runId);
                requireSegments(thresholds, metadata);
                AnalysedRun analysed = AnalysedRun.analyse(store, runId, run, embedder, progress, cancel);
                return evaluate(store, analysed, thresholds, metadata, formats, options, folder);
            });
        }
    }

    /**
     * The endpoint form: profiles and keys, thresholds and segments are checked before anything is
     * sent; the replay (ReplayJob, as replay runs it) then stores and analyses the pairs, and the
     * gate evaluates them like imported ones.
     */
    private int replayed(AnalysisSettings settings, GateThresholds thresholds, Set<ReportFormat> formats, ReportOptions options) {
        RunInputOptions.GivenManifests given = run.givenManifests(); // read before anything is paid for
        ReplayMode mode = ReplaySession.endpoints(endpoints.profiles, endpoints.baseline, endpoints.candidate(), keys,
                "--baseline-endpoint and --candidate-endpoint");
        ReplaySession session = new ReplaySession(console, ReplaySession.maxCost(endpoints.maxCost, "--max-cost"));
        Path folder = OutputFolder.prepare(out);
        try (RunStore store = Inputs.openWorkspace(run.workspaceIn(out))) {
            int source = session.importQueries(store, endpoints.queries, run.strict);
            requireSegments(thresholds, store.pairMetadata(source));
            ReplayJob.Prepared prepared = ReplaySession.prepare(store, source, mode, endpoints.sampleSize(), endpoints.stratifyBy(),
                    run.seed, 0);
            session.printEstimate(prepared, 0, false);
            return switch (session.run(store, prepared, settings)) {
                case ReplaySession.Result.Analysed replay -> {
                    int runId = replay.outcome().runId();
                    // what each side was: the manifests the replay saved from the endpoint profiles, plus the user's
                    store.saveManifests(runId, given.over(store.manifests(runId).orElse(RunManifests.empty())));
                    AnalysedRun analysed = new AnalysedRun(runId, replay.outcome().analysis());
                    yield evaluate(store, analysed, thresholds, store.pairMetadata(runId), formats, options, folder);
                }
                case ReplaySession.Result.Stopped stopped -> stopped.exitCode();
            };
        }
    }

    private int evaluate(RunStore store, AnalysedRun analysed, GateThresholds thresholds, List<Map<String, String>> metadata,
                         Set<ReportFormat> formats, ReportOptions options, Path folder) {
        GateResult result = GatePolicy.evaluate(thresholds, analysed.analysis(), metadata);
        var written = new ReportWriter(store, options, Clock.systemUTC())
                .write(analysed.runId(), analysed.analysis(), Optional.of(result), formats, folder);
        analysed.reportClusters(console);
        written.forEach(file -> console.result("wrote " + file));
        return verdict(result);
    }

    private int verdict(GateResult result) {
        for (ThresholdCheck check : result.checks()) {
            if (!check.crossed()) {
                console.result("  ok       " + check.describe());
            }
        }
        for (ThresholdCheck check : result.crossed()) {
            console.result("  CROSSED  " + check.describe());
        }
        console.result(result.passed() ? "gate: pass" : "gate: FAIL (%d threshold%s crossed)"
                .formatted(result.crossed().size(), result.crossed().size() == 1 ? "" : "s"));
        return result.passed() ? ExitCode.PASS : ExitCode.GATE_FAILED;
    }

    /** Defaults, then the config file, then options; any bad value is exit 2 before work starts. */
    GateThresholds thresholds() {
        try {
            GateThresholds thresholds = GateThresholds.defaults();
            if (config != null) {
                thresholds = GateConfig.apply(thresholds, StructuredFiles.readObject(config, "gate config"));
            }
            thresholds = option(thresholds, Threshold.MAX_REGRESSION_SHARE, maxRegressionShare);
            thresholds = option(thresholds, Threshold.MAX_REFUSAL_INCREASE, maxRefusalIncrease);
            thresholds = option(thresholds, Threshold.MAX_JSON_INVALID_INCREASE, maxJsonInvalidIncrease);
            thresholds = option(thresholds, Threshold.MIN_MEAN_SIMILARITY, minMeanSimilarity);
            List<SegmentSelector> selectors = segments.stream().map(text -> SegmentSelector.parse(text, "--segment")).toList();
            return thresholds.withSegments(selectors);
        } catch (GateConfigException e) {
            throw new UsageException((config != null && !e.key().startsWith("--") ? config + ": " : "") + e.getMessage());
        }
    }

    private static GateThresholds option(GateThresholds thresholds, Threshold threshold, Double value) {
        if (value == null) {
            return thresholds;
        }
        try {
            return thresholds.with(threshold, value);
        } catch (GateConfigException e) {
            throw new GateConfigException(threshold.option(), e.getMessage().replaceFirst("^gate setting `[^`]+`: ", ""));
        }
    }

    private static void requireSegments(GateThresholds thresholds, List<Map<String, String>> metadata) {
        try {
            GatePolicy.requireSegmentsPresent(thresholds, metadata);
        } catch (GateConfigException e) {
            throw new UsageException(e.getMessage() + ". Check the spelling in --segment or the config's segments.");
        }
    }
}
