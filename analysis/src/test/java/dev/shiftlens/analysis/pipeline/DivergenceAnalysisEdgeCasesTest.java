// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.pipeline;

import dev.shiftlens.analysis.pair.PairRecord;
import dev.shiftlens.analysis.result.PairOutcome;
import dev.shiftlens.analysis.result.RunAnalysis;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.CancelledException;
import dev.shiftlens.analysis.work.ProgressListener;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Inputs at the edges complete with a clear summary, never a stack trace. */
class DivergenceAnalysisEdgeCasesTest {

    private static RunAnalysis analyse(List<PairRecord> pairs) {
        return analyse(pairs, AnalysisSettings.defaults());
    }

    private static RunAnalysis analyse(List<PairRecord> pairs, AnalysisSettings settings) {
        return new DivergenceAnalysis(settings, SharedEmbedder.get()).run(pairs, ProgressListener.NONE, Cancellation.none());
    }

    private static List<PairRecord> repeat(int n, String baseline, String candidate) {
        return IntStream.range(0, n).mapToObj(i -> PairRecord.of("r" + i, "question " + i, baseline, candidate)).toList();
    }

    @Test
    void emptyRunSaysThereIsNothingToAnalyse() {
        RunAnalysis analysis = analyse(List.of());

        assertThat(analysis.summary().headline()).isEqualTo("The run has no pairs to analyse.");
        assertThat(analysis.pairs()).isEmpty();
        assertThat(analysis.clusters()).isEmpty();
    }

    @Test
    void onePairIsScoredAndPlaced() {
        RunAnalysis analysis = analyse(List.of(PairRecord.of("only", "Is it waterproof?", "Yes, to 50 m.", "I can't answer that.")));

        assertThat(analysis.pairs()).singleElement().satisfies(pair -> {
            assertThat(pair.diverged()).isTrue();
            assertThat(pair.clustered()).isFalse();
            assertThat(Double.isFinite(pair.x()) && Double.isFinite(pair.y())).isTrue();
        });
        assertThat(analysis.summary().headline()).contains("1 of 1 pairs").contains("none of them form a systematic cluster");
    }

    @Test
    void identicalOutputsHaveNoDivergenceAboveTheFloor() {
        RunAnalysis analysis = analyse(repeat(40, "Hold the button for ten seconds.", "Hold the button for ten seconds."));

        assertThat(analysis.summary().diverged()).isZero();
        assertThat(analysis.summary().headline()).startsWith("No divergence above the noise floor");
    }

    @Test
    void allOutputsEmptyIsCalmNotAnError() {
        RunAnalysis analysis = analyse(repeat(20, "", ""));

        assertThat(analysis.summary().diverged()).isZero();
        assertThat(analysis.pairs()).allSatisfy(pair -> assertThat(pair.metrics()).containsEntry("baseline_empty", 1.0));
    }

    @Test
    void candidateGoingEmptyIsAStructuralDivergence() {
        List<PairRecord> pairs = new ArrayList<>(repeat(30, "Two years of cover.", "You get two years of cover."));
        pairs.add(PairRecord.of("gone", "Warranty?", "Two years of cover.", ""));

        RunAnalysis analysis = analyse(pairs);

        assertThat(analysis.pairs().getLast().diverged()).isTrue();
        assertThat(analysis.pairs().getLast().divergence()).isEqualTo(1.0);
    }

    @Test
    void fiftyThousandCharacterOutputsAndNonLatinScriptsComplete() {
        String longText = "The warranty covers parts and labour for two years. ".repeat(1000);
        List<PairRecord> pairs = List.of(
                PairRecord.of("long", "Explain the warranty", longText, longText.substring(0, 25_000)),
                PairRecord.of("ja", "保証期間は？", "保証期間は2年間です。", "保証は二年間有効です。"),
                PairRecord.of("ar", "ما مدة الضمان؟", "مدة الضمان سنتان.", "الضمان لمدة عامين."),
                PairRecord.of("ru", "Какая гарантия?", "Гарантия два года.", "Гарантия составляет два года."),
                PairRecord.of("switch", "Is it waterproof?",
                        "Yes, the watch is waterproof to fifty metres, so you can swim with it in the pool.",
                        "Sí, el reloj es resistente al agua hasta cincuenta metros, así que puedes nadar con él en la piscina."));

        RunAnalysis analysis = analyse(pairs);

        assertThat(analysis.pairs()).hasSize(5);
        assertThat(analysis.pairs().getFirst().metrics().get("candidate_chars")).isEqualTo(25_000.0);
        PairOutcome languageSwitch = analysis.pairs().getLast();
        assertThat(languageSwitch.diverged()).isTrue();
        assertThat(languageSwitch.changes()).contains("language en → es");
    }

    @Test
    void invalidJsonWhereASchemaExpectsJsonIsMeasuredNotThrown() {
        String schema = """
                {"type":"object","required":["summary"],"properties":{"summary":{"type":"string"}}}""";
        List<PairRecord> pairs = List.of(
                PairRecord.of("ok", "report", "{\"summary\":\"fine\"}", "{\"summary\":\"still fine\"}"),
                PairRecord.of("broken", "report", "{\"summary\":\"fine\"}", "{\"summary\": \"cut off"),
                PairRecord.of("renamed", "report", "{\"summary\":\"fine\"}", "{\"exec_summary\":\"fine\"}"));

        RunAnalysis analysis = analyse(pairs, AnalysisSettings.defaults().withJsonSchema(schema));

        assertThat(analysis.pairs().get(0).metrics()).containsEntry("candidate_schema_valid", 1.0);
        assertThat(analysis.pairs().get(1).metrics()).containsEntry("candidate_json_valid", 0.0).containsEntry("candidate_schema_valid", 0.0);
        assertThat(analysis.pairs().get(1).changes()).contains("JSON output became invalid");
        assertThat(analysis.pairs().get(2).changes()).contains("key `summary` → `exec_summary`");
        assertThat(analysis.pairs().get(2).metrics()).containsEntry("candidate_schema_valid", 0.0);
    }

    @Test
    void cancellingStopsTheAnalysis() {
        Cancellation cancel = new Cancellation();
        cancel.cancel();

        assertThatThrownBy(() -> new DivergenceAnalysis(AnalysisSettings.defaults(), SharedEmbedder.get())
                .run(repeat(10, "a", "b"), ProgressListener.NONE, cancel))
                .isInstanceOf(CancelledException.class);
    }
}
