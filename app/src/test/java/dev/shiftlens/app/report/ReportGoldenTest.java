// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rendered reports change only on purpose. Volatile parts (import time, temp paths, the
 * scatter's bytes) are normalised. To accept a deliberate change, run with
 * {@code -Dshiftlens.updateGolden=true} and review the diff of the golden files in the commit.
 */
class ReportGoldenTest {

    @TempDir
    Path folder;

    @Test
    void markdownReportMatchesItsGoldenFile() {
        Path out = ReportFiles.write(folder, ReportOptions.defaults());

        assertMatchesGolden(normalise(ReportFiles.read(out.resolve("report.md"))), "report.golden.md");
    }

    @Test
    void htmlReportMatchesItsGoldenFile() {
        Path out = ReportFiles.write(folder, ReportOptions.defaults());

        assertMatchesGolden(normalise(ReportFiles.read(out.resolve("report.html"))), "report.golden.html");
    }

    @Test
    void clustersCsvMatchesItsGoldenFile() {
        Path out = ReportFiles.write(folder, ReportOptions.defaults());

        assertMatchesGolden(normalise(ReportFiles.read(out.resolve("clusters.csv"))), "clusters.golden.csv");
    }

    private String normalise(String text) {
        return text.replace(folder.toString(), "<tmp>")
                .replaceAll("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z(?<!2026-04-07T09:00:00Z)", "<imported-at>")
                .replaceAll("data:image/png;base64,[A-Za-z0-9+/=]+", "data:image/png;base64,<scatter>")
                .replace(ToolVersion.current(), "<version>");
    }

    private static void assertMatchesGolden(String actual, String golden) {
        if (Boolean.getBoolean("shiftlens.updateGolden")) {
            try {
                Path source = Paths.get("src/test/resources/dev/shiftlens/app/report", golden);
                Files.writeString(source, actual);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        try (InputStream in = ReportGoldenTest.class.getResourceAsStream(golden)) {
            assertThat(in).as("golden file " + golden + " (create it with -Dshiftlens.updateGolden=true)").isNotNull();
            assertThat(actual).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
