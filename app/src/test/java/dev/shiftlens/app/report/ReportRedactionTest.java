// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ReportRedactionTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"report.html", "report.md", "analysis.json", "clusters.csv", "pairs.csv"})
    void everyExportRedactsPersonalDataByDefault(String file) {
        String text = ReportFiles.read(ReportFiles.write(folder, ReportOptions.defaults()).resolve(file));

        assertThat(text).doesNotContain(ReportFixture.EMAIL, ReportFixture.KEY, ReportFixture.PHONE, ReportFixture.CARD,
                "7946 0958", "sk-live");
    }

    @Test
    void theRedactionsAreVisibleWhereTheDataWas() {
        String csv = ReportFiles.read(ReportFiles.write(folder, ReportOptions.defaults()).resolve("pairs.csv"));

        assertThat(csv).contains("Email me at [redacted email] or call [redacted phone number]",
                "Your key [redacted api key] and card [redacted card number] are on file");
    }

    @Test
    void keepPiiKeepsItAndSaysSo() {
        Path out = ReportFiles.write(folder, ReportOptions.defaults().keepingPii());

        assertThat(ReportFiles.read(out.resolve("pairs.csv"))).contains(ReportFixture.EMAIL, ReportFixture.KEY);
        assertThat(ReportFiles.read(out.resolve("report.html"))).contains("made with <code>--keep-pii</code>");
        assertThat(ReportFiles.read(out.resolve("report.md"))).contains("may contain personal data");
    }
}
