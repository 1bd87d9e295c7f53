// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutputFeaturesTest {

    @ParameterizedTest(name = "json valid {1}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            '{"summary": "up"}'                                   | true
            '  [1, 2, 3]  '                                       | true
            '```json\n{"summary": "up"}\n```'                     | true
            '```JSON\n[1]\n```\n'                                 | true
            'Here it is:\n```json\n{"summary": "up"}\n```'        | false
            '```json\n{"a": 1}\n```\n```json\n{"b": 2}\n```'      | false
            '```\n{"summary": "up"}\n```'                         | false
            '{"summary": "up"} trailing words'                    | false
            '{"summary": "up",}'                                  | false
            '{"a": 1, "a": 2}'                                    | false
            '"just a string"'                                     | false
            '42'                                                  | false
            ''                                                    | false
            """)
    void acceptsOnlyAWholeJsonObjectOrArrayBareOrInOneJsonFence(String output, boolean jsonValid) {
        assertThat(OutputFeatures.of(output.replace("\\n", "\n")).jsonValid()).isEqualTo(jsonValid);
    }

    @Test
    void anEmptyOutputHasNothing() {
        assertThat(OutputFeatures.of("")).isEqualTo(new OutputFeatures(
                0, 0, true, false, 0, CitationFormat.NONE, false, 0, 0, 0, "und", MarkdownStructure.NONE));
        assertThat(OutputFeatures.of(" \n\t ").empty()).isTrue();
    }

    @Test
    void countsCharactersAsCodePoints() {
        assertThat(OutputFeatures.of("日本語😀").chars()).isEqualTo(4);
    }

    @Test
    void readsMarkersAndLanguageFromProseOnly() {
        String output = """
                Great question! I think the fix might work [1].
                ```python
                # I cannot run this, as an AI
                print("the answer might be [2]")
                ```
                """;

        OutputFeatures features = OutputFeatures.of(output);

        assertThat(features.flattery()).isEqualTo(1);
        assertThat(features.hedges()).isEqualTo(2);
        assertThat(features.refusal()).isFalse();
        assertThat(features.citations()).isEqualTo(1);
        assertThat(features.citationFormat()).isEqualTo(CitationFormat.NUMBERED_BRACKETS);
        assertThat(features.markdown().codeBlocks()).isEqualTo(1);
        assertThat(features.markdown().headings()).isZero();
    }

    @Test
    void readsTheStringValuesOfAJsonOutputNotItsKeys() {
        OutputFeatures features = OutputFeatures.of("""
                {"the_and_is_of": 1, "answer": "Die Garantie gilt nicht für Schäden, die durch Wasser entstehen."}""");

        assertThat(features.jsonValid()).isTrue();
        assertThat(features.language()).isEqualTo("de");
    }

    @Test
    void measuresHedgingPerHundredTokens() {
        OutputFeatures features = OutputFeatures.of("It might work.");

        assertThat(features.hedges()).isEqualTo(1);
        assertThat(features.hedgesPer100Tokens()).isEqualTo(100.0 / 3);
        assertThat(OutputFeatures.of("").hedgesPer100Tokens()).isZero();
    }

    @Test
    void identifiesNonLatinScriptsAndTheirLanguages() {
        assertThat(OutputFeatures.of("保修期为两年，包括零件和人工。").language()).isEqualTo("zh");
        // Cyrillic is read by Lingua, which needs a sentence: shorter texts are undetermined
        assertThat(OutputFeatures.of("Гарантия действует два года с даты покупки и покрывает детали и работу мастера.")
                .language()).isEqualTo("ru");
        assertThat(OutputFeatures.of("الضمان ساري لمدة عامين.").language()).isEqualTo("ar");
        assertThat(OutputFeatures.of("保証期間は2年間です。").language()).isEqualTo("ja");
    }
}
