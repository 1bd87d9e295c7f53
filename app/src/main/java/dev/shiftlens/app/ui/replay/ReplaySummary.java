// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.replay;

import dev.shiftlens.app.jobs.ReplayJob;
import dev.shiftlens.connectors.endpoint.EndpointException;
import dev.shiftlens.connectors.replay.ReplayOutcome;
import dev.shiftlens.connectors.replay.ReplayReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a replay ended, for the window: the run it made, or why it stopped before making one in the
 * words the CLI uses (refused key, cost cap, cancel, endpoint down, no pairs); and the failures
 * with their messages, which are already free of the key.
 */
final class ReplaySummary {

    private ReplaySummary() {
    }

    static String made(ReplayJob.Outcome.Analysed made, double estimatedUsd, double cap) {
        var progress = made.report().progress();
        return String.format(Locale.ROOT, "Run %d made and analysed: %s, from %,d sampled queries. Spent $%.4f (estimated $%.4f,"
                        + " cap $%.2f); %,d answers fetched, %,d from the workspace, %,d failed. It is shown in the workbench.",
                made.runId(), made.pairs().describe(), made.pairs().pairs().size() + made.pairs().unanswered().size(),
                progress.spentUsd(), estimatedUsd, cap, progress.fetched(), progress.cached(), progress.failed());
    }

    /** The sampled queries left without a pair, with why. */
    static List<String> failures(ReplayJob.Outcome.Analysed made, int shown) {
        List<String> lines = new ArrayList<>();
        made.pairs().unanswered().stream().limit(shown).forEach(missing -> lines.add(
                "query %d (request %s): %s".formatted(missing.position(), missing.requestId(), missing.reason())));
        if (made.pairs().unanswered().size() > shown) {
            lines.add("…and %,d more, all kept in the run's rejects.".formatted(made.pairs().unanswered().size() - shown));
        }
        return lines;
    }

    static String stopped(ReplayJob.Outcome.Stopped stopped, double cap) {
        ReplayReport report = stopped.report();
        var progress = report.progress();
        if (!report.refusedKeys().isEmpty()) {
            return "An endpoint refused the key, so nothing was analysed: check the key named below for this server and model.";
        }
        return switch (report.stop()) {
            case COST_CAP_REACHED -> String.format(Locale.ROOT, "Spend cap $%.2f reached after spending $%.4f: %,d requests answered"
                    + " (%,d of them from earlier replays), %,d not sent. Nothing analysed; raise the cap to finish.", cap,
                    progress.spentUsd(), progress.fetched() + progress.cached(), progress.cached(), report.notSent());
            case CANCELLED -> "Cancelled: %,d answers received, %,d requests not sent. Nothing analysed.".formatted(
                    progress.fetched(), report.notSent());
            case FINISHED -> report.unavailable().isEmpty()
                    ? "No sampled query got answers from every endpoint, so there is nothing to analyse."
                    : "An endpoint kept failing, so the replay stopped sending to it. Nothing analysed.";
        };
    }

    /** The endpoint-wide failures first (refused key, endpoint down), then the first failed requests. */
    static List<String> failures(ReplayJob.Outcome.Stopped stopped, int shown) {
        List<String> lines = new ArrayList<>();
        ReplayReport report = stopped.report();
        report.refusedKeys().values().stream().map(EndpointException::getMessage).forEach(lines::add);
        report.unavailable().values().stream().map(EndpointException::getMessage).forEach(lines::add);
        if (lines.isEmpty()) {
            report.failures().stream().limit(shown).map(ReplaySummary::describe).forEach(lines::add);
        }
        return lines;
    }

    private static String describe(ReplayOutcome.Failed failed) {
        return "request %s: %s".formatted(failed.request().requestId(), failed.error().getMessage());
    }
}
