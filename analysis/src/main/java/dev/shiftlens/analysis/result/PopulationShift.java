// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.result;

/**
 * How one property of the answers moved across the whole run, baseline to candidate, whether or not
 * any cluster formed: when most pairs move together, the move itself is the finding.
 *
 * @param metric      the property compared: the shared part of a {@code baseline_*}/{@code candidate_*} metric
 *                    pair ({@code chars}, {@code refusal}), with {@code _present} for "the answer has at least one"
 * @param before      baseline median (ratio), rate 0..1 (rate) or mean (count)
 * @param after       the candidate's, in the same terms
 * @param change      median per-pair candidate ÷ baseline (ratio), after − before (rate and count)
 * @param low         lower end of the bootstrap 95% interval of {@code change}
 * @param high        upper end of that interval
 * @param pValue      two-sided sign test on the pairs that moved one way or the other
 * @param movedShare  share of the pairs that moved in the direction of {@code change}
 * @param pairs       pairs the metric applies to
 * @param material    large and sure enough to name in the headline (rule in docs/analysis.md)
 * @param phrase      a few words for the headline, e.g. "candidate answers are 2.1× longer (median)"
 * @param description one line with the interval and the test, e.g. "refusals 2.0% → 9.0% (+7.0 points, …)"
 */
public record PopulationShift(String metric, Kind kind, double before, double after, double change, double low,
                              double high, double pValue, double movedShare, int pairs, Direction direction,
                              boolean material, String phrase, String description) {

    /** What kind of quantity moved, which decides how the move is measured. */
    public enum Kind {
        /** A length: the median of the per-pair candidate ÷ baseline ratios. */
        RATIO,
        /** A yes/no property: the share of answers that have it. */
        RATE,
        /** A count per answer: its mean. */
        COUNT
    }

    public enum Direction { UP, DOWN, NONE }
}
