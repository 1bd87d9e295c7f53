// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.characterise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shiftlens.analysis.divergence.ChangeKind;
import dev.shiftlens.analysis.pipeline.AnalysisSettings;
import dev.shiftlens.analysis.result.Verdict;
import org.junit.jupiter.api.Test;

class VerdictPolicyTest {

    @Test
    void theWrittenPolicyJudgesRefusalsAppearingAndLiftedOppositeWays() {
        VerdictPolicy written = VerdictPolicy.written();

        assertThat(written.verdictOf(ChangeKind.REFUSAL_APPEARED)).isEqualTo(Verdict.REGRESSION);
        assertThat(written.verdictOf(ChangeKind.REFUSAL_LIFTED)).isEqualTo(Verdict.IMPROVEMENT);
    }

    @Test
    void aFileOverridesSomeKindsAndLeavesTheRest() {
        VerdictPolicy policy = VerdictPolicy.parse("""
                # a chatbot where longer answers are not better
                much_longer: neutral
                REFUSAL_LIFTED = regression
                """);

        assertThat(policy.verdictOf(ChangeKind.MUCH_LONGER)).isEqualTo(Verdict.NEUTRAL);
        assertThat(policy.verdictOf(ChangeKind.REFUSAL_LIFTED)).isEqualTo(Verdict.REGRESSION);
        assertThat(policy.verdictOf(ChangeKind.MUCH_SHORTER)).isEqualTo(Verdict.REGRESSION);
        assertThat(policy.describe()).contains("much_longer: neutral\n", "refusal_appeared: regression\n");
    }

    @Test
    void anUnknownKindOrVerdictIsRefusedNamingTheLine() {
        assertThatThrownBy(() -> VerdictPolicy.parse("much_longer: neutral\nlonger: neutral"))
                .hasMessageContaining("line 2").hasMessageContaining("`longer`").hasMessageContaining("much_longer");
        assertThatThrownBy(() -> VerdictPolicy.parse("much_longer: bad"))
                .hasMessageContaining("line 1").hasMessageContaining("regression, improvement or neutral");
        assertThatThrownBy(() -> VerdictPolicy.parse("much_longer"))
                .hasMessageContaining("line 1: expected `kind: verdict`");
    }

    @Test
    void overridesWrittenIntoTheSettingsAreReadBackByAReanalysis() {
        VerdictPolicy policy = VerdictPolicy.parse("""
                # our product refuses on purpose
                refusal_appeared: neutral
                much_longer = regression
                """);
        var described = AnalysisSettings.defaults().withVerdictPolicy(policy).describe();

        assertThat(described.get(AnalysisSettings.VERDICT_POLICY)).isEqualTo("refusal_appeared: neutral\nmuch_longer: regression\n");
        VerdictPolicy read = AnalysisSettings.verdictPolicyOf(described);
        assertThat(read.verdictOf(ChangeKind.REFUSAL_APPEARED)).isEqualTo(Verdict.NEUTRAL);
        assertThat(read.verdictOf(ChangeKind.MUCH_LONGER)).isEqualTo(Verdict.REGRESSION);
        assertThat(read.verdictOf(ChangeKind.JSON_BROKEN)).isEqualTo(Verdict.REGRESSION);
    }

    @Test
    void theWrittenPolicyLeavesNoTraceInTheSettings() {
        assertThat(AnalysisSettings.defaults().describe()).doesNotContainKey(AnalysisSettings.VERDICT_POLICY);
        assertThat(AnalysisSettings.verdictPolicyOf(AnalysisSettings.defaults().describe()).overrides()).isEmpty();
    }

    @Test
    void describeListsEveryKindWithTheVerdictInEffect() {
        String described = VerdictPolicy.parse("structure_added: neutral").describe();

        assertThat(described.lines()).hasSize(ChangeKind.values().length)
                .startsWith("emptied: regression", "filled: improvement", "refusal_appeared: regression")
                .contains("structure_added: neutral");
    }
}
