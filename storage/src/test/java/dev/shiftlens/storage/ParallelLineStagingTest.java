// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

import dev.shiftlens.analysis.pair.PairRecord;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parallel DuckDB line reader must give exactly what the Java line reader gives: the same rows,
 * line numbers, rejects and reasons. A plain file takes the parallel path, the same bytes gzipped take
 * the Java path; files DuckDB refuses fall back to the Java path and still name every line.
 */
class ParallelLineStagingTest {

    @TempDir
    Path dir;

    private static String pair(String id, String output) {
        return "{\"request_id\":\"" + id + "\",\"query\":\"q " + id + "\",\"baseline_output\":\"" + output
                + "\",\"candidate_output\":\"c " + id + "\",\"metadata\":{\"region\":\"eu\"}}";
    }

    /** Blank and blank-looking lines, every non-object shape, invalid JSON, a missing query, a duplicate and a 3 MB line. */
    private static String tricky() {
        return String.join("\n",
                pair("r1", "a"),
                "",
                "   \t ",
                "[1,2]",
                "  {\"request_id\":\"r2\",\"query\":\"indented\",\"baseline_output\":\"b\",\"candidate_output\":\"c\"}",
                "\"just a string\"",
                "42",
                "null",
                "true",
                "{\"request_id\":\"r3\",\"query\":\"unclosed",
                "{\"request_id\":\"r4\",\"baseline_output\":\"a\",\"candidate_output\":\"b\"}",
                pair("r1", "again"),
                pair("r5", "x".repeat(3_000_000)),
                "nonsense",
                pair("r6", "last")) + "\n\n";
    }

    private static byte[] bom(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes(body);
        return out.toByteArray();
    }

    private Path plain(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path gzipped(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(bytes);
        }
        return file;
    }

    /** What an import kept and rejected, without the file name (the two files are named differently). */
    private record Outcome(long read, long stored, long duplicates, List<String> rejects, List<String> pairs) {
    }

    /** Progress messages seen; the Java fallback announces itself with "line by line". */
    private final List<String> messages = new java.util.concurrent.CopyOnWriteArrayList<>();

    private boolean fellBack() {
        return messages.stream().anyMatch(m -> m.contains("line by line"));
    }

    private Outcome importFile(Path file, String workspace) {
        messages.clear();
        try (RunStore store = RunStore.open(dir.resolve(workspace))) {
            ImportReport report = store.importPairs(file, "run", (fraction, message) -> messages.add(message), Cancellation.none());
            List<String> rejects = store.rejects(report.runId()).stream()
                    .map(r -> r.line() + ": " + r.reason() + " | " + r.raw().length()).toList();
            List<String> pairs = store.pairs(report.runId()).stream()
                    .map(p -> p.requestId() + " " + p.query() + " " + p.baselineOutput().length() + " " + p.metadata()).toList();
            return new Outcome(report.rowsRead(), report.rowsStored(), report.duplicateRequestIds(), rejects, pairs);
        }
    }

    @Test
    void parallelAndJavaReadersAgreeLineForLine() throws IOException {
        byte[] bytes = bom(tricky().getBytes(StandardCharsets.UTF_8));
        Outcome parallel = importFile(plain("tricky.jsonl", bytes), "parallel.duckdb");
        assertThat(fellBack()).as("the plain file is read by DuckDB in parallel").isFalse();
        Outcome java = importFile(gzipped("tricky.jsonl.gz", bytes), "java.duckdb");

        assertThat(parallel).isEqualTo(java);
        assertThat(parallel.read()).isEqualTo(parallel.stored() + parallel.rejects().size());
        assertThat(parallel.rejects()).extracting(r -> r.substring(0, r.indexOf(':'))).containsExactly(
                "4", "6", "7", "8", "9", "10", "11", "12", "14");
        assertThat(parallel.rejects().get(0)).startsWith("4: expected one JSON object per line, found a JSON array");
        assertThat(parallel.rejects().get(7)).startsWith("12: duplicate request_id `r1`; kept the first (line 1)");
        assertThat(parallel.pairs()).extracting(p -> p.substring(0, 2)).containsExactly("r1", "r2", "r5", "r6");
        assertThat(parallel.pairs().get(2)).contains(" 3000000 ");
    }

    @Test
    void crlfFileTakesTheParallelPathWithTheSameLines() throws IOException {
        byte[] bytes = bom(tricky().replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        Outcome parallel = importFile(plain("windows.jsonl", bytes), "parallel.duckdb");
        assertThat(fellBack()).isFalse();
        Outcome java = importFile(gzipped("windows.jsonl.gz", bytes), "java.duckdb");

        assertThat(parallel).isEqualTo(java);
        assertThat(parallel.stored()).isEqualTo(4);
    }

    @Test
    void mixedLineEndsAndStrayCarriageReturnsFallBackToExactLines() throws IOException {
        String mixed = pair("r1", "a") + "\r\n" + pair("r2", "b") + "\n" + "{\"request_id\":\"r3\",\r\"query\":\"q\",\"baseline_output\":\"c\"}\n"
                + "[]\n" + pair("r4", "d") + "\n";
        Outcome outcome = importFile(plain("mixed.jsonl", mixed.getBytes(StandardCharsets.UTF_8)), "mixed.duckdb");
        assertThat(fellBack()).isTrue();

        assertThat(outcome.stored()).isEqualTo(4);
        assertThat(outcome.rejects()).singleElement().asString().startsWith("4: expected one JSON object per line, found a JSON array");
    }

    @Test
    void invalidUtf8FallsBackAndRejectsOnlyItsLine() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((pair("r1", "a") + "\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(pair("r2", "caf\u00e9").getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(("\n\n" + pair("r3", "c") + "\n").getBytes(StandardCharsets.UTF_8));
        try (RunStore store = RunStore.open(dir.resolve("utf8.duckdb"))) {
            ImportReport report = store.importPairs(plain("latin1.jsonl", out.toByteArray()), "run",
                    (fraction, message) -> messages.add(message), Cancellation.none());
            assertThat(fellBack()).isTrue();

            assertThat(report.rowsRead()).isEqualTo(3);
            assertThat(store.pairs(report.runId())).extracting(PairRecord::requestId).containsExactly("r1", "r3");
            assertThat(report.firstRejects()).singleElement().extracting(RejectedRow::describe).asString()
                    .startsWith("latin1.jsonl:2: invalid UTF-8 at byte");
        }
    }

    @Test
    void delimiterByteInALineIsNotSplitOrCut() throws IOException {
        String content = pair("r1", "a") + "\n" + "{\"request_id\":\"r2\",\u0001\"query\":\"q\"}" + "\n" + pair("r3", "c") + "\n";
        Outcome outcome = importFile(plain("ctrl.jsonl", content.getBytes(StandardCharsets.UTF_8)), "ctrl.duckdb");
        assertThat(fellBack()).isTrue();

        assertThat(outcome.read()).isEqualTo(3);
        assertThat(outcome.rejects()).singleElement().asString().startsWith("2: invalid JSON");
    }
}
