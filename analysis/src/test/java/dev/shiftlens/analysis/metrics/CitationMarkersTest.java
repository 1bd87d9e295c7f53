// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CitationMarkersTest {

    @ParameterizedTest(name = "\"{0}\" has {1} citations, mostly {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The warranty lasts two years [1].                                   | 1 | NUMBERED_BRACKETS
            Two years [1], extendable [2, 3] and transferable [4-6].            | 3 | NUMBERED_BRACKETS
            The warranty lasts two years (source: manual).                      | 1 | SOURCE_PARENTHETICAL
            Two years (Sources: manual, FAQ) [ref: policy 4.2].                 | 2 | SOURCE_PARENTHETICAL
            See https://example.com/warranty and www.example.org/faq.           | 2 | URL
            See the [warranty page](https://example.com/warranty).              | 1 | URL
            Two years.[^1] Transferable.[^note]                                 | 2 | FOOTNOTE
            Two years.¹ Transferable.²³                                         | 2 | FOOTNOTE
            Growth slowed (Smith et al. 2021) as predicted (Jones, 2019).       | 2 | AUTHOR_YEAR
            (source: https://example.com/manual)                                | 1 | SOURCE_PARENTHETICAL
            [1] and https://a.example and https://b.example                     | 3 | URL
            [1] and https://a.example                                           | 2 | NUMBERED_BRACKETS
            No sources at all.                                                  | 0 | NONE
            A checkbox [ ] and [x] and a link label [1](https://a.example).     | 1 | URL
            ""                                                                  | 0 | NONE
            """)
    void countsMarkersAndNamesTheDominantFormat(String text, int count, CitationFormat format) {
        assertThat(CitationMarkers.tally(text)).isEqualTo(new CitationMarkers.Tally(count, format));
    }
}
