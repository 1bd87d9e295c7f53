// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PairLevelMeasuresTest {

    @ParameterizedTest(name = "\"{0}\" normalises to \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The Warranty lasts  2 years.                                 | the warranty lasts 2 years
            "  THE warranty, lasts 2 years!!! "                          | the warranty lasts 2 years
            The warranty lasts 2 years. Hope this helps!                 | the warranty lasts 2 years
            The warranty lasts 2 years. Let me know if you have any other questions. Thanks! 😊 | the warranty lasts 2 years
            Ｔｈｅ ｗａｒｒａｎｔｙ                                          | the warranty
            Thank you!                                                   | thank you
            Sure! The warranty lasts 2 years.                            | sure the warranty lasts 2 years
            ""                                                           | ""
            """)
    void normalisesCasePunctuationSpacingAndClosingCourtesy(String text, String normalised) {
        assertThat(NormalizedText.of(text)).isEqualTo(normalised);
    }

    @ParameterizedTest(name = "length ratio of {0} → {1} chars is {2}")
    @CsvSource(textBlock = """
            100, 50,  0.5
            50,  100, 2.0
            0,   0,   1.0
            0,   40,  40.0
            40,  0,   0.0
            """)
    void dividesCandidateByBaselineLengthAndStaysFiniteForEmptyOutputs(int baseline, int candidate, double ratio) {
        assertThat(LengthRatio.of(baseline, candidate)).isEqualTo(ratio);
    }

    @Test
    void logLengthRatioIsSymmetricAndZeroForEqualLengths() {
        assertThat(LengthRatio.log(0, 0)).isZero();
        assertThat(LengthRatio.log(99, 199)).isEqualTo(-LengthRatio.log(199, 99), within(1e-12));
    }

    @ParameterizedTest(name = "lexical similarity of \"{0}\" and \"{1}\" is {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            the warranty lasts two years   | Two years the warranty lasts!  | 1.0
            the warranty lasts two years   | refunds take five days          | 0.0
            a b                            | a c                             | 0.5
            ""                             | ""                              | 1.0
            ""                             | something                       | 0.0
            """)
    void comparesWordCountsRegardlessOfOrderCaseAndPunctuation(String a, String b, double similarity) {
        assertThat(LexicalSimilarity.between(a, b)).isEqualTo(similarity, within(1e-9));
    }
}
