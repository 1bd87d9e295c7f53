// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

import dev.shiftlens.analysis.pair.PairRecord;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.CancelledException;
import dev.shiftlens.analysis.work.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunStoreImportTest {

    @TempDir
    Path dir;

    private static final String GOOD_1 = """
            {"request_id":"r1","query":"Is my TV under warranty?","baseline_output":"Yes, two years.","candidate_output":"Yes.","timestamp":"2026-04-01T10:00:00Z","baseline_model":"prod","candidate_model":"cand","metadata":{"region":"eu-west","tier":"plus","attempt":2}}""";
    private static final String GOOD_2 = """
            {"request_id":"r2","query":"Book a repair","baseline_output":"Booked for Monday.","candidate_output":"I can't book that."}""";

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private RunStore store() {
        return RunStore.open(dir.resolve("workspace.duckdb"));
    }

    @Test
    void importStoresEveryFieldOfTheCanonicalRecord() throws IOException {
        Path input = write("good.jsonl", GOOD_1 + "\n" + GOOD_2 + "\n");
        try (RunStore store = store()) {
            ImportReport report = store.importPairs(input, "incident", ProgressListener.NONE, Cancellation.none());

            assertThat(report.rowsRead()).isEqualTo(2);
            assertThat(report.rowsStored()).isEqualTo(2);
            assertThat(report.rowsRejected()).isZero();
            PairRecord first = store.pairs(report.runId()).getFirst();
            assertThat(first.requestId()).isEqualTo("r1");
            assertThat(first.candidateOutput()).isEqualTo("Yes.");
            assertThat(first.timestamp()).hasValueSatisfying(ts -> assertThat(ts.toString()).isEqualTo("2026-04-01T10:00:00Z"));
            assertThat(first.metadata()).containsEntry("region", "eu-west").containsEntry("attempt", "2");
            assertThat(store.runs()).singleElement().satisfies(run -> {
                assertThat(run.name()).isEqualTo("incident");
                assertThat(run.rowsStored()).isEqualTo(2);
            });
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"region":"eu"}          | 1
            "{\\"region\\":\\"eu\\"}" | 1
            " {\\"region\\":\\"eu\\"}" | 1
            "{region"                 | 0
            ["eu"]                    | 0
            "eu"                      | 0
            12                        | 0
            null                      | 0
            """)
    void metadataIsKeptOnlyWhenItIsAJsonObject(String metadata, int entries) throws IOException {
        Path input = write("meta.jsonl", "{\"query\":\"q\",\"baseline_output\":\"a\",\"candidate_output\":\"b\",\"metadata\":" + metadata + "}\n");
        try (RunStore store = store()) {
            ImportReport report = store.importPairs(input, "meta", ProgressListener.NONE, Cancellation.none());

            assertThat(report.rowsStored()).isEqualTo(1);
            assertThat(store.pairs(report.runId()).getFirst().metadata()).hasSize(entries);
        }
    }

    @Test
    void partlyBadFileKeepsGoodLinesAndNamesEachBadLine() throws IOException {
        String content = String.join("\n",
                GOOD_1,
                "{\"request_id\":\"r3\",\"query\":\"unclosed",
                "{\"request_id\":\"r4\",\"baseline_output\":\"a\",\"candidate_output\":\"b\"}",
                "[1,2,3]",
                "",
                GOOD_2,
                GOOD_2.replace("Booked", "Also booked")) + "\n";
        Path input = write("mixed.jsonl", content);
        try (RunStore store = store()) {
            ImportReport report = store.importPairs(input, "mixed", ProgressListener.NONE, Cancellation.none());

            assertThat(report.rowsRead()).isEqualTo(6);
            assertThat(report.rowsStored()).isEqualTo(2);
            assertThat(report.duplicateRequestIds()).isEqualTo(1);
            assertThat(store.rejects(report.runId())).extracting(RejectedRow::describe).containsExactly(
                    "mixed.jsonl:2: invalid JSON at column 37: Unexpected end-of-input: was expecting closing quote for a string value; fix or remove the line, then import again",
                    "mixed.jsonl:3: missing `query`: every row needs the query the model answered; fix the row or the mapping",
                    "mixed.jsonl:4: expected one JSON object per line, found a JSON array",
                    "mixed.jsonl:7: duplicate request_id `r2`; kept the first (line 6)");
            assertThat(store.pairs(report.runId())).extracting(PairRecord::requestId).containsExactly("r1", "r2");
        }
    }

    @Test
    void byteOrderMarkCrlfAndGzipAreRead() throws IOException {
        Path input = dir.resolve("windows.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(input))) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            out.write((GOOD_1 + "\r\n" + GOOD_2 + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        try (RunStore store = store()) {
            ImportReport report = store.importPairs(input, "crlf", ProgressListener.NONE, Cancellation.none());

            assertThat(report.rowsStored()).isEqualTo(2);
            assertThat(store.pairs(report.runId()).get(1).candidateOutput()).isEqualTo("I can't book that.");
        }
    }

    @Test
    void invalidUtf8RejectsOnlyItsLine() throws IOException {
        Path input = dir.resolve("latin1.jsonl");
        byte[] bad = "{\"request_id\":\"r9\",\"query\":\"caf\u00e9\",\"baseline_output\":\"a\",\"candidate_output\":\"b\"}"
                .getBytes(StandardCharsets.ISO_8859_1);
        try (OutputStream out = Files.newOutputStream(input)) {
            out.write((GOOD_1 + "\n").getBytes(StandardCharsets.UTF_8));
            out.write(bad);
            out.write('\n');
        }
        try (RunStore store = store()) {
            ImportReport report = store.importPairs(input, "latin1", ProgressListener.NONE, Cancellation.none());

            assertThat(report.rowsStored()).isEqualTo(1);
            assertThat(report.firstRejects()).singleElement().extracting(RejectedRow::describe)
                    .isEqualTo("latin1.jsonl:2: invalid UTF-8 at byte 32 of the line; re-export the file as UTF-8");
        }
    }

    @Test
    void jsonArrayFileIsImportedElementByElement() throws IOException {
        Path input = write("array.json", "[\n" + GOOD_1 + ",\n" + GOOD_2 + ",\n42\n]\n");
        try (RunStore store = store()) {
            ImportReport report = store.importPairs(input, "array", ProgressListener.NONE, Cancellation.none());

            assertThat(report.rowsStored()).isEqualTo(2);
            assertThat(report.firstRejects()).extracting(RejectedRow::describe)
                    .containsExactly("array.json:3: expected a JSON object in the array, found a JSON ubigint");
        }
    }

    @Test
    void truncatedJsonArrayIsAnInputErrorWithTheJqFix() throws IOException {
        Path input = write("array.json", "[\n" + GOOD_1 + ",\n" + GOOD_2.substring(0, 30));
        try (RunStore store = store()) {
            assertThatThrownBy(() -> store.importPairs(input, "array", ProgressListener.NONE, Cancellation.none()))
                    .isInstanceOf(InputFileException.class)
                    .hasMessageContaining("array.json")
                    .hasMessageContaining("jq -c '.[]'");
            assertThat(store.runs()).isEmpty();
        }
    }

    @Test
    void fileOfOnlyBadLinesIsAnInputErrorNamingTheFirstProblem() throws IOException {
        Path input = write("prose.txt", "Dear team,\nplease find the logs attached.\n");
        try (RunStore store = store()) {
            assertThatThrownBy(() -> store.importPairs(input, "prose", ProgressListener.NONE, Cancellation.none()))
                    .isInstanceOf(InputFileException.class)
                    .hasMessageContaining("prose.txt has no usable row (2 read, all rejected)")
                    .hasMessageContaining("prose.txt:1: invalid JSON");
            assertThat(store.runs()).isEmpty();
        }
    }

    @Test
    void missingAndEmptyFilesAreInputErrors() throws IOException {
        Path empty = write("empty.jsonl", "");
        try (RunStore store = store()) {
            assertThatThrownBy(() -> store.importPairs(dir.resolve("nope.jsonl"), "x", ProgressListener.NONE, Cancellation.none()))
                    .isInstanceOf(InputFileException.class).hasMessageContaining("nope.jsonl does not exist");
            assertThatThrownBy(() -> store.importPairs(empty, "x", ProgressListener.NONE, Cancellation.none()))
                    .isInstanceOf(InputFileException.class).hasMessageContaining("empty.jsonl is empty");
        }
    }

    @Test
    void cancelledImportLeavesEarlierRunsAndNoHalfRun() throws IOException {
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 25_000; i++) {
            big.append(GOOD_2.replace("\"r2\"", "\"r" + i + "\"")).append('\n');
        }
        Path input = write("big.jsonl", big.toString());
        Path small = write("small.jsonl", GOOD_1 + "\n");
        try (RunStore store = store()) {
            store.importPairs(small, "kept", ProgressListener.NONE, Cancellation.none());
            Cancellation cancel = new Cancellation();
            ProgressListener cancelAtFirstReport = (fraction, message) -> cancel.cancel();

            assertThatThrownBy(() -> store.importPairs(input, "cancelled", cancelAtFirstReport, cancel))
                    .isInstanceOf(CancelledException.class);
            assertThat(store.runs()).extracting(RunInfo::name).containsExactly("kept");
            assertThat(store.pairCount(1)).isEqualTo(1);
        }
    }

    @Test
    void workspaceThatIsNotADuckDbFileIsRefusedWithoutDamage() throws IOException {
        Path notes = write("notes.duckdb", "these are my notes, not a database\n".repeat(200));

        assertThatThrownBy(() -> RunStore.open(notes))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("notes.duckdb is not a Shiftlens workspace");
        assertThat(Files.readString(notes)).startsWith("these are my notes");
    }

    @Test
    void reopeningAWorkspaceKeepsItsRuns() throws IOException {
        Path input = write("good.jsonl", GOOD_1 + "\n");
        try (RunStore store = store()) {
            store.importPairs(input, "first", ProgressListener.NONE, Cancellation.none());
        }
        try (RunStore again = store()) {
            assertThat(again.runs()).extracting(RunInfo::name).containsExactly("first");
        }
    }
}
