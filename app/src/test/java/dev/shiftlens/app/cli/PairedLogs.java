// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shiftlens.sampledata.PlantedClass;
import dev.shiftlens.sampledata.SampleIncident;
import dev.shiftlens.sampledata.SampleRow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Paired JSONL made from the sample incident's generator: the whole incident, or its paraphrase-only requests. */
final class PairedLogs {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PairedLogs() {
    }

    /** The first {@code pairs} requests of the incident, planted changes included. */
    static Path incident(Path file, int pairs) {
        return write(file, SampleIncident.generate(SampleIncident.DEFAULT_SEED, pairs));
    }

    /** {@code pairs} requests where the candidate differs only the way two runs of one model do. */
    static Path paraphraseOnly(Path file, int pairs) {
        List<SampleRow> rows = SampleIncident.generate(SampleIncident.DEFAULT_SEED, pairs * 3).stream()
                .filter(row -> row.plantedClass() == PlantedClass.PARAPHRASE_NOISE && !row.versionSkew())
                .limit(pairs).toList();
        return write(file, rows);
    }

    private static Path write(Path file, List<SampleRow> rows) {
        StringBuilder lines = new StringBuilder();
        try {
            for (SampleRow row : rows) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("request_id", row.requestId());
                line.put("query", row.query());
                line.put("baseline_output", row.baselineOutput());
                line.put("candidate_output", row.candidateOutput());
                line.put("timestamp", row.timestamp().toString());
                line.put("baseline_model", row.baselineModel());
                line.put("candidate_model", row.candidateModel());
                line.put("metadata", row.metadata().asMap());
                lines.append(JSON.writeValueAsString(line)).append('\n');
            }
            return Files.writeString(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
