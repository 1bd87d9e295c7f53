// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.characterise;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SignTestTest {

    @ParameterizedTest(name = "{0} one way, {1} the other: p = {2}")
    @CsvSource(textBlock = """
            0,    0,    1.0
            5,    5,    1.0
            10,   0,    0.001953125
            8,    2,    0.109375
            2,    8,    0.109375
            60,   40,   0.0569
            600,  400,  0.0000000002
            1200, 1150, 0.3130
            """)
    void matchesTheExactBinomialOrItsNormalApproximation(int towards, int against, double expected) {
        assertThat(SignTest.pValue(towards, against)).isCloseTo(expected, within(expected * 0.02 + 1e-9));
    }
}
