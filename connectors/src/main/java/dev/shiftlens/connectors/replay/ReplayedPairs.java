// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.replay;

import dev.shiftlens.analysis.pair.PairRecord;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The pairs a finished replay yields: one per sampled query whose sides all answered, the queries
 * that could not become pairs (with why, per side), and the repeated baseline samples for the
 * noise floor.
 */
public record ReplayedPairs(List<PairRecord> pairs, List<Unanswered> unanswered, List<PairRecord> repeats) {

    public ReplayedPairs {
        pairs = List.copyOf(pairs);
        unanswered = List.copyOf(unanswered);
        repeats = List.copyOf(repeats);
    }

    /** A sampled query left without a pair; {@code position} is 1-based in the sample. */
    public record Unanswered(int position, String requestId, String query, String reason) {
    }

    public static ReplayedPairs assemble(ReplayPlan plan, ReplayReport report) {
        List<Map<Side, ReplayOutcome>> bySample = new ArrayList<>();
        plan.sample().forEach(pair -> bySample.add(new EnumMap<>(Side.class)));
        for (ReplayOutcome outcome : report.outcomes()) {
            bySample.get(outcome.request().pairIndex()).put(outcome.request().side(), outcome);
        }
        List<PairRecord> pairs = new ArrayList<>();
        List<Unanswered> unanswered = new ArrayList<>();
        List<PairRecord> repeats = new ArrayList<>();
        for (int i = 0; i < plan.sample().size(); i++) {
            PairRecord logged = plan.sample().get(i);
            Map<Side, ReplayOutcome> sides = bySample.get(i);
            List<String> missing = sides.entrySet().stream()
                    .filter(side -> side.getKey() != Side.BASELINE_REPEAT && !(side.getValue() instanceof ReplayOutcome.Answered))
                    .map(side -> side.getKey().label() + ": " + reason(side.getValue())).toList();
            if (!missing.isEmpty()) {
                unanswered.add(new Unanswered(i + 1, logged.requestId(), logged.query(), String.join("; ", missing)));
                continue;
            }
            ReplayOutcome.Answered baseline = (ReplayOutcome.Answered) sides.get(Side.BASELINE);
            pairs.add(switch (plan.mode()) {
                case ReplayMode.PrePromotion both -> {
                    ReplayOutcome.Answered candidate = (ReplayOutcome.Answered) sides.get(Side.CANDIDATE);
                    yield pair(logged, baseline.answer().text(), candidate.answer().text(), baseline.answer().model(),
                            candidate.answer().model());
                }
                case ReplayMode.Retrospective retro -> pair(logged, baseline.answer().text(), ReplayPlan.loggedOutput(logged),
                        baseline.answer().model(), logged.candidateModel().isBlank() ? "logged" : logged.candidateModel());
            });
            if (sides.get(Side.BASELINE_REPEAT) instanceof ReplayOutcome.Answered repeat) {
                repeats.add(pair(logged, baseline.answer().text(), repeat.answer().text(), baseline.answer().model(),
                        repeat.answer().model()));
            }
        }
        return new ReplayedPairs(pairs, unanswered, repeats);
    }

    private static PairRecord pair(PairRecord logged, String baseline, String candidate, String baselineModel, String candidateModel) {
        return new PairRecord(logged.requestId(), logged.query(), baseline, candidate, logged.timestamp(), baselineModel,
                candidateModel, logged.metadata());
    }

    private static String reason(ReplayOutcome outcome) {
        return switch (outcome) {
            case ReplayOutcome.Answered answered -> "answered";
            case ReplayOutcome.Failed failed -> failed.error().getMessage()
                    + (failed.attempts() > 1 ? " (after %d attempts)".formatted(failed.attempts()) : "");
            case ReplayOutcome.NotSent notSent -> notSent.reason();
        };
    }

    /** How many sampled queries became pairs, for messages. */
    public String describe() {
        return "%,d pairs%s%s".formatted(pairs.size(),
                unanswered.isEmpty() ? "" : ", %,d queries without a pair".formatted(unanswered.size()),
                repeats.isEmpty() ? "" : ", %,d repeated baseline samples".formatted(repeats.size()));
    }
}
