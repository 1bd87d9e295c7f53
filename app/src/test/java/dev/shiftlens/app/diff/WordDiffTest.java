// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.diff;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.shiftlens.app.diff.DiffSegment.Kind.ADDED;
import static dev.shiftlens.app.diff.DiffSegment.Kind.REMOVED;
import static dev.shiftlens.app.diff.DiffSegment.Kind.SAME;
import static org.assertj.core.api.Assertions.assertThat;

class WordDiffTest {

    @Test
    void removedWordsAreMarkedOnTheBaselineAndAddedOnesOnTheCandidate() {
        WordDiff.Result diff = WordDiff.compare("the warranty lasts two years", "the warranty lasts one year, see [1]");

        assertThat(diff.baseline()).containsExactly(new DiffSegment("the warranty lasts ", SAME), new DiffSegment("two years", REMOVED));
        assertThat(diff.candidate()).containsExactly(new DiffSegment("the warranty lasts ", SAME),
                new DiffSegment("one year, see [1]", ADDED));
        assertThat(diff.compared()).isTrue();
    }

    @Test
    void eachSideReadsBackAsItsText() {
        String baseline = "Line one.\n\n  Line two has\ttabs.";
        String candidate = "Line one!\nLine two has tabs and more.";

        WordDiff.Result diff = WordDiff.compare(baseline, candidate);

        assertThat(text(diff.baseline())).isEqualTo(baseline);
        assertThat(text(diff.candidate())).isEqualTo(candidate);
    }

    @Test
    void identicalTextsHaveNoMarks() {
        assertThat(WordDiff.compare("same words", "same words").candidate()).containsExactly(new DiffSegment("same words", SAME));
    }

    @Test
    void anEmptySideIsAllRemovedOrAllAdded() {
        WordDiff.Result diff = WordDiff.compare("", "new text");

        assertThat(diff.baseline()).isEmpty();
        assertThat(diff.candidate()).containsExactly(new DiffSegment("new text", ADDED));
    }

    @Test
    void textsTooLongToCompareAreShownUnmarked() {
        String huge = "word ".repeat(WordDiff.MAX_TOKENS);

        WordDiff.Result diff = WordDiff.compare(huge, "short");

        assertThat(diff.compared()).isFalse();
        assertThat(diff.baseline()).isEqualTo(List.of(new DiffSegment(huge, SAME)));
    }

    private static String text(java.util.List<DiffSegment> segments) {
        return segments.stream().map(DiffSegment::text).collect(java.util.stream.Collectors.joining());
    }
}
