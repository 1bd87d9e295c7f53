// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.sampledata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Test access to an incident folder: the committed one, or a fresh one generated into a temp dir. */
final class GeneratedIncident {

    static final Path COMMITTED = Path.of("incident");
    private static final ObjectMapper JSON = new ObjectMapper();

    private GeneratedIncident() {}

    static void generate(Path directory, long seed, int pairs) throws IOException {
        IncidentExport.writeAll(SampleIncident.stream(seed, pairs).iterator(), directory, seed, count -> {});
        ColumnarCopies.write(directory);
    }

    static List<JsonNode> readJsonl(Path file) {
        try (var lines = Files.lines(file)) {
            return lines.map(GeneratedIncident::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
