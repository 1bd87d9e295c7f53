// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.sampledata;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;

/**
 * Streams rows into the text shapes of the incident (paired JSONL, per-model logs, cutover log,
 * truth file), one row in memory at a time.
 */
final class IncidentExport implements AutoCloseable {

    /** The cutover log shows the two weeks before the cutover on the baseline. */
    private static final Duration BEFORE_SHIFT = IncidentTimeline.WINDOW;

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final Path directory;
    private final Path cutoverAfterPart;
    private final JsonGenerator paired;
    private final JsonGenerator baseline;
    private final JsonGenerator candidate;
    private final JsonGenerator cutoverBefore;
    private final JsonGenerator cutoverAfter;
    private final Writer truth;
    /** Decides, row by row, which side of the cutover a request lands on. */
    private final SplittableRandom cutoverSide;

    IncidentExport(Path directory, long seed) throws IOException {
        this.directory = directory;
        Files.createDirectories(directory);
        this.cutoverAfterPart = directory.resolve(ExportFiles.CUTOVER_LOG + ".after.part");
        this.paired = generator(directory.resolve(ExportFiles.PAIRED_JSONL));
        this.baseline = generator(directory.resolve(ExportFiles.BASELINE_LOG));
        this.candidate = generator(directory.resolve(ExportFiles.CANDIDATE_LOG));
        this.cutoverBefore = generator(directory.resolve(ExportFiles.CUTOVER_LOG));
        this.cutoverAfter = generator(cutoverAfterPart);
        this.truth = writer(directory.resolve(ExportFiles.TRUTH_CSV));
        this.truth.write("request_id,planted_class,intent,version_skew\n");
        this.cutoverSide = new SplittableRandom(seed ^ 0x5EED_C0DE_CAFEL);
    }

    /** Writes every row and finishes the files; {@code progress} hears the count every 10,000 rows. */
    static long writeAll(Iterator<SampleRow> rows, Path directory, long seed, LongConsumer progress) throws IOException {
        long count = 0;
        try (var export = new IncidentExport(directory, seed)) {
            while (rows.hasNext()) {
                export.write(rows.next());
                if (++count % 10_000 == 0) {
                    progress.accept(count);
                }
            }
        }
        return count;
    }

    void write(SampleRow row) throws IOException {
        String timestamp = ExportFiles.formatTimestamp(row.timestamp());
        Map<String, String> candidateMeta = row.metadata().asMap();
        Map<String, String> baselineMeta = row.metadata().withPromptVersion(IncidentTimeline.OLD_PROMPT).asMap();

        paired.writeStartObject();
        paired.writeStringField("request_id", row.requestId());
        paired.writeStringField("query", row.query());
        paired.writeStringField("baseline_output", row.baselineOutput());
        paired.writeStringField("candidate_output", row.candidateOutput());
        paired.writeStringField("timestamp", timestamp);
        paired.writeStringField("baseline_model", row.baselineModel());
        paired.writeStringField("candidate_model", row.candidateModel());
        writeMetadata(paired, candidateMeta);
        endLine(paired);

        writeLogLine(baseline, row, row.baselineOutput(), "model", row.baselineModel(), timestamp, baselineMeta);
        writeLogLine(candidate, row, row.candidateOutput(), "model", row.candidateModel(), timestamp, candidateMeta);
        if (cutoverSide.nextBoolean()) {
            Instant before = row.timestamp().minus(BEFORE_SHIFT);
            writeLogLine(cutoverBefore, row, row.baselineOutput(), "model_version", row.baselineModel(),
                    ExportFiles.formatTimestamp(before), baselineMeta);
        } else {
            writeLogLine(cutoverAfter, row, row.candidateOutput(), "model_version", row.candidateModel(), timestamp, candidateMeta);
        }

        truth.write(row.requestId() + "," + row.plantedClass().wireName() + "," + row.intent().wireName() + ","
                + row.versionSkew() + "\n");
    }

    private static void writeLogLine(JsonGenerator out, SampleRow row, String output, String modelField, String model,
                                     String timestamp, Map<String, String> metadata) throws IOException {
        out.writeStartObject();
        out.writeStringField("request_id", row.requestId());
        out.writeStringField("query", row.query());
        out.writeStringField("output", output);
        out.writeStringField(modelField, model);
        out.writeStringField("timestamp", timestamp);
        writeMetadata(out, metadata);
        endLine(out);
    }

    private static void writeMetadata(JsonGenerator out, Map<String, String> metadata) throws IOException {
        out.writeObjectFieldStart("metadata");
        for (var field : metadata.entrySet()) {
            out.writeStringField(field.getKey(), field.getValue());
        }
        out.writeEndObject();
    }

    private static void endLine(JsonGenerator out) throws IOException {
        out.writeEndObject();
        out.writeRaw('\n');
    }

    /** Closes every file and appends the after-cutover rows behind the before-cutover ones. */
    @Override
    public void close() throws IOException {
        for (var out : new JsonGenerator[] {paired, baseline, candidate, cutoverBefore, cutoverAfter}) {
            out.close();
        }
        truth.close();
        try (var target = Files.newOutputStream(directory.resolve(ExportFiles.CUTOVER_LOG), StandardOpenOption.APPEND)) {
            Files.copy(cutoverAfterPart, target);
        }
        Files.delete(cutoverAfterPart);
    }

    private static JsonGenerator generator(Path file) throws IOException {
        JsonGenerator generator = JSON.createGenerator(writer(file));
        generator.setRootValueSeparator(null);
        return generator;
    }

    private static Writer writer(Path file) throws IOException {
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }
}
