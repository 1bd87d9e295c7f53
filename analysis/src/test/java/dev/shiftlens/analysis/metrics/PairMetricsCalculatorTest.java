// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.shiftlens.analysis.pair.PairRecord;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PairMetricsCalculatorTest {

    private static final PairMetricsCalculator CALCULATOR = PairMetricsCalculator.withoutSchema();

    private static PairMetrics compute(String baseline, String candidate) {
        return CALCULATOR.compute(PairRecord.of("r1", "query", baseline, candidate));
    }

    @Test
    void identicalOutputsAreEqualEveryWay() {
        PairMetrics metrics = compute("The warranty lasts two years.", "The warranty lasts two years.");

        assertThat(metrics.exactEqual()).isTrue();
        assertThat(metrics.normalizedEqual()).isTrue();
        assertThat(metrics.lengthRatio()).isEqualTo(1.0);
        assertThat(metrics.lexicalSimilarity()).isEqualTo(1.0, within(1e-12));
        assertThat(metrics.semanticSimilarity()).isEmpty();
    }

    @Test
    void outputsDifferingOnlyInCaseAndCourtesyAreNormalizedEqualButNotExactEqual() {
        PairMetrics metrics = compute("The warranty lasts two years.", "the warranty lasts two years! Hope this helps.");

        assertThat(metrics.exactEqual()).isFalse();
        assertThat(metrics.normalizedEqual()).isTrue();
    }

    @Test
    void aNumberedCitationBecomingASourceParentheticalFlipsTheFormat() {
        PairMetrics metrics = compute("The warranty lasts two years [1].", "The warranty lasts two years (source: manual).");

        assertThat(metrics.baseline().citationFormat()).isEqualTo(CitationFormat.NUMBERED_BRACKETS);
        assertThat(metrics.candidate().citationFormat()).isEqualTo(CitationFormat.SOURCE_PARENTHETICAL);
        assertThat(metrics.citationFormatChanged()).isTrue();
        assertThat(metrics.values()).containsEntry("citation_format_changed", 1.0)
                .containsEntry("baseline_citations", 1.0).containsEntry("candidate_citations", 1.0);
    }

    @Test
    void droppingCitationsIsACountChangeNotAFormatChange() {
        PairMetrics metrics = compute("Two years [1].", "Two years.");

        assertThat(metrics.citationFormatChanged()).isFalse();
        assertThat(metrics.values()).containsEntry("baseline_citations", 1.0).containsEntry("candidate_citations", 0.0);
    }

    @Test
    void aRefusingCandidateIsFlagged() {
        PairMetrics metrics = compute("Your appointment is booked for Tuesday at 10:00.", "I can't book that appointment.");

        assertThat(metrics.values()).containsEntry("baseline_refusal", 0.0).containsEntry("candidate_refusal", 1.0);
    }

    @Test
    void aSpanishAnswerToAnEnglishOneIsALanguageSwitch() {
        PairMetrics metrics = compute(
                "The warranty covers parts and labour for two years from the date of purchase.",
                "La garantía cubre piezas y mano de obra durante dos años desde la fecha de compra.");

        assertThat(metrics.baseline().language()).isEqualTo("en");
        assertThat(metrics.candidate().language()).isEqualTo("es");
        assertThat(metrics.languageSwitch()).isTrue();
        assertThat(metrics.values()).containsEntry("language_switch", 1.0);
    }

    private static final String POLISH_QUERY = "Jak mogę zmienić adres dostawy w zamówieniu, które już zostało wysłane?";
    private static final String POLISH_ANSWER = """
            Jeśli paczka została już wysłana, adresu nie da się zmienić w sklepie. Skontaktuj się z firmą \
            kurierską, podając numer przesyłki z wiadomości e-mail, a kurier przekieruje ją pod nowy adres.""";
    private static final String ENGLISH_ANSWER = """
            If the parcel has already been shipped, the address can no longer be changed in the shop. Contact \
            the courier with the tracking number from your email and they will redirect it to the new address.""";

    @ParameterizedTest(name = "baseline {0}, candidate {1}")
    @CsvSource(textBlock = """
            # baseline, candidate, baseline off the query's language, candidate off it
            pl,         en,        0.0,                                1.0
            en,         pl,        1.0,                                0.0
            pl,         pl,        0.0,                                0.0
            """)
    void flagsEachSideAnsweringAPolishQueryInAnotherLanguage(String baseline, String candidate,
                                                             double baselineOff, double candidateOff) {
        PairMetrics metrics = CALCULATOR.compute(PairRecord.of("r1", POLISH_QUERY, answer(baseline), answer(candidate)));

        assertThat(metrics.queryLanguage()).isEqualTo("pl");
        assertThat(metrics.values())
                .containsEntry("baseline_off_query_language", baselineOff)
                .containsEntry("candidate_off_query_language", candidateOff);
    }

    private static String answer(String language) {
        return language.equals("pl") ? POLISH_ANSWER : ENGLISH_ANSWER;
    }

    @Test
    void leavesTheOffQueryLanguageMetricsOutWhenTheQueryIsTooShortToTell() {
        PairMetrics metrics = CALCULATOR.compute(PairRecord.of("r1", "Adres?", POLISH_ANSWER, ENGLISH_ANSWER));

        assertThat(metrics.queryLanguage()).isEqualTo("und");
        assertThat(metrics.baselineOffQueryLanguage()).isEmpty();
        assertThat(metrics.values()).doesNotContainKeys("baseline_off_query_language", "candidate_off_query_language");
    }

    @Test
    void leavesOutTheOffQueryLanguageMetricOfASideWhoseLanguageIsUndetermined() {
        PairMetrics metrics = CALCULATOR.compute(PairRecord.of("r1", POLISH_QUERY, ENGLISH_ANSWER, "42"));

        assertThat(metrics.values()).containsEntry("baseline_off_query_language", 1.0)
                .doesNotContainKey("candidate_off_query_language");
    }

    @Test
    void anUndeterminedLanguageIsNotASwitch() {
        assertThat(compute("The warranty covers parts and labour for two years.", "OK").languageSwitch()).isFalse();
    }

    @Test
    void aJsonKeyRenamedWithTheSameValueShowsInTheDiffAndTheCounts() {
        PairMetrics metrics = compute("""
                {"summary": "Sales rose 4%", "total": 12}""", """
                ```json
                {"exec_summary": "Sales rose 4%", "total": 12}
                ```""");

        assertThat(metrics.jsonDiff()).hasValueSatisfying(diff ->
                assertThat(diff.describe()).containsExactly("key `summary` → `exec_summary`"));
        assertThat(metrics.values()).containsEntry("json_keys_renamed", 1.0).containsEntry("json_keys_added", 0.0)
                .containsEntry("json_keys_removed", 0.0);
    }

    @Test
    void invalidJsonOnOneSideLeavesNoDiffAndNoDiffCounts() {
        PairMetrics metrics = compute("""
                {"summary": "Sales rose 4%"}""", """
                {"summary": "Sales rose 4%\"""");

        assertThat(metrics.baseline().jsonValid()).isTrue();
        assertThat(metrics.candidate().jsonValid()).isFalse();
        assertThat(metrics.jsonDiff()).isEmpty();
        assertThat(metrics.values()).containsEntry("baseline_json_valid", 1.0)
                .containsEntry("candidate_json_valid", 0.0)
                .doesNotContainKeys("json_keys_added", "json_keys_removed", "json_keys_renamed");
    }

    @Test
    void emptyOutputsHaveAFiniteLengthRatioAndAreFlagged() {
        PairMetrics bothEmpty = compute("", "");
        PairMetrics emptyBaseline = compute("", "Twelve chars");
        PairMetrics emptyCandidate = compute("Twelve chars", "   ");

        assertThat(bothEmpty.lengthRatio()).isEqualTo(1.0);
        assertThat(bothEmpty.exactEqual()).isTrue();
        assertThat(emptyBaseline.lengthRatio()).isEqualTo(12.0);
        assertThat(emptyBaseline.values()).containsEntry("baseline_empty", 1.0).containsEntry("candidate_empty", 0.0);
        assertThat(emptyCandidate.lengthRatio()).isEqualTo(0.25);
        assertThat(emptyCandidate.lexicalSimilarity()).isZero();
        assertThat(emptyCandidate.values()).containsEntry("candidate_empty", 1.0);
    }

    @Test
    void aShorterCandidateHasARatioBelowOneAndANegativeLogRatio() {
        PairMetrics metrics = compute("x".repeat(100), "x".repeat(40));

        assertThat(metrics.lengthRatio()).isEqualTo(0.4);
        assertThat(metrics.values().get("log_length_ratio")).isNegative();
    }

    @Test
    void countsMarkdownStructureOnBothSides() {
        PairMetrics metrics = compute("""
                # Steps
                1. Open the lid
                2. Remove the tray
                - spare part
                ```
                reset --hard
                ```""", "Open the lid and remove the tray.");

        assertThat(metrics.values()).containsEntry("baseline_list_items", 3.0).containsEntry("candidate_list_items", 0.0)
                .containsEntry("baseline_headings", 1.0).containsEntry("baseline_code_blocks", 1.0)
                .containsEntry("candidate_code_blocks", 0.0);
    }

    @Test
    void checksBothSidesAgainstTheRunsSchemaWhenItHasOne() {
        var calculator = PairMetricsCalculator.withSchema("""
                {"type": "object", "required": ["summary"], "properties": {"summary": {"type": "string"}}}""");

        PairMetrics metrics = calculator.compute(PairRecord.of("r1", "q", """
                {"summary": "up"}""", """
                {"exec_summary": "up"}"""));

        assertThat(metrics.baselineSchemaValid()).contains(true);
        assertThat(metrics.candidateSchemaValid()).contains(false);
        assertThat(metrics.values()).containsEntry("baseline_schema_valid", 1.0)
                .containsEntry("candidate_schema_valid", 0.0);
        assertThat(compute("{}", "{}").values()).doesNotContainKeys("baseline_schema_valid", "candidate_schema_valid");
    }

    @Test
    void rejectsASchemaThatIsNotJson() {
        assertThatThrownBy(() -> PairMetricsCalculator.withSchema("{not json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("JSON Schema");
    }

    @Test
    void givesTheSameResultsFromParallelWorkers() {
        List<PairRecord> pairs = IntStream.range(0, 400)
                .mapToObj(i -> PairRecord.of("r" + i, "q",
                        "{\"summary\": \"item " + i + "\", \"n\": " + i + "} [1]",
                        i % 2 == 0 ? "I can't help with item " + i + " (source: manual)" : "{\"exec_summary\": \"item " + i + "\"}"))
                .toList();

        List<PairMetrics> sequential = pairs.stream().map(CALCULATOR::compute).toList();
        List<PairMetrics> parallel = pairs.parallelStream().map(CALCULATOR::compute).toList();

        assertThat(parallel).isEqualTo(sequential);
    }

    /**
     * Not a benchmark: inputs built to make backtracking regular expressions explode must still finish
     * well inside a generous bound.
     */
    @Test
    void handlesFiftyThousandCharacterAdversarialOutputsWithoutBlowingUp() {
        List<String> adversarial = List.of(
                "[1, ".repeat(12_500),
                "(source: " + "a".repeat(50_000),
                "https://" + "a".repeat(50_000),
                "`" + "a ".repeat(25_000),
                "(Smith" + "e".repeat(50_000) + ", 20",
                "[^" + "1".repeat(50_000),
                "- item\n".repeat(7_000) + "```\n" + "# x\n".repeat(5_000),
                "{\"a\": [" + "1, ".repeat(16_000) + "1]}",
                "[".repeat(25_000) + "]".repeat(25_000),
                "I think it might possibly depend. ".repeat(1_500),
                "保修期为两年".repeat(8_000));

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (String text : adversarial) {
                PairMetrics metrics = compute(text, text + " extra");
                assertThat(metrics.baseline().chars()).isGreaterThanOrEqualTo(40_000);
            }
        });
    }
}
