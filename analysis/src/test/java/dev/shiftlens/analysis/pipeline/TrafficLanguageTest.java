// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shiftlens.analysis.metrics.PairMetrics;
import dev.shiftlens.analysis.metrics.PairMetricsCalculator;
import dev.shiftlens.analysis.pair.PairRecord;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

class TrafficLanguageTest {

    private static final String ENGLISH_QUERY = "Could you tell me how the warranty on my television works and what it covers when the screen breaks?";
    private static final String ENGLISH_ANSWER = "The warranty covers the screen for two years from the date of purchase, and you can claim it "
            + "at any of our stores with the receipt; we repair or replace the set within ten working days.";
    private static final String POLISH_ANSWER = "Gwarancja obejmuje ekran przez dwa lata od daty zakupu, a reklamację można złożyć w każdym "
            + "naszym sklepie z paragonem; naprawiamy lub wymieniamy telewizor w ciągu dziesięciu dni roboczych.";

    @Test
    void anAnswerToAShortQueryIsJudgedAgainstTheLanguageOfTheTraffic() {
        List<PairMetrics> metrics = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            metrics.add(compute(ENGLISH_QUERY, ENGLISH_ANSWER, ENGLISH_ANSWER));
        }
        PairMetrics shortQuery = compute("tv warranty?", ENGLISH_ANSWER, POLISH_ANSWER);
        metrics.add(shortQuery);

        assertThat(shortQuery.queryLanguageKnown()).isFalse();
        assertThat(TrafficLanguage.of(metrics)).contains("en");
        assertThat(shortQuery.withQueryLanguageAssumed("en").values())
                .containsEntry("baseline_off_query_language", 0.0).containsEntry("candidate_off_query_language", 1.0);
    }

    @Test
    void mixedOrScarceTrafficHasNoLanguageToAssume() {
        List<PairMetrics> few = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            few.add(compute(ENGLISH_QUERY, ENGLISH_ANSWER, ENGLISH_ANSWER));
        }

        assertThat(TrafficLanguage.of(few)).isEmpty();
    }

    private static PairMetrics compute(String query, String baseline, String candidate) {
        return PairMetricsCalculator.withoutSchema().compute(PairRecord.of("r", query, baseline, candidate));
    }
}
