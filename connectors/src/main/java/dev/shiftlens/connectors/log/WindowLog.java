// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.log;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * One window of a cutover log as JSON Lines (optionally .gz): each line a request answered by one
 * model, with {@code query} and its {@code output} (also accepted: {@code response},
 * {@code candidate_output}, {@code baseline_output}), optional {@code request_id}, {@code model},
 * {@code timestamp}, {@code metadata}. Bad lines are kept as rejects with their line number.
 */
public record WindowLog(Path file, List<WindowRecord> records, List<Reject> rejects) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> OUTPUT_FIELDS = List.of("output", "response", "candidate_output", "baseline_output");

    public WindowLog {
        records = List.copyOf(records);
        rejects = List.copyOf(rejects);
    }

    /** A line that could not be used, as {@code file:line: reason}. */
    public record Reject(long line, String raw, String reason) {
    }

    public static WindowLog read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new LogFileException(file + " does not exist (or is not a file). Check the path.");
        }
        List<WindowRecord> records = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
            String text;
            long line = 0;
            while ((text = reader.readLine()) != null) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                parse(line, text).ifPresentOrElse(records::add, problem(line, text, rejects));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new LogFileException("cannot read " + file + ": " + e.getMessage());
        }
        if (records.isEmpty()) {
            throw new LogFileException(file + " has no usable line" + (rejects.isEmpty() ? "" : "; first problem: line "
                    + rejects.getFirst().line() + ": " + rejects.getFirst().reason()));
        }
        return new WindowLog(file, records, rejects);
    }

    private static Runnable problem(long line, String text, List<Reject> rejects) {
        return () -> rejects.add(new Reject(line, text.length() > 2_000 ? text.substring(0, 2_000) + "…" : text, reason(text)));
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private static Optional<WindowRecord> parse(long line, String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
        if (node == null || !node.isObject() || !node.path("query").isTextual() || output(node).isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        node.path("metadata").fields().forEachRemaining(field -> {
            if (!field.getValue().isNull()) {
                metadata.put(field.getKey(), field.getValue().asText());
            }
        });
        return Optional.of(new WindowRecord(line, node.path("request_id").asText("line-" + line), node.get("query").asText(),
                output(node).get(), node.path("model").asText(""), timestamp(node.path("timestamp").asText(null)), metadata));
    }

    private static Optional<String> output(JsonNode node) {
        return OUTPUT_FIELDS.stream().map(node::path).filter(JsonNode::isTextual).map(JsonNode::asText).findFirst();
    }

    private static Optional<Instant> timestamp(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String reason(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || !node.isObject()) {
                return "expected one JSON object per line";
            }
            if (!node.path("query").isTextual()) {
                return "missing `query`";
            }
            return "missing the output: one of " + String.join(", ", OUTPUT_FIELDS);
        } catch (JsonProcessingException e) {
            return "invalid JSON: " + e.getOriginalMessage().lines().findFirst().orElse("");
        }
    }
}
