// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

import dev.shiftlens.analysis.ingest.ColumnMapping;
import dev.shiftlens.analysis.ingest.ImportPlan;
import dev.shiftlens.analysis.ingest.JoinKey;
import dev.shiftlens.analysis.ingest.SourceFile;
import dev.shiftlens.analysis.ingest.SourceSample;
import dev.shiftlens.connectors.logformat.InferredMapping;
import dev.shiftlens.connectors.logformat.LogFormats;
import dev.shiftlens.connectors.logformat.MappingException;
import dev.shiftlens.connectors.logformat.MappingPreview;
import dev.shiftlens.storage.RunStore;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The options that say what to import, shared by {@code analyze} and {@code import}, and how they
 * become an {@link ImportPlan}: each file's shape is inferred from its first rows by the connectors'
 * log formats, {@code --map} overrides, and the mapping is checked before any work starts.
 */
final class ImportOptions {

    @Option(names = "--input", paramLabel = "FILE",
            description = {"A log: paired records (JSONL, CSV or Parquet; .gz/.zst), an OpenAI-style or OpenTelemetry GenAI log,",
                    "or one log spanning a model change (split into before/after). The shape is inferred; see --preview."})
    Path input;

    @Option(names = "--baseline", paramLabel = "FILE", description = "The baseline model's log, joined with --candidate's.")
    Path baseline;

    @Option(names = "--candidate", paramLabel = "FILE", description = "The candidate model's log, joined with --baseline's.")
    Path candidate;

    @Option(names = "--map", paramLabel = "FIELD=PATH,...",
            description = {"Override the inferred column mapping: query=prompt,baseline_output=old.text,metadata.region=geo.region",
                    "(nested paths a.b[0].c, [-1] = last; FIELD= unmaps). Applies to --input, or to both per-model logs."})
    String map;

    @Option(names = "--join", defaultValue = "auto", paramLabel = "auto|request_id|query",
            description = "How per-model logs are paired: request id, normalised query, or id then query (auto, default).")
    String join;

    @Mixin
    CutoverOptions cutover = new CutoverOptions();

    @Option(names = "--preview", description = "Show the inferred shape, mapping and first rows, then stop without importing.")
    boolean preview;

    /** The options for one cutover log, as {@code match --input} takes them. */
    static ImportOptions cutoverLog(Path input, String map, CutoverOptions cutover) {
        ImportOptions options = new ImportOptions();
        options.input = input;
        options.map = map;
        options.cutover = cutover;
        return options;
    }

    /** A plan with the inference behind each file, for the preview and the console. */
    record Planned(ImportPlan plan, List<Inferred> files) {
    }

    /** One file's sample and the mapping chosen for it. */
    record Inferred(SourceSample sample, InferredMapping mapping) {
    }

    /** Checks the options alone, before any file or workspace is opened. */
    void validate() {
        if (input == null && (baseline == null || candidate == null)) {
            throw new UsageException("say what to import: --input FILE, or --baseline FILE --candidate FILE for two per-model logs.");
        }
        if (input != null && (baseline != null || candidate != null)) {
            throw new UsageException("give either --input or --baseline/--candidate, not both.");
        }
    }

    Planned plan(RunStore store) {
        validate();
        try {
            return input != null ? single(store) : perModel(store);
        } catch (MappingException | IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private Planned single(RunStore store) {
        Inferred file = infer(store, input);
        return new Planned(LogFormats.planFor(file.sample(), file.mapping(), cutover::split), List.of(file));
    }

    private Planned perModel(RunStore store) {
        Inferred base = infer(store, baseline);
        Inferred cand = infer(store, candidate);
        ImportPlan plan = LogFormats.planPerModel(base.sample(), base.mapping(), cand.sample(), cand.mapping(), joinKey());
        return new Planned(plan, List.of(base, cand));
    }

    private Inferred infer(RunStore store, Path file) {
        SourceSample sample = store.sample(SourceFile.of(file));
        return new Inferred(sample, LogFormats.inferWithOverrides(sample, Optional.ofNullable(map)));
    }

    private JoinKey joinKey() {
        return switch (join.toLowerCase(Locale.ROOT)) {
            case "auto" -> JoinKey.REQUEST_ID_THEN_QUERY;
            case "request_id", "id" -> JoinKey.REQUEST_ID;
            case "query" -> JoinKey.NORMALISED_QUERY;
            default -> throw new UsageException("--join " + join + ": use auto, request_id or query.");
        };
    }

    /** Prints what would be imported: per file, the shape, the mapping as a --map specification and the first rows. */
    static void printPreview(Console console, Planned planned, int rows) {
        String kind = switch (planned.plan()) {
            case ImportPlan.PairedLog p -> "paired log: imported as pairs";
            case ImportPlan.PerModelLogs p -> "two per-model logs: joined by " + p.join().name().toLowerCase(Locale.ROOT) + " into pairs";
            case ImportPlan.CutoverLog p -> "one output per row: stored as a cutover log (before/after), no pairs";
        };
        console.result("import shape: " + kind);
        for (Inferred file : planned.files()) {
            ColumnMapping mapping = file.mapping().mapping();
            console.result("%s: %s (%s)".formatted(file.sample().file().name(), file.mapping().format(), file.mapping().description()));
            console.result("  --map " + mapping.specification());
            List<String> columns = MappingPreview.columns(mapping);
            for (Map<String, String> row : MappingPreview.rows(file.sample(), mapping, rows)) {
                List<String> cells = new ArrayList<>();
                for (String column : columns) {
                    String value = row.getOrDefault(column, "").replaceAll("\\s+", " ");
                    cells.add(column + "=" + (value.length() > 60 ? value.substring(0, 60) + "…" : value));
                }
                console.result("  | " + String.join("  ", cells));
            }
        }
    }
}
