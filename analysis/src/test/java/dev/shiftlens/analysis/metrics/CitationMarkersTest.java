// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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
            The fee is refundable (see § 4.2) within a month (§ 5).             | 2 | SECTION_REFERENCE
            Claims go in writing (Section 3.1) or by phone (para. 12).          | 2 | SECTION_REFERENCE
            Data subjects may object (Art. 21(1), GDPR).                        | 1 | SECTION_REFERENCE
            Rates fell (Lee & Kim, 2019, p. 14), as Ortiz et al. (2020) found.  | 2 | AUTHOR_YEAR
            We watched The Truman Show (1998) twice.                            | 0 | NONE
            A checkbox [ ] and [x] and a link label [1](https://a.example).     | 1 | URL
            ""                                                                  | 0 | NONE
            """)
    void countsMarkersAndNamesTheDominantFormat(String text, int count, CitationFormat format) {
        assertThat(CitationMarkers.tally(text)).isEqualTo(new CitationMarkers.Tally(count, format));
    }

    @ParameterizedTest(name = "a list of sources under \"{0}\" is a citation")
    @ValueSource(strings = {"Sources:", "### References", "**Further reading**", "Bibliography"})
    void aHeadingOverAListOfSourcesCites(String heading) {
        String answer = "The warranty lasts two years.\n\n" + heading + "\n- the warranty manual\n- the returns policy";

        assertThat(CitationMarkers.tally(answer)).isEqualTo(new CitationMarkers.Tally(1, CitationFormat.SOURCE_LIST));
    }
}
