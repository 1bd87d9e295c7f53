// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SampleIncidentDeterminismTest {

    private static final List<String> TEXT_FILES = List.of(ExportFiles.PAIRED_JSONL, ExportFiles.PAIRED_CSV,
            ExportFiles.BASELINE_LOG, ExportFiles.CANDIDATE_LOG, ExportFiles.CUTOVER_LOG, ExportFiles.TRUTH_CSV);

    @Test
    void sameSeedWritesByteIdenticalFiles(@TempDir Path first, @TempDir Path second) throws IOException {
        GeneratedIncident.generate(first, 99, 500);
        GeneratedIncident.generate(second, 99, 500);

        for (String file : TEXT_FILES) {
            assertThat(Files.mismatch(first.resolve(file), second.resolve(file))).as(file).isEqualTo(-1L);
        }
    }

    @Test
    void differentSeedsWriteDifferentIncidents(@TempDir Path first, @TempDir Path second) throws IOException {
        GeneratedIncident.generate(first, 1, 200);
        GeneratedIncident.generate(second, 2, 200);

        assertThat(Files.mismatch(first.resolve(ExportFiles.PAIRED_JSONL), second.resolve(ExportFiles.PAIRED_JSONL))).isNotEqualTo(-1L);
    }

    @ParameterizedTest
    @ValueSource(strings = {ExportFiles.PAIRED_JSONL, ExportFiles.PAIRED_CSV, ExportFiles.BASELINE_LOG,
            ExportFiles.CANDIDATE_LOG, ExportFiles.CUTOVER_LOG, ExportFiles.TRUTH_CSV})
    void committedFileIsWhatTheDefaultSeedGenerates(String file, @TempDir Path fresh) throws IOException {
        GeneratedIncident.generate(fresh, SampleIncident.DEFAULT_SEED, SampleIncident.DEFAULT_PAIRS);

        assertThat(Files.mismatch(GeneratedIncident.COMMITTED.resolve(file), fresh.resolve(file)))
                .as("%s differs from a fresh generation; regenerate with: mvn -pl sample-data exec:java", file)
                .isEqualTo(-1L);
    }

    @Test
    void inMemoryRowsMatchTheExportedJsonl() {
        var rows = SampleIncident.generate(SampleIncident.DEFAULT_SEED, SampleIncident.DEFAULT_PAIRS);
        var lines = GeneratedIncident.readJsonl(GeneratedIncident.COMMITTED.resolve(ExportFiles.PAIRED_JSONL));

        assertThat(rows).hasSameSizeAs(lines);
        for (int i = 0; i < rows.size(); i++) {
            SampleRow row = rows.get(i);
            var line = lines.get(i);
            assertThat(line.get("request_id").asText()).isEqualTo(row.requestId());
            assertThat(line.get("baseline_output").asText()).isEqualTo(row.baselineOutput());
            assertThat(line.get("candidate_output").asText()).isEqualTo(row.candidateOutput());
            assertThat(line.get("timestamp").asText()).isEqualTo(ExportFiles.formatTimestamp(row.timestamp()));
        }
    }

    @Test
    void rowsDoNotDependOnHowManyAreReadBeforeThem() {
        var all = SampleIncident.stream(7, 1000).toList();
        var traffic = new IncidentTraffic(7, 1000);

        assertThat(traffic.request(640)).isEqualTo(all.get(640));
    }
}
