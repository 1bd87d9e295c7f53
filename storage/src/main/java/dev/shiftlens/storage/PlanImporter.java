// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shiftlens.analysis.ingest.ColumnMapping;
import dev.shiftlens.analysis.ingest.CutoverSplit;
import dev.shiftlens.analysis.ingest.ImportPlan;
import dev.shiftlens.analysis.ingest.SourceFile;
import dev.shiftlens.analysis.pii.PiiCount;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;
import org.duckdb.DuckDBConnection;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Executes an {@link ImportPlan} into a new run inside one transaction: mappings are checked against
 * each file's first rows before anything starts, then each file is staged, its fields extracted by
 * DuckDB, and the shape's assembly stores pairs or cutover entries, rejects (with file, line and
 * reason) and flags. Rows read = stored + rejected; a failure or cancel leaves no run behind.
 */
final class PlanImporter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DuckDBConnection connection;

    PlanImporter(DuckDBConnection connection) {
        this.connection = connection;
    }

    ImportReport importPlan(ImportPlan plan, String runName, ProgressListener progress, Cancellation cancel) throws SQLException {
        SourceSampler sampler = new SourceSampler(connection);
        List<ResolvedMapping> mappings = switch (plan) {
            case ImportPlan.PairedLog p -> List.of(ResolvedMapping.resolve(p.mapping(), sampler.sample(p.file())));
            case ImportPlan.PerModelLogs p -> List.of(ResolvedMapping.resolve(p.baselineMapping(), sampler.sample(p.baseline())),
                    ResolvedMapping.resolve(p.candidateMapping(), sampler.sample(p.candidate())));
            case ImportPlan.CutoverLog p -> List.of(ResolvedMapping.resolve(p.mapping(), sampler.sample(p.file())));
        };
        String sources = plan.files().stream().map(SourceFile::name).collect(Collectors.joining(" + "));
        connection.setAutoCommit(false);
        try {
            int runId = createRun(runName, plan);
            ImportWork work = new ImportWork(connection, runId);
            List<StagedSource> staged = stageAll(plan, mappings, progress.slice(0, 0.75), cancel);
            cancel.checkpoint();
            progress.update(0.8, "checking and storing rows");
            long read = staged.stream().mapToLong(StagedSource::rows).sum();
            Outcome outcome = assemble(plan, work, staged, mappings);
            cancel.checkpoint();
            if (outcome.stored() == 0) {
                throw new InputFileException(noUsableRowMessage(plan, read, work.firstRejects()));
            }
            work.explainInvalidJson();
            progress.update(0.9, "scanning for personal data");
            List<PiiCount> pii = plan instanceof ImportPlan.CutoverLog
                    ? PiiScan.scan(work, "log_entries", List.of("query", "output"))
                    : PiiScan.scan(work, "pairs", List.of("query", "baseline_output", "candidate_output"));
            cancel.checkpoint();
            finishRun(runId, read, outcome, settings(plan, outcome));
            ImportReport report = new ImportReport(runId, sources, read, outcome.stored(), read - outcome.stored(),
                    outcome.duplicates(), work.firstRejects(), outcome.pairs(), outcome.notes(), pii, work.flagCounts());
            connection.commit();
            progress.update(1.0, outcome.pairs() > 0 ? "imported %,d pairs".formatted(outcome.pairs())
                    : "imported %,d log entries".formatted(outcome.stored()));
            return report;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** What an assembly stored, in the terms the run and the report need. */
    private record Outcome(long stored, long pairs, long duplicates, List<String> notes, ObjectNode details) {
    }

    private List<StagedSource> stageAll(ImportPlan plan, List<ResolvedMapping> mappings, ProgressListener progress,
                                        Cancellation cancel) throws SQLException {
        SourceStaging staging = new SourceStaging(connection);
        List<SourceFile> files = plan.files();
        List<StagedSource> staged = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            ProgressListener slice = progress.slice((double) i / files.size(), (i + 1.0) / files.size());
            StagedSource source = staging.stage(files.get(i), "import_lines_" + i, slice, cancel);
            cancel.checkpoint();
            slice.update(1, "extracting the mapped fields of " + source.name());
            MappedRows.extract(connection, source, mappings.get(i), "import_rows_" + i);
            staged.add(source);
        }
        return staged;
    }

    private static Outcome assemble(ImportPlan plan, ImportWork work, List<StagedSource> staged, List<ResolvedMapping> mappings)
            throws SQLException {
        ObjectNode details = JSON.createObjectNode();
        Outcome outcome = switch (plan) {
            case ImportPlan.PairedLog p -> {
                PairedAssembly.Result r = PairedAssembly.assemble(work, staged.getFirst(), mappings.getFirst(), "import_rows_0");
                yield new Outcome(r.pairs(), r.pairs(), r.duplicates(), List.of(), details);
            }
            case ImportPlan.PerModelLogs p -> {
                JoinedAssembly.Result r = JoinedAssembly.assemble(work, staged.get(0), mappings.get(0), "import_rows_0",
                        staged.get(1), mappings.get(1), "import_rows_1", p.join());
                details.put("matched_by_request_id", r.matchedById()).put("matched_by_query", r.matchedByQuery())
                        .put("unmatched_baseline", r.unmatchedBaseline()).put("unmatched_candidate", r.unmatchedCandidate());
                String note = "paired %,d: %,d by request_id, %,d by normalised query; unmatched (in rejects): %,d baseline rows, %,d candidate rows"
                        .formatted(r.pairs(), r.matchedById(), r.matchedByQuery(), r.unmatchedBaseline(), r.unmatchedCandidate());
                yield new Outcome(2 * r.pairs(), r.pairs(), r.duplicates(), List.of(note), details);
            }
            case ImportPlan.CutoverLog p -> {
                CutoverAssembly.Result r = CutoverAssembly.assemble(work, staged.getFirst(), mappings.getFirst(), "import_rows_0", p.split());
                details.put("before", r.before()).put("after", r.after());
                List<String> notes = new ArrayList<>(r.sides());
                notes.add("stored as before/after log entries without pairs: pair them by replaying the queries against the old model "
                        + "or by matching similar queries");
                yield new Outcome(r.entries(), 0, r.duplicates(), notes, details);
            }
        };
        for (int i = 0; i < staged.size(); i++) {
            work.execute("DROP VIEW IF EXISTS import_rows_" + i);
            work.execute("DROP TABLE IF EXISTS " + staged.get(i).table());
        }
        return outcome;
    }

    private int createRun(String runName, ImportPlan plan) throws SQLException {
        String mode = plan instanceof ImportPlan.CutoverLog ? "cutover" : "import";
        String source = plan.files().stream().map(f -> f.path().toAbsolutePath().toString()).collect(Collectors.joining(" + "));
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO runs (name, mode, source, status) VALUES (?, ?, ?, 'imported') RETURNING run_id")) {
            insert.setString(1, runName);
            insert.setString(2, mode);
            insert.setString(3, source);
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private void finishRun(int runId, long read, Outcome outcome, String settings) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE runs SET rows_read = ?, rows_stored = ?, rows_rejected = ?, settings = ?::JSON WHERE run_id = ?")) {
            update.setLong(1, read);
            update.setLong(2, outcome.stored());
            update.setLong(3, read - outcome.stored());
            update.setString(4, settings);
            update.setInt(5, runId);
            update.executeUpdate();
        }
    }

    /** The plan as saved with the run ({@code runs.settings.import}): shape, files, mappings, join or split, outcome. */
    private static String settings(ImportPlan plan, Outcome outcome) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode imported = root.putObject("import");
        switch (plan) {
            case ImportPlan.PairedLog p -> {
                imported.put("shape", "paired");
                putFile(imported.putObject("file"), p.file(), p.mapping());
            }
            case ImportPlan.PerModelLogs p -> {
                imported.put("shape", "per-model");
                putFile(imported.putObject("baseline"), p.baseline(), p.baselineMapping());
                putFile(imported.putObject("candidate"), p.candidate(), p.candidateMapping());
                imported.put("join", p.join().name().toLowerCase(Locale.ROOT));
            }
            case ImportPlan.CutoverLog p -> {
                imported.put("shape", "cutover");
                putFile(imported.putObject("file"), p.file(), p.mapping());
                switch (p.split()) {
                    case CutoverSplit.ByTime(var at) -> imported.putObject("split").put("by", "timestamp").put("at", at.toString());
                    case CutoverSplit.ByVersion(var before) -> imported.putObject("split").put("by", "version")
                            .put("before", before.orElse("(earliest version)"));
                }
            }
        }
        imported.set("outcome", outcome.details());
        return root.toString();
    }

    private static void putFile(ObjectNode node, SourceFile file, ColumnMapping mapping) {
        node.put("path", file.path().toAbsolutePath().toString());
        node.put("format", file.format().name().toLowerCase(Locale.ROOT));
        node.put("compression", file.compression().name().toLowerCase(Locale.ROOT));
        node.put("mapping_origin", mapping.origin());
        node.put("mapping", mapping.specification());
        ObjectNode fields = node.putObject("fields");
        mapping.fields().forEach((field, path) -> fields.put(field.key(), path.toString()));
        ObjectNode segments = node.putObject("segments");
        mapping.segments().forEach((name, path) -> segments.put(name, path.toString()));
    }

    private static String noUsableRowMessage(ImportPlan plan, long read, List<RejectedRow> rejects) {
        String files = plan.files().stream().map(f -> f.path().toString()).collect(Collectors.joining(" and "));
        if (read == 0) {
            return files + " has no rows (only blank lines).";
        }
        StringBuilder message = new StringBuilder(files + " has no usable row (" + read + " read, all rejected). ");
        if (!rejects.isEmpty()) {
            RejectedRow first = rejects.getFirst();
            String reason = first.reason().equals("invalid JSON") ? ImportWork.jsonProblem(first.raw()) : first.reason();
            message.append("First problem: ").append(first.source()).append(':').append(first.line()).append(": ").append(reason);
        }
        return message.toString();
    }
}
