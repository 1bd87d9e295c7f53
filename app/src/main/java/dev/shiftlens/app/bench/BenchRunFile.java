// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shiftlens.analysis.pair.PairRecord;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A bench run as canonical paired JSONL, each row's planted kind (or "none") in {@code metadata.planted}. */
final class BenchRunFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BenchRunFile() {
    }

    static void write(Path file, List<PairRecord> pairs, PlantedChange[] truth) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (BufferedWriter out = Files.newBufferedWriter(file)) {
                for (int i = 0; i < pairs.size(); i++) {
                    PairRecord pair = pairs.get(i);
                    ObjectNode row = JSON.createObjectNode().put("request_id", pair.requestId()).put("query", pair.query())
                            .put("baseline_output", pair.baselineOutput()).put("candidate_output", pair.candidateOutput());
                    row.putObject("metadata").put("planted", truth[i] == null ? "none" : truth[i].label());
                    out.write(JSON.writeValueAsString(row));
                    out.newLine();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the bench run to " + file + ": " + e.getMessage(), e);
        }
    }
}
