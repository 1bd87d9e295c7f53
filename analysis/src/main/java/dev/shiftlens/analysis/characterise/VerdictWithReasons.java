// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.characterise;

import dev.shiftlens.analysis.result.Verdict;

import java.util.ArrayList;
import java.util.List;

/**
 * A cluster's verdict with its reasons: the verdict policy's for a cluster of one kind of change, neutral
 * for a cluster of content changes. The confidence is 1 − p of the sign test behind it: the kind against
 * its opposite, or a content cluster's strongest effect (an even 0.5 when no effect could be tested).
 */
record VerdictWithReasons(Verdict verdict, double confidence, List<String> reasons) {

    private static final double UNTESTED = 0.5;

    /**
     * A cluster formed by one kind of change: the policy's verdict for the kind, as sure as the sign test of
     * the kind against its opposite; the effects that agree with the verdict follow as further reasons.
     */
    static VerdictWithReasons of(KindEvidence evidence, List<Effect> effects) {
        List<String> reasons = new ArrayList<>(List.of(evidence.reason()));
        if (evidence.verdict() == Verdict.NEUTRAL) {
            reasons.add("the verdict policy judges this kind neutral");
        }
        effects.stream().filter(effect -> effect.direction() == evidence.verdict() && effect.pValue() < 1)
                .map(Effect::withEvidence).forEach(reasons::add);
        return new VerdictWithReasons(evidence.verdict(), 1 - evidence.pValue(), reasons);
    }

    /**
     * A cluster of content changes (no kind the policy judges: wording, emphasis, a moderate length change):
     * neutral, as pure rewording is; its effects say how the candidate differs.
     */
    static VerdictWithReasons contentChange(List<Effect> effects) {
        List<String> reasons = new ArrayList<>(List.of("a change of content or wording, not a kind of change the verdict policy judges"));
        effects.stream().map(Effect::withEvidence).forEach(reasons::add);
        return new VerdictWithReasons(Verdict.NEUTRAL, confidence(effects), reasons);
    }

    private static double confidence(List<Effect> effects) {
        return effects.stream().mapToDouble(Effect::pValue).filter(p -> p < 1).min().stream()
                .map(p -> 1 - p).findFirst().orElse(UNTESTED);
    }
}
