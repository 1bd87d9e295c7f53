// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.sampledata;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Renders the phrases of one request. {@link #twoRuns} imitates two samples of one model: the
 * second rendering keeps most of the first one's word choices and re-rolls the rest.
 */
final class Wording {

    /** Share of a pair's choice points the second run keeps; the rest are re-rolled. */
    private static final double KEPT_CHOICES = 0.45;
    /** Re-rolls allowed when the second run came out identical though it was not meant to. */
    private static final int REROLLS = 4;
    /** Share of unchanged pairs that come out byte-identical, as reruns sometimes do. */
    private static final double IDENTICAL_RUNS = 0.07;

    private final RandomGenerator random;
    private final Facts facts;

    Wording(RandomGenerator random, Facts facts) {
        this.random = random;
        this.facts = facts;
    }

    RandomGenerator random() {
        return random;
    }

    Facts facts() {
        return facts;
    }

    String once(Phrase phrase) {
        return phrase.render(facts, random::nextInt);
    }

    String once(List<Phrase> phrases) {
        return once(pickFrom(phrases));
    }

    <T> T pickFrom(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** The same answer as two runs of one model would give it: paraphrase noise only. */
    Exchange.Outputs twoRuns(Phrase phrase) {
        var first = new RecordedPicks(random);
        String baseline = phrase.render(facts, first);
        if (chance(IDENTICAL_RUNS)) {
            return new Exchange.Outputs(baseline, baseline);
        }
        String candidate = phrase.render(facts, first.echo(random, KEPT_CHOICES));
        for (int attempt = 0; attempt < REROLLS && candidate.equals(baseline); attempt++) {
            candidate = phrase.render(facts, first.echo(random, 0.0));
        }
        return new Exchange.Outputs(baseline, candidate);
    }

    Exchange.Outputs twoRuns(List<Phrase> phrases) {
        return twoRuns(pickFrom(phrases));
    }

    private static final class RecordedPicks implements Phrase.Picks {
        private final RandomGenerator random;
        private int[] picks = new int[16];
        private int count;

        RecordedPicks(RandomGenerator random) {
            this.random = random;
        }

        @Override
        public int pick(int branches) {
            int chosen = random.nextInt(branches);
            if (count == picks.length) {
                picks = java.util.Arrays.copyOf(picks, count * 2);
            }
            picks[count++] = chosen;
            return chosen;
        }

        Phrase.Picks echo(RandomGenerator random, double keep) {
            int[] recorded = java.util.Arrays.copyOf(picks, count);
            return new Phrase.Picks() {
                private int next;

                @Override
                public int pick(int branches) {
                    int index = next++;
                    boolean keepIt = random.nextDouble() < keep;
                    if (keepIt && index < recorded.length && recorded[index] < branches) {
                        return recorded[index];
                    }
                    return random.nextInt(branches);
                }
            };
        }
    }
}
