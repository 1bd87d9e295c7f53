// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.characterise;

import dev.shiftlens.analysis.divergence.ChangeKind;
import dev.shiftlens.analysis.pipeline.AnalysisSettings;
import dev.shiftlens.analysis.result.Verdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerdictPolicyTest {

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

    @Test
    void anUnknownKindIsNamedWithItsLine() {
        assertThatThrownBy(() -> VerdictPolicy.parse("\nrefusal_appeared: neutral\nrefusals: neutral"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 3").hasMessageContaining("`refusals`");
    }
}
