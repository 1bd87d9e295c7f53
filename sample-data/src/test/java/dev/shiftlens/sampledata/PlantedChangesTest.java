// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The planted changes are there in the shares and with the signatures README.md promises. */
class PlantedChangesTest {

    private static final List<SampleRow> ROWS = SampleIncident.generate(SampleIncident.DEFAULT_SEED, SampleIncident.DEFAULT_PAIRS);

    @ParameterizedTest(name = "{0} is {1}-{2}% of requests")
    @CsvSource(textBlock = """
            warranty_shorter,      5.0,  7.0
            json_key_rename,       2.5,  4.5
            booking_refusal,       1.5,  3.5
            citation_format,       3.5,  5.5
            flattery,              2.0,  4.0
            setup_steps_improved,  2.5,  4.5
            paraphrase_noise,     75.0, 80.0
            """)
    void classShareIsInTheDocumentedRange(String plantedClass, double lowPercent, double highPercent) {
        double percent = 100.0 * ROWS.stream().filter(r -> r.plantedClass().wireName().equals(plantedClass)).count() / ROWS.size();

        assertThat(percent).isBetween(lowPercent, highPercent);
    }

    @Test
    void plantedClassesAreTheSixChanges() {
        assertThat(SampleIncident.PLANTED_CLASSES).containsExactly("warranty_shorter", "json_key_rename", "booking_refusal",
                "citation_format", "flattery", "setup_steps_improved");
    }

    @Test
    void warrantyAnswersLoseAboutTwoThirdsOfTheirLength() {
        double ratio = lengthRatio(r -> r.plantedClass() == PlantedClass.WARRANTY_SHORTER);

        assertThat(ratio).isBetween(0.2, 0.45);
    }

    @Test
    void summaryKeyIsRenamedInAbout97PercentOfUnskewedReports() {
        var reports = ROWS.stream().filter(r -> r.intent() == Intent.WEEKLY_REPORT && !r.versionSkew()).toList();
        long renamed = reports.stream().filter(r -> r.candidateOutput().contains("\"exec_summary\":")
                && r.baselineOutput().contains("\"summary\":")).count();

        assertThat((double) renamed / reports.size()).isBetween(0.92, 1.0);
        assertThat(renamed).isEqualTo(reports.stream().filter(r -> r.plantedClass() == PlantedClass.JSON_KEY_RENAME).count());
    }

    @Test
    void bookingRefusalsRiseFromNoneToMostOverTheTwoWeeks() {
        assertThat(refusalShare(0, 2)).isZero();
        assertThat(refusalShare(0, 7)).isBetween(0.05, 0.35);
        assertThat(refusalShare(7, 14)).isBetween(0.6, 0.9);
        assertThat(refusalShare(11, 14)).isGreaterThan(0.8);
    }

    @Test
    void citationMarkersBecomeSourceNotesOrVanish() {
        var changed = ROWS.stream().filter(r -> r.plantedClass() == PlantedClass.CITATION_FORMAT).toList();

        assertThat(changed).allMatch(r -> r.baselineOutput().contains("[1]") && !r.candidateOutput().contains("[1]"));
        long notes = changed.stream().filter(r -> r.candidateOutput().contains("(source: manual)")).count();
        assertThat((double) notes / changed.size()).isBetween(0.45, 0.75);
    }

    @Test
    void flatteryAgreesOnlyWhereTheBaselineCorrectedAWrongPremise() {
        var flattering = ROWS.stream().filter(r -> r.plantedClass() == PlantedClass.FLATTERY).toList();

        assertThat(flattering).allMatch(r -> r.candidateOutput().matches("(?s).*(right|Yes,).*")
                && !r.candidateOutput().contains("Actually"));
        assertThat(flattering).allMatch(r -> r.intent() == Intent.TROUBLESHOOTING);
    }

    @Test
    void setupAnswersBecomeNumberedStepsFromProse() {
        var improved = ROWS.stream().filter(r -> r.plantedClass() == PlantedClass.SETUP_STEPS_IMPROVED).toList();

        assertThat(improved).allMatch(r -> r.candidateOutput().contains("\n1. ") && r.candidateOutput().contains("\n3. ")
                && !r.baselineOutput().contains("\n"));
    }

    @Test
    void skewedRowsAreEuWestOnDaysThreeToSevenServingTheOldPromptWithNoChange() {
        var skewed = ROWS.stream().filter(SampleRow::versionSkew).toList();

        assertThat(skewed).isNotEmpty().allMatch(r -> r.metadata().region().equals("eu-west")
                && r.metadata().promptVersion().equals("v46") && r.plantedClass() == PlantedClass.PARAPHRASE_NOISE);
        assertThat(skewed).allMatch(r -> {
            double day = IncidentTimeline.dayOf(r.timestamp());
            return day >= 2 && day < 7;
        });
        assertThat(ROWS.stream().filter(r -> !r.versionSkew())).allMatch(r -> r.metadata().promptVersion().equals("v47"));
    }

    @Test
    void noisePairsStayWithinFifteenPercentOfEachOthersLength() {
        var noise = ROWS.stream().filter(r -> r.plantedClass() == PlantedClass.PARAPHRASE_NOISE).toList();
        long within = noise.stream().filter(r -> {
            double ratio = (double) r.candidateOutput().length() / r.baselineOutput().length();
            return ratio >= 0.85 && ratio <= 1.15;
        }).count();
        long identical = noise.stream().filter(r -> r.candidateOutput().equals(r.baselineOutput())).count();

        assertThat((double) within / noise.size()).isGreaterThan(0.9);
        assertThat((double) identical / noise.size()).isBetween(0.02, 0.15);
    }

    @Test
    void pairsWithinAPlantedClassAreNotCopiesOfEachOther() {
        for (PlantedClass plantedClass : PlantedClass.values()) {
            var rows = ROWS.stream().filter(r -> r.plantedClass() == plantedClass).toList();
            var queries = new HashSet<String>();
            var candidates = new HashSet<String>();
            rows.forEach(r -> {
                queries.add(r.query());
                candidates.add(r.candidateOutput());
            });
            // everyday questions ("Is shipping free?") repeat verbatim in real traffic, planted ones rarely do
            double distinctQueries = plantedClass == PlantedClass.PARAPHRASE_NOISE ? 0.4 : 0.6;
            assertThat((double) queries.size() / rows.size()).as("distinct queries in %s", plantedClass).isGreaterThan(distinctQueries);
            assertThat((double) candidates.size() / rows.size()).as("distinct candidate outputs in %s", plantedClass).isGreaterThan(0.6);
        }
    }

    @Test
    void noiseTrafficCoversManyIntentsAndSomeGermanAndSpanish() {
        var noiseIntents = ROWS.stream().filter(r -> r.plantedClass() == PlantedClass.PARAPHRASE_NOISE).map(SampleRow::intent).distinct().count();
        double otherLanguages = (double) ROWS.stream().filter(r -> !r.metadata().language().equals("en")).count() / ROWS.size();

        assertThat(noiseIntents).isGreaterThanOrEqualTo(15);
        assertThat(otherLanguages).isBetween(0.03, 0.08);
    }

    private static double lengthRatio(Predicate<SampleRow> which) {
        var rows = ROWS.stream().filter(which).toList();
        double candidate = rows.stream().mapToInt(r -> r.candidateOutput().length()).sum();
        double baseline = rows.stream().mapToInt(r -> r.baselineOutput().length()).sum();
        return candidate / baseline;
    }

    private static double refusalShare(double fromDay, double toDay) {
        var bookings = ROWS.stream().filter(r -> r.intent() == Intent.BOOKING && !r.versionSkew()).filter(r -> {
            double day = IncidentTimeline.dayOf(r.timestamp());
            return day >= fromDay && day < toDay;
        }).toList();
        return (double) bookings.stream().filter(r -> r.plantedClass() == PlantedClass.BOOKING_REFUSAL).count() / bookings.size();
    }
}
