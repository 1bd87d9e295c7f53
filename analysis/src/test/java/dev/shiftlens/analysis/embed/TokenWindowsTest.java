// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.embed;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TokenWindowsTest {

    private static final long[] IDS = {1, 2, 3, 4, 5, 6, 7};
    private static final String[] PIECES = {"token", "##ization", "is", "un", "##believ", "##able", "fun"};

    @Test
    void windowsEndBeforeAContinuationPiece() {
        List<long[]> windows = TokenWindows.split(IDS, PIECES, 5, 8);

        assertThat(windows).containsExactly(new long[] {1, 2, 3}, new long[] {4, 5, 6, 7});
    }

    @Test
    void textsLongerThanTheWindowCapLoseTheirTail() {
        List<long[]> windows = TokenWindows.split(IDS, PIECES, 3, 1);

        assertThat(windows).containsExactly(new long[] {1, 2, 3});
    }

    @Test
    void aWordLongerThanAWindowIsCutWhereItMust() {
        String[] oneWord = {"a", "##b", "##c", "##d"};

        assertThat(TokenWindows.split(new long[] {1, 2, 3, 4}, oneWord, 2, 8))
                .containsExactly(new long[] {1, 2}, new long[] {3, 4});
    }

    @Test
    void anEmptyTextIsOneEmptyWindow() {
        assertThat(TokenWindows.split(new long[0], new String[0], 254, 8)).containsExactly(new long[0]);
    }
}
