// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

import com.github.luben.zstd.ZstdOutputStream;
import dev.shiftlens.analysis.ingest.ColumnMapping;
import dev.shiftlens.analysis.ingest.CutoverSplit;
import dev.shiftlens.analysis.ingest.Field;
import dev.shiftlens.analysis.ingest.FieldPath;
import dev.shiftlens.analysis.ingest.ImportPlan;
import dev.shiftlens.analysis.ingest.JoinKey;
import dev.shiftlens.analysis.ingest.SourceFile;
import dev.shiftlens.analysis.pair.PairRecord;
import dev.shiftlens.analysis.pii.PiiCount;
import dev.shiftlens.analysis.pii.PiiKind;
import dev.shiftlens.analysis.segment.VersionSkew;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every log shape and every kind of bad input: nothing lost, each problem named with file, line and fix. */
class RunStoreShapesTest {

    @TempDir
    Path dir;

    private static final Path SAMPLE = Path.of("..", "sample-data", "incident");

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private RunStore store() {
        return RunStore.open(dir.resolve("workspace.duckdb"));
    }

    private static ImportReport reconciled(ImportReport report) {
        assertThat(report.rowsRead()).isEqualTo(report.rowsStored() + report.rowsRejected());
        return report;
    }

    private static ImportReport importPairs(RunStore store, Path file) {
        return reconciled(store.importPairs(file, file.getFileName().toString(), ProgressListener.NONE, Cancellation.none()));
    }

    private static ImportReport importPlan(RunStore store, ImportPlan plan) {
        return reconciled(store.importPlan(plan, "plan", ProgressListener.NONE, Cancellation.none()));
    }

    private static String pair(String id, Object baseline, Object candidate) {
        return "{\"request_id\":\"" + id + "\",\"query\":\"q " + id + "\",\"baseline_output\":" + baseline
                + ",\"candidate_output\":" + candidate + "}";
    }

    @Test
    void canonicalJsonlCsvAndParquetOfTheSampleIncidentImportTheSamePairs() {
        try (RunStore store = store()) {
            ImportReport jsonl = importPairs(store, SAMPLE.resolve("incident-export.jsonl"));
            ImportReport csv = importPairs(store, SAMPLE.resolve("incident-export.csv"));
            ImportReport parquet = importPairs(store, SAMPLE.resolve("incident-export.parquet"));

            assertThat(jsonl.rowsStored()).isEqualTo(3000);
            assertThat(csv.rowsStored()).isEqualTo(3000);
            assertThat(parquet.rowsStored()).isEqualTo(3000);
            PairRecord fromJsonl = store.pairs(jsonl.runId()).get(17);
            assertThat(store.pairs(csv.runId()).get(17)).isEqualTo(fromJsonl);
            assertThat(store.pairs(parquet.runId()).get(17)).isEqualTo(fromJsonl);
            assertThat(fromJsonl.metadata()).containsKeys("region", "tier", "language", "channel", "prompt_version");
        }
    }

    @Test
    void zstdCompressedJsonlIsRead() throws IOException {
        Path input = dir.resolve("pairs.jsonl.zst");
        try (OutputStream out = new ZstdOutputStream(Files.newOutputStream(input))) {
            out.write((pair("a", "\"x\"", "\"y\"") + "\n" + pair("b", "\"x\"", "\"z\"") + "\n").getBytes(StandardCharsets.UTF_8));
        }
        try (RunStore store = store()) {
            assertThat(importPairs(store, input).rowsStored()).isEqualTo(2);
        }
    }

    @Test
    void truncatedGzipIsAnInputErrorNamingTheFileAndTheCheckAndStoresNothing() throws IOException {
        Path whole = dir.resolve("whole.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(whole))) {
            for (int i = 0; i < 2000; i++) {
                out.write((pair("r" + i, "\"baseline " + i + "\"", "\"candidate " + i + "\"") + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = dir.resolve("cut.jsonl.gz");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));
        try (RunStore store = store()) {
            assertThatThrownBy(() -> store.importPairs(truncated, "cut", ProgressListener.NONE, Cancellation.none()))
                    .isInstanceOf(InputFileException.class)
                    .hasMessageContaining("cut.jsonl.gz")
                    .hasMessageContaining("gzip -t cut.jsonl.gz")
                    .hasMessageContaining("Nothing was imported");
            assertThat(store.runs()).isEmpty();
        }
    }

    @Test
    void twentyMegabyteOutputIsStoredWhole() throws IOException {
        String huge = "word ".repeat(4_000_000);
        Path input = write("huge.jsonl", pair("big", "\"" + huge + "\"", "\"short\"") + "\n" + pair("small", "\"a\"", "\"b\"") + "\n");
        try (RunStore store = store()) {
            ImportReport report = importPairs(store, input);

            assertThat(report.rowsStored()).isEqualTo(2);
            assertThat(store.pairs(report.runId()).getFirst().baselineOutput()).hasSize(huge.length());
        }
    }

    @Test
    void nullAndEmptyOutputsAreKeptAndFlagged() throws IOException {
        Path input = write("gaps.jsonl", String.join("\n", pair("n", "null", "\"answer\""), pair("e", "\"answer\"", "\"\""),
                "{\"request_id\":\"m\",\"query\":\"q\",\"baseline_output\":\"only baseline\"}", pair("ok", "\"a\"", "\"b\"")) + "\n");
        try (RunStore store = store()) {
            ImportReport report = importPairs(store, input);

            assertThat(report.rowsStored()).isEqualTo(4);
            assertThat(report.flags()).containsEntry("baseline_output missing or null; stored as empty", 1L)
                    .containsEntry("candidate_output empty", 1L)
                    .containsEntry("candidate_output missing or null; stored as empty", 1L);
            assertThat(store.pairs(report.runId()).getFirst().baselineOutput()).isEmpty();
        }
    }

    @Test
    void mixedTypesInAColumnAreReadAsTextAndUnreadableTimestampsFlagged() throws IOException {
        Path input = write("mixed.jsonl", String.join("\n",
                "{\"request_id\":7,\"query\":\"q1\",\"baseline_output\":\"a\",\"candidate_output\":{\"total\":3},\"timestamp\":1775433600,\"metadata\":{\"tier\":2}}",
                "{\"request_id\":\"r8\",\"query\":\"q2\",\"baseline_output\":42,\"candidate_output\":\"b\",\"timestamp\":\"2026-04-06T00:00:00Z\",\"metadata\":{\"tier\":\"gold\"}}",
                "{\"request_id\":\"r9\",\"query\":\"q3\",\"baseline_output\":\"a\",\"candidate_output\":\"b\",\"timestamp\":\"last tuesday\"}") + "\n");
        try (RunStore store = store()) {
            ImportReport report = importPairs(store, input);

            assertThat(report.rowsStored()).isEqualTo(3);
            var pairs = store.pairs(report.runId());
            assertThat(pairs.get(0).requestId()).isEqualTo("7");
            assertThat(pairs.get(0).candidateOutput()).isEqualTo("{\"total\":3}");
            assertThat(pairs.get(0).timestamp()).contains(Instant.parse("2026-04-06T00:00:00Z"));
            assertThat(pairs.get(0).metadata()).containsEntry("tier", "2");
            assertThat(pairs.get(1).baselineOutput()).isEqualTo("42");
            assertThat(pairs.get(2).timestamp()).isEmpty();
            assertThat(report.flags()).containsEntry("timestamp unreadable; stored without one", 1L);
        }
    }

    @Test
    void csvWithEmbeddedNewlinesAndQuotesIsReadAndABrokenLineIsRejectedWithItsLine() throws IOException {
        Path input = write("pairs.csv", String.join("\n",
                "request_id,query,baseline_output,candidate_output,metadata.region",
                "r1,\"Say \"\"hi\"\"\",\"Line one",
                "line two, with a comma\",\"He said \"\"hello\"\"\",eu-west",
                "r2,q2,a,b,us-east,extra,columns",
                "r3,q3,a,b,us-east") + "\n");
        try (RunStore store = store()) {
            ImportReport report = importPairs(store, input);

            assertThat(report.rowsRead()).isEqualTo(3);
            assertThat(report.rowsStored()).isEqualTo(2);
            PairRecord first = store.pairs(report.runId()).getFirst();
            assertThat(first.query()).isEqualTo("Say \"hi\"");
            assertThat(first.baselineOutput()).isEqualTo("Line one\nline two, with a comma");
            assertThat(first.metadata()).containsEntry("region", "eu-west");
            assertThat(report.firstRejects()).singleElement().satisfies(reject -> {
                assertThat(reject.describe()).startsWith("pairs.csv:3: too many columns");
                assertThat(reject.reason()).contains("fix the quoting or column count");
            });
        }
    }

    @Test
    void csvRecordsAfterABrokenLineKeepTheirOwnPositions() throws IOException {
        Path input = write("pairs.csv", String.join("\n",
                "request_id,query,baseline_output,candidate_output",
                "r1,q1,a,b",
                "r2,q2,a,b,extra",
                "r3,q3,,",
                "r1,q1 again,a,b",
                "r4,q4,a,b") + "\n");
        try (RunStore store = store()) {
            ImportReport report = importPairs(store, input);

            assertThat(report.rowsRead()).isEqualTo(5);
            assertThat(report.rowsStored()).isEqualTo(2);
            assertThat(report.firstRejects()).extracting(reject -> reject.describe().substring(0, reject.describe().indexOf(' ')))
                    .containsExactly("pairs.csv:3:", "pairs.csv:4:", "pairs.csv:5:");
        }
    }

    @Test
    void mappingNamingAMissingColumnFailsBeforeAnyWorkStarts() throws IOException {
        Path input = write("log.jsonl", "{\"prompt\":\"q\",\"old\":{\"text\":\"a\"},\"new\":{\"text\":\"b\"}}\n");
        ColumnMapping mapping = ColumnMapping.empty("test").overriddenBy("query=prompt,baseline_output=old.text,candidate_output=new.txt");
        try (RunStore store = store()) {
            assertThatThrownBy(() -> store.importPlan(new ImportPlan.PairedLog(SourceFile.of(input), mapping), "x",
                    ProgressListener.NONE, Cancellation.none()))
                    .isInstanceOf(InputFileException.class)
                    .hasMessageContaining("log.jsonl does not have: candidate_output=new.txt")
                    .hasMessageContaining("Fields in its first rows: prompt, old.text, new.text")
                    .hasMessageContaining("--map");
            assertThat(store.runs()).isEmpty();
        }
    }

    @Test
    void nestedPathsMapAnOpenAiStyleLog() throws IOException {
        String line = "{\"id\":\"%s\",\"request\":{\"model\":\"gpt-x\",\"messages\":[{\"role\":\"system\",\"content\":\"Be brief\"},"
                + "{\"role\":\"user\",\"content\":\"%s\"}]},\"response\":{\"model\":\"%s\",\"created\":1775433600,"
                + "\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":\"%s\"}}]}}";
        Path base = write("old.jsonl", line.formatted("c1", "Hi there", "gpt-old", "Hello!") + "\n"
                + line.formatted("c2", "Bye", "gpt-old", "Goodbye") + "\n");
        Path cand = write("new.jsonl", line.formatted("x9", "hi there!", "gpt-new", "Hey") + "\n"
                + line.formatted("c2", "Bye", "gpt-new", "See you") + "\n");
        ColumnMapping mapping = ColumnMapping.empty("openai").overriddenBy(
                "request_id=id,query=request.messages[-1].content,output=response.choices[0].message.content,model=response.model,timestamp=response.created");
        try (RunStore store = store()) {
            ImportReport report = importPlan(store, new ImportPlan.PerModelLogs(SourceFile.of(base), mapping, SourceFile.of(cand),
                    mapping, JoinKey.REQUEST_ID_THEN_QUERY));

            assertThat(report.pairs()).isEqualTo(2);
            assertThat(report.rowsStored()).isEqualTo(4);
            assertThat(report.notes()).containsExactly(
                    "paired 2: 1 by request_id, 1 by normalised query; unmatched (in rejects): 0 baseline rows, 0 candidate rows");
            assertThat(store.pairs(report.runId())).extracting(PairRecord::query, PairRecord::baselineOutput, PairRecord::candidateOutput,
                            PairRecord::candidateModel)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Hi there", "Hello!", "Hey", "gpt-new"),
                            org.assertj.core.groups.Tuple.tuple("Bye", "Goodbye", "See you", "gpt-new"));
            assertThat(store.runSettings(report.runId())).contains("\"shape\":\"per-model\"")
                    .contains("query=request.messages[-1].content");
        }
    }

    @Test
    void perModelLogsOfTheSampleIncidentJoinOnRequestIdAndUnmatchedRowsStayVisible() throws IOException {
        Path candidate = dir.resolve("candidate.jsonl");
        var lines = Files.readAllLines(SAMPLE.resolve("candidate.jsonl"));
        Files.write(candidate, lines.subList(0, 2990));
        ColumnMapping mapping = ColumnMapping.empty("per-model").overriddenBy(
                "request_id=request_id,query=query,output=output,model=model,timestamp=timestamp,metadata=metadata");
        try (RunStore store = store()) {
            ImportReport report = importPlan(store, new ImportPlan.PerModelLogs(SourceFile.of(SAMPLE.resolve("baseline.jsonl")), mapping,
                    SourceFile.of(candidate), mapping, JoinKey.REQUEST_ID));

            assertThat(report.pairs()).isEqualTo(2990);
            assertThat(report.rowsRejected()).isEqualTo(10);
            assertThat(report.firstRejects().getFirst().describe()).startsWith("baseline.jsonl:2991: unmatched: no candidate row with the same request_id");
            PairRecord first = store.pairs(report.runId()).getFirst();
            assertThat(first.baselineModel()).isEqualTo("prod-2026-03");
            assertThat(first.candidateModel()).isEqualTo("cand-2026-04");
            assertThat(first.metadata()).containsEntry("prompt_version", "v47");
            assertThat(store.versionSkew(report.runId())).extracting(VersionSkew::segmentValue).contains("eu-west");
        }
    }

    @Test
    void cutoverLogIsSplitByVersionOrByTimeWithoutPairs() {
        ColumnMapping mapping = ColumnMapping.empty("per-model").overriddenBy(
                "request_id=request_id,query=query,output=output,version=model_version,timestamp=timestamp,metadata=metadata");
        SourceFile cutover = SourceFile.of(SAMPLE.resolve("cutover.jsonl"));
        try (RunStore store = store()) {
            ImportReport byVersion = importPlan(store, new ImportPlan.CutoverLog(cutover, mapping, new CutoverSplit.ByVersion(Optional.empty())));
            ImportReport byTime = importPlan(store, new ImportPlan.CutoverLog(cutover, mapping,
                    new CutoverSplit.ByTime(Instant.parse("2026-04-06T00:00:00Z"))));

            assertThat(byVersion.pairs()).isZero();
            assertThat(byVersion.rowsStored()).isEqualTo(3000);
            Map<String, Long> sides = store.logEntrySides(byVersion.runId());
            assertThat(sides).isEqualTo(store.logEntrySides(byTime.runId()));
            assertThat(sides.get("before") + sides.get("after")).isEqualTo(3000);
            assertThat(byVersion.notes().getFirst()).startsWith("before: " + String.format("%,d", sides.get("before")) + " entries, version prod-2026-03");
            assertThat(store.run(byVersion.runId())).hasValueSatisfying(run -> assertThat(run.mode()).isEqualTo("cutover"));
            assertThat(store.pairCount(byVersion.runId())).isZero();
        }
    }

    @Test
    void parquetWithAnUnexpectedSchemaNamesWhatItHasAndWhatIsMissing() throws SQLException {
        Path parquet = dir.resolve("odd.parquet");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            statement.execute("COPY (SELECT 'r1' AS id, 'hello' AS text, 3 AS score) TO '" + parquet + "' (FORMAT parquet)");
        }
        try (RunStore store = store()) {
            assertThatThrownBy(() -> store.importPairs(parquet, "odd", ProgressListener.NONE, Cancellation.none()))
                    .isInstanceOf(InputFileException.class)
                    .hasMessageContaining("odd.parquet does not have: query=query, baseline_output=baseline_output, candidate_output=candidate_output")
                    .hasMessageContaining("Its columns: id, text, score");
            assertThat(store.runs()).isEmpty();
        }
    }

    @Test
    void personalDataIsCountedPerFieldAndStoredWithTheRun() throws IOException {
        Path input = write("pii.jsonl", String.join("\n",
                pair("1", "\"Write to jane.doe@example.com\"", "\"Call +44 20 7946 0958\"").replace("q 1", "my card is 4111 1111 1111 1111"),
                pair("2", "\"Your key sk-abcdefghijklmnopqrstuvwx\"", "\"no secrets\""),
                pair("3", "\"tracking 1Z07746168117644\"", "\"order W99267141\"")) + "\n");
        try (RunStore store = store()) {
            ImportReport report = importPairs(store, input);

            assertThat(report.pii()).containsExactlyInAnyOrder(
                    new PiiCount("query", PiiKind.CARD_NUMBER, 1),
                    new PiiCount("baseline_output", PiiKind.EMAIL, 1),
                    new PiiCount("baseline_output", PiiKind.API_KEY, 1),
                    new PiiCount("candidate_output", PiiKind.PHONE, 1));
            assertThat(store.piiCounts(report.runId())).containsExactlyInAnyOrderElementsOf(report.pii());
        }
    }

    @Test
    void versionSkewOfTheSampleIncidentIsEuWestOnV46OnDaysThreeToSeven() {
        try (RunStore store = store()) {
            ImportReport report = importPairs(store, SAMPLE.resolve("incident-export.jsonl"));

            assertThat(store.versionSkew(report.runId())).singleElement().satisfies(skew -> {
                assertThat(skew.segmentField()).isEqualTo("region");
                assertThat(skew.segmentValue()).isEqualTo("eu-west");
                assertThat(skew.versionField()).isEqualTo("prompt_version");
                assertThat(skew.versions()).containsExactly("v46", "v47");
                assertThat(skew.rows()).isEqualTo(233);
                assertThat(skew.days()).isEqualTo(5);
                assertThat(skew.from().orElseThrow().toString()).startsWith("2026-04-08");
                assertThat(skew.to().orElseThrow().toString()).startsWith("2026-04-12");
            });
        }
    }

    @Test
    void fieldPathsWithDotsInKeysResolveAgainstTheRow() throws IOException {
        Path input = write("spans.jsonl", "{\"span_id\":\"s1\",\"attributes\":{\"gen_ai.prompt.0.content\":\"q\",\"gen_ai.completion.0.content\":\"a\"}}\n");
        ColumnMapping mapping = ColumnMapping.empty("otel")
                .with(Field.REQUEST_ID, FieldPath.parse("span_id"))
                .with(Field.QUERY, FieldPath.parse("attributes.gen_ai.prompt.0.content"))
                .with(Field.OUTPUT, FieldPath.parse("attributes.gen_ai.completion.0.content"))
                .with(Field.TIMESTAMP, FieldPath.parse("span_id"));
        try (RunStore store = store()) {
            ImportReport report = importPlan(store, new ImportPlan.CutoverLog(SourceFile.of(input), mapping.without(Field.TIMESTAMP)
                    .with(Field.VERSION, FieldPath.parse("span_id")), new CutoverSplit.ByVersion(Optional.empty())));

            assertThat(report.rowsStored()).isEqualTo(1);
        }
    }
}
