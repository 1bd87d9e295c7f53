// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordTokensTest {

    @Test
    void splitsOnWhitespaceAndPunctuationAndLowerCases() {
        assertThat(WordTokens.of("Hello, World! It's 3.14 -- well-known."))
                .containsExactly("hello", "world", "it's", "3", "14", "well", "known");
    }

    @Test
    void keepsACurlyApostropheInsideAWordAsAStraightOne() {
        assertThat(WordTokens.of("I can’t book that")).containsExactly("i", "can't", "book", "that");
    }

    @Test
    void dropsApostrophesThatQuoteRatherThanJoin() {
        assertThat(WordTokens.of("'quoted' words'")).containsExactly("quoted", "words");
    }

    @Test
    void makesEachHanAndKanaCharacterItsOwnToken() {
        assertThat(WordTokens.of("東京へ行く")).containsExactly("東", "京", "へ", "行", "く");
    }

    @Test
    void keepsCyrillicArabicAndCombiningMarksInsideWords() {
        assertThat(WordTokens.of("Привет мир")).containsExactly("привет", "мир");
        assertThat(WordTokens.of("مرحبا بالعالم")).containsExactly("مرحبا", "بالعالم");
        assertThat(WordTokens.of("नमस्ते दुनिया")).containsExactly("नमस्ते", "दुनिया");
    }

    @Test
    void findsNoTokensInEmptyOrSymbolOnlyText() {
        assertThat(WordTokens.of("")).isEmpty();
        assertThat(WordTokens.of(" \n\t -- !! ")).isEmpty();
    }
}
