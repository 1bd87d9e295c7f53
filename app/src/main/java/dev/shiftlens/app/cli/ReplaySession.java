// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

import dev.shiftlens.analysis.pipeline.AnalysisSettings;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.app.jobs.ReplayJob;
import dev.shiftlens.connectors.endpoint.ChatEndpoint;
import dev.shiftlens.connectors.endpoint.EndpointException;
import dev.shiftlens.connectors.endpoint.EndpointProblem;
import dev.shiftlens.connectors.endpoint.EndpointProfile;
import dev.shiftlens.connectors.endpoint.EndpointProfiles;
import dev.shiftlens.connectors.endpoint.KeyResolver;
import dev.shiftlens.connectors.endpoint.KeyUnavailableException;
import dev.shiftlens.connectors.endpoint.ProfileFileException;
import dev.shiftlens.connectors.replay.CostEstimate;
import dev.shiftlens.connectors.replay.ReplayMode;
import dev.shiftlens.connectors.replay.ReplayOutcome;
import dev.shiftlens.connectors.replay.ReplayReport;
import dev.shiftlens.connectors.replay.ReplayedPairs;
import dev.shiftlens.connectors.replay.RetryPolicy;
import dev.shiftlens.storage.ImportReport;
import dev.shiftlens.storage.RunStore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What replay and the endpoint form of gate share: opening the endpoints named in a profile file
 * (keys checked before any work), importing the query log, printing the estimate, running
 * {@link ReplayJob} with Ctrl-C handling, and turning an early stop (cost cap, refused key,
 * endpoint down, cancel) into its message and exit code.
 */
final class ReplaySession {

    private static final int SHOWN = 5;
    private static final long CANCEL_GRACE_SECONDS = 60;

    private final Console console;
    private final OptionalDouble maxCost;

    /** How a replay ended for the command: analysed, or stopped with the exit code already explained on the console. */
    sealed interface Result {
        record Analysed(ReplayJob.Outcome.Analysed outcome) implements Result {
        }

        record Stopped(int exitCode) implements Result {
        }
    }

    ReplaySession(Console console, OptionalDouble maxCost) {
        this.console = console;
        this.maxCost = maxCost;
    }

    static OptionalDouble maxCost(Double usd, String option) {
        if (usd == null) {
            return OptionalDouble.empty();
        }
        if (usd < 0 || usd.isNaN()) {
            throw new UsageException(option + " must be zero or more (US dollars).");
        }
        return OptionalDouble.of(usd);
    }

    /**
     * Profiles and keys are checked before any work, so a typo or a missing key costs nothing.
     *
     * @param options how the command names the two profile options, for messages ("--baseline", "--candidate")
     */
    static ReplayMode endpoints(Path profiles, String baseline, Optional<String> candidate, KeyResolver keys, String options) {
        try {
            EndpointProfiles file = EndpointProfiles.load(profiles);
            ChatEndpoint baselineEndpoint = open(file.get(baseline), profiles, keys, options);
            if (candidate.isEmpty()) {
                return new ReplayMode.Retrospective(baselineEndpoint);
            }
            return new ReplayMode.PrePromotion(baselineEndpoint, open(file.get(candidate.get()), profiles, keys, options));
        } catch (ProfileFileException | KeyUnavailableException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static ChatEndpoint open(EndpointProfile profile, Path profiles, KeyResolver keys, String options) {
        if (!profile.kind().chats()) {
            throw new UsageException("profile '" + profile.name() + "' in " + profiles + " is an embeddings endpoint ("
                    + profile.kind().id() + "); " + options + " need chat profiles.");
        }
        return ChatEndpoint.open(profile, keys.resolve(profile));
    }

    /** Imports the log whose queries are replayed as a run of its own; returns its id. */
    int importQueries(RunStore store, Path log) {
        return importQueries(store, log, false);
    }

    /** @param strict a rejected row is an input error (gate's --strict): nothing is sent */
    int importQueries(RunStore store, Path log, boolean strict) {
        ImportReport imported = store.importPairs(log, log.getFileName().toString(), new CliProgress(console), Cancellation.none());
        console.info("%s: %s".formatted(imported.source(), imported.describe()));
        if (strict && imported.rowsRejected() > 0) {
            throw new UsageException("--strict: %,d rows of %s were rejected (listed above and in run %d's rejects); nothing was sent."
                    .formatted(imported.rowsRejected(), log, imported.runId()));
        }
        return imported.runId();
    }

    static ReplayJob.Prepared prepare(RunStore store, int sourceRun, ReplayMode mode, int sample, Optional<String> stratifyBy,
                                      long seed, int repeat) {
        try {
            return ReplayJob.prepare(store, sourceRun, mode, sample, stratifyBy, seed, repeat);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The plan, per endpoint the requests, cached answers, tokens and cost, and the cap; as results when that is all the user asked for. */
    void printEstimate(ReplayJob.Prepared prepared, int repeat, boolean asResult) {
        CostEstimate estimate = prepared.estimate();
        List<String> lines = new ArrayList<>();
        lines.add("replay plan: " + prepared.sample().method() + (repeat > 0 ? ", baseline asked twice for " + repeat : ""));
        estimate.lines().forEach(line -> lines.add("  " + line.describe()));
        lines.add("  total: " + estimate.describeTotal()
                + (maxCost.isEmpty() ? "" : String.format(Locale.ROOT, "; cap $%.4f", maxCost.getAsDouble())));
        if (maxCost.isPresent() && estimate.expectedUsd() > maxCost.getAsDouble()) {
            lines.add("  the expected cost exceeds --max-cost: the replay will stop at the cap;"
                    + " rerun with a higher cap to finish (answers already paid for are kept).");
        }
        lines.forEach(asResult ? console::result : console::info);
    }

    /** Replays and analyses; Ctrl-C stops sending, keeps the answers in flight and ends with exit 130. */
    Result run(RunStore store, ReplayJob.Prepared prepared, AnalysisSettings settings) {
        Cancellation cancel = new Cancellation();
        CountDownLatch finished = new CountDownLatch(1);
        Thread onInterrupt = new Thread(() -> {
            cancel.cancel();
            awaitQuietly(finished);
        }, "shiftlens-replay-cancel");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        try {
            ReplayJob.Outcome outcome = ReplayJob.execute(store, prepared, RetryPolicy.defaults(), maxCost,
                    new ReplayConsoleProgress(console), settings, new CliProgress(console), cancel);
            return switch (outcome) {
                case ReplayJob.Outcome.Analysed analysed -> {
                    console.info("replay: " + analysed.report().progress().describe());
                    reportUnanswered(analysed.pairs());
                    analysed.measuredFloor().ifPresent(floor -> console.info("noise floor " + floor.method()));
                    yield new Result.Analysed(analysed);
                }
                case ReplayJob.Outcome.Stopped stopped -> new Result.Stopped(stopped(stopped, store.file()));
            };
        } finally {
            finished.countDown();
            removeQuietly(onInterrupt);
        }
    }

    private void reportUnanswered(ReplayedPairs pairs) {
        pairs.unanswered().stream().limit(SHOWN).forEach(missing -> console.info(
                "  replay:%d: request %s: %s".formatted(missing.position(), missing.requestId(), shorten(missing.reason()))));
        if (pairs.unanswered().size() > SHOWN) {
            console.info("  ... and %,d more (all listed in analysis.json summary.rejects); rerun to ask them again"
                    .formatted(pairs.unanswered().size() - SHOWN));
        }
    }

    private int stopped(ReplayJob.Outcome.Stopped stopped, Path workspaceFile) {
        ReplayReport report = stopped.report();
        console.info("replay: " + report.progress().describe());
        String resume = "Answers received so far are kept in " + workspaceFile + "; rerunning the same command asks only for the rest.";
        if (!report.refusedKeys().isEmpty()) {
            report.refusedKeys().values().forEach(e -> console.error(e.getMessage()));
            console.error("nothing analysed. " + resume);
            return ExitCode.USAGE_OR_INPUT;
        }
        switch (report.stop()) {
            case COST_CAP_REACHED -> {
                console.error(String.format(Locale.ROOT, "cost cap $%.4f reached after spending $%.4f: %,d requests answered"
                        + " (%,d of them from earlier runs), %,d not sent. Nothing analysed. %s Raise --max-cost to finish.",
                        maxCost.orElse(0), report.progress().spentUsd(), report.progress().fetched() + report.progress().cached(),
                        report.progress().cached(), report.notSent(), resume));
                return ExitCode.USAGE_OR_INPUT;
            }
            case CANCELLED -> {
                console.error("cancelled: %,d answers received and kept, %,d not sent. %s".formatted(
                        report.progress().fetched(), report.notSent(), resume));
                return ExitCode.CANCELLED;
            }
            case FINISHED -> {
                return endpointFailure(report, stopped.pairsSoFar(), resume);
            }
        }
        throw new IllegalStateException("unhandled stop " + report.stop());
    }

    private int endpointFailure(ReplayReport report, ReplayedPairs pairs, String resume) {
        report.unavailable().values().forEach(e -> console.error(e.getMessage()));
        if (!report.unavailable().isEmpty()) {
            console.error("the endpoint kept failing, so the replay stopped sending to it. Nothing analysed. " + resume);
            return ExitCode.RUNTIME_FAILURE;
        }
        reportUnanswered(pairs);
        List<ReplayOutcome.Failed> failures = report.failures();
        boolean allRejected = !failures.isEmpty() && failures.stream().allMatch(f -> f.error().problem() == EndpointProblem.REQUEST_REJECTED);
        console.error("no sampled query got answers from every endpoint; nothing to analyse."
                + failures.stream().findFirst().map(ReplayOutcome.Failed::error).map(EndpointException::getMessage)
                .map(message -> " First failure: " + message).orElse(""));
        return allRejected ? ExitCode.USAGE_OR_INPUT : ExitCode.RUNTIME_FAILURE;
    }

    private static String shorten(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(CANCEL_GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeQuietly(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is already shutting down (Ctrl-C); the hook is running and ends with us
        }
    }
}
