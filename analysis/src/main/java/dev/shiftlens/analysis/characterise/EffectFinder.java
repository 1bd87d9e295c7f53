// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.characterise;

import dev.shiftlens.analysis.result.Verdict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds the effects that describe a group of pairs. Thresholds are deliberately plain (a fifth of
 * the cluster, a third shorter) so a reviewer can check every claim against the pairs.
 */
final class EffectFinder {

    /** A rate must move this much (absolute) to count as an effect. */
    private static final double RATE_SHIFT = 0.2;
    /** A described change must appear in at least this share of the cluster. */
    private static final double CHANGE_SHARE = 0.3;
    private static final int MAX_CHANGES = 3;

    private EffectFinder() {
    }

    static List<Effect> effects(List<CharacterisedPair> members) {
        List<Effect> effects = new ArrayList<>();
        length(members).ifPresent(effects::add);
        rate(members, "refusals", "baseline_refusal", "candidate_refusal", Verdict.REGRESSION).ifPresent(effects::add);
        rate(members, "agreeing with the user's claim", "baseline_agreement", "candidate_agreement", Verdict.REGRESSION).ifPresent(effects::add);
        rate(members, "flattery", "baseline_flattery", "candidate_flattery", Verdict.REGRESSION).ifPresent(effects::add);
        rate(members, "valid JSON", "baseline_json_valid", "candidate_json_valid", Verdict.IMPROVEMENT).ifPresent(effects::add);
        rate(members, "citations present", "baseline_citations", "candidate_citations", Verdict.IMPROVEMENT).ifPresent(effects::add);
        effects.addAll(commonChanges(members));
        listStructure(members).ifPresent(effects::add);
        effects.add(meaning(members));
        effects.sort(Comparator.comparingDouble(Effect::strength).reversed());
        return effects;
    }

    private static Optional<Effect> length(List<CharacterisedPair> members) {
        double[] ratios = members.stream().mapToDouble(pair -> pair.metrics().getOrDefault("length_ratio", 1.0)).sorted().toArray();
        double median = ratios.length == 0 ? 1 : ratios[ratios.length / 2];
        int shorter = (int) Arrays.stream(ratios).filter(r -> r < 1).count();
        int longer = (int) Arrays.stream(ratios).filter(r -> r > 1).count();
        if (median <= 0.75) {
            int percent = (int) Math.round((1 - median) * 100);
            Verdict direction = median <= 0.5 ? Verdict.REGRESSION : Verdict.NEUTRAL;
            String why = direction == Verdict.REGRESSION ? " (details dropped)" : "";
            return Optional.of(new Effect("candidate %d%% shorter%s".formatted(percent, why), direction,
                    Math.min(1, (1 - median) * 1.2), SignTest.pValue(shorter, longer)));
        }
        if (median >= 1.33) {
            int percent = (int) Math.round((median - 1) * 100);
            return Optional.of(new Effect("candidate %d%% longer".formatted(percent), Verdict.NEUTRAL,
                    Math.min(1, (median - 1) / 2), SignTest.pValue(longer, shorter)));
        }
        return Optional.empty();
    }

    /**
     * A yes/no property whose rate moves: {@code rising} says what a rise means (a rise in refusals
     * is a regression, a rise in valid JSON an improvement).
     */
    private static Optional<Effect> rate(List<CharacterisedPair> members, String what, String baselineMetric,
                                         String candidateMetric, Verdict rising) {
        int n = members.size();
        int gained = 0;
        int lost = 0;
        int baselineYes = 0;
        int candidateYes = 0;
        for (CharacterisedPair pair : members) {
            boolean before = pair.metric(baselineMetric) > 0;
            boolean after = pair.metric(candidateMetric) > 0;
            baselineYes += before ? 1 : 0;
            candidateYes += after ? 1 : 0;
            gained += !before && after ? 1 : 0;
            lost += before && !after ? 1 : 0;
        }
        double before = (double) baselineYes / n;
        double after = (double) candidateYes / n;
        if (Math.abs(after - before) < RATE_SHIFT) {
            return Optional.empty();
        }
        Verdict direction = after > before ? rising : opposite(rising);
        String text = "%s %s → %s".formatted(what, percent(before), percent(after));
        return Optional.of(new Effect(text, direction, Math.abs(after - before), SignTest.pValue(Math.max(gained, lost), Math.min(gained, lost))));
    }

    /** The described structural changes (JSON keys, citation format, language) frequent enough to characterise the cluster. */
    private static List<Effect> commonChanges(List<CharacterisedPair> members) {
        Map<String, Long> counts = members.stream().flatMap(pair -> pair.changes().stream().distinct())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return counts.entrySet().stream()
                .filter(change -> (double) change.getValue() / members.size() >= CHANGE_SHARE)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_CHANGES)
                .map(change -> {
                    int with = change.getValue().intValue();
                    double share = (double) with / members.size();
                    return new Effect("%s in %s".formatted(change.getKey(), percent(share)), Verdict.REGRESSION,
                            share, SignTest.pValue(with, members.size() - with));
                })
                .toList();
    }

    private static Optional<Effect> listStructure(List<CharacterisedPair> members) {
        double before = members.stream().mapToDouble(pair -> pair.metric("baseline_list_items")).average().orElse(0);
        double after = members.stream().mapToDouble(pair -> pair.metric("candidate_list_items")).average().orElse(0);
        int more = (int) members.stream().filter(pair -> pair.metric("candidate_list_items") > pair.metric("baseline_list_items")).count();
        int fewer = (int) members.stream().filter(pair -> pair.metric("candidate_list_items") < pair.metric("baseline_list_items")).count();
        if (Math.abs(after - before) < 2) {
            return Optional.empty();
        }
        boolean added = after > before;
        String text = "%s: %.1f → %.1f list items per answer".formatted(added ? "step-by-step structure added" : "list structure dropped", before, after);
        return Optional.of(new Effect(text, added ? Verdict.IMPROVEMENT : Verdict.REGRESSION,
                Math.min(1, Math.abs(after - before) / 5), SignTest.pValue(Math.max(more, fewer), Math.min(more, fewer))));
    }

    private static Effect meaning(List<CharacterisedPair> members) {
        double similarity = members.stream().mapToDouble(pair -> pair.metrics().getOrDefault("semantic_similarity",
                pair.metric("lexical_similarity"))).average().orElse(1);
        String text = similarity >= 0.8 ? "meaning largely kept (similarity %.2f)".formatted(similarity)
                : "meaning changed (similarity %.2f)".formatted(similarity);
        return new Effect(text, Verdict.NEUTRAL, 0, 1);
    }

    private static Verdict opposite(Verdict verdict) {
        return switch (verdict) {
            case REGRESSION -> Verdict.IMPROVEMENT;
            case IMPROVEMENT -> Verdict.REGRESSION;
            case NEUTRAL -> Verdict.NEUTRAL;
        };
    }

    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
