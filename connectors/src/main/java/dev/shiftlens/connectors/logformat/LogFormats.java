// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.logformat;

import dev.shiftlens.analysis.ingest.ColumnMapping;
import dev.shiftlens.analysis.ingest.CutoverSplit;
import dev.shiftlens.analysis.ingest.Field;
import dev.shiftlens.analysis.ingest.ImportPlan;
import dev.shiftlens.analysis.ingest.JoinKey;
import dev.shiftlens.analysis.ingest.SourceSample;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The known log formats, tried in order: the first that recognises a sample names its mapping. */
public final class LogFormats {

    /** Most specific first: a canonical export also has a {@code query}, an OpenAI log may also have {@code output}. */
    public static final List<LogFormat> KNOWN = List.of(
            new CanonicalPairedFormat(), new OpenAiChatFormat(), new OtelGenAiSpanFormat(), new PerModelLogFormat());

    private static final int FIELDS_LISTED = 25;

    private LogFormats() {
    }

    /** The first known format the sample is, or a {@link MappingException} listing its fields and how to map them. */
    public static InferredMapping infer(SourceSample sample) {
        for (LogFormat format : KNOWN) {
            Optional<ColumnMapping> mapping = format.recognise(sample);
            if (mapping.isPresent()) {
                return new InferredMapping(format.name(), format.description(), format.rowShape(), mapping.get());
            }
        }
        throw new MappingException(sample.file().name() + ": not a log shape Shiftlens knows (" + knownNames() + "). "
                + fieldsFound(sample) + " Say which field is which with --map, e.g. --map query=prompt,"
                + "baseline_output=old.text,candidate_output=new.text (docs/import.md).");
    }

    /**
     * Inferred where possible, then {@code overrides} applied; with no recognisable shape the overrides
     * alone must make a complete mapping.
     */
    public static InferredMapping inferWithOverrides(SourceSample sample, Optional<String> overrides) {
        if (sample.rows().isEmpty() && overrides.isEmpty()) {
            // nothing to infer from: import as the canonical record, so each row's rejection says what is wrong with it
            ColumnMapping canonical = ColumnMapping.empty("canonical (no JSON object in the first rows)")
                    .overriddenBy("query=query,baseline_output=baseline_output,candidate_output=candidate_output,request_id=request_id")
                    .withOrigin("canonical (no JSON object in the first rows)");
            return new InferredMapping("canonical", "no JSON object in the first rows", RowShape.PAIRED, canonical);
        }
        InferredMapping inferred;
        try {
            inferred = infer(sample);
        } catch (MappingException unknown) {
            if (overrides.isEmpty()) {
                throw unknown;
            }
            ColumnMapping given = ColumnMapping.empty("given").overriddenBy(overrides.get()).withOrigin("given with --map");
            RowShape shape = given.has(Field.BASELINE_OUTPUT) || given.has(Field.CANDIDATE_OUTPUT) ? RowShape.PAIRED : RowShape.SINGLE_OUTPUT;
            return new InferredMapping("custom", "mapped with --map", shape, given);
        }
        if (overrides.isEmpty()) {
            return inferred;
        }
        ColumnMapping edited;
        try {
            edited = inferred.mapping().overriddenBy(overrides.get());
        } catch (IllegalArgumentException e) {
            throw new MappingException(e.getMessage(), e);
        }
        RowShape shape = edited.has(Field.BASELINE_OUTPUT) || edited.has(Field.CANDIDATE_OUTPUT) ? RowShape.PAIRED
                : edited.has(Field.OUTPUT) ? RowShape.SINGLE_OUTPUT : inferred.rowShape();
        return new InferredMapping(inferred.format(), inferred.description(), shape, edited);
    }

    /**
     * The sample read as {@code formatName} (one of {@link #KNOWN}) when the user overrides the
     * inferred shape: that format's mapping where it recognises the sample, else an empty mapping of
     * its row shape for the user to fill in.
     */
    public static InferredMapping inferAs(String formatName, SourceSample sample) {
        LogFormat format = KNOWN.stream().filter(known -> known.name().equals(formatName)).findFirst()
                .orElseThrow(() -> new MappingException("`" + formatName + "` is not a log shape Shiftlens knows (" + knownNames() + ")."));
        ColumnMapping mapping = format.recognise(sample).orElseGet(() -> ColumnMapping.empty("chosen: " + format.name()));
        return new InferredMapping(format.name(), format.description(), format.rowShape(), mapping);
    }

    /**
     * The plan for one log under {@code inferred}, checked against its sample first: rows with both
     * outputs become pairs; one output per row is a cutover log split by {@code split} (asked only then).
     */
    public static ImportPlan planFor(SourceSample sample, InferredMapping inferred, Supplier<CutoverSplit> split) {
        check(sample, inferred.rowShape(), inferred.mapping());
        return inferred.rowShape() == RowShape.PAIRED
                ? new ImportPlan.PairedLog(sample.file(), inferred.mapping())
                : new ImportPlan.CutoverLog(sample.file(), inferred.mapping(), split.get());
    }

    /**
     * The plan for two per-model logs joined by {@code join}, each checked against its sample first;
     * a file whose rows hold both outputs is refused, since it has no one output to pair.
     */
    public static ImportPlan planPerModel(SourceSample baseline, InferredMapping baselineMapping, SourceSample candidate,
                                          InferredMapping candidateMapping, JoinKey join) {
        if (baseline.file().path().toAbsolutePath().normalize().equals(candidate.file().path().toAbsolutePath().normalize())) {
            throw new MappingException(baseline.file().name() + " is both the baseline and the candidate log: choose each model's own log.");
        }
        checkOneOutputPerRow(baseline, baselineMapping);
        checkOneOutputPerRow(candidate, candidateMapping);
        return new ImportPlan.PerModelLogs(baseline.file(), baselineMapping.mapping(), candidate.file(), candidateMapping.mapping(), join);
    }

    private static void checkOneOutputPerRow(SourceSample sample, InferredMapping inferred) {
        if (inferred.rowShape() != RowShape.SINGLE_OUTPUT) {
            throw new MappingException(sample.file().name() + " holds both outputs per row (" + inferred.format()
                    + "); import it alone, or map its one output (output=FIELD).");
        }
        check(sample, RowShape.SINGLE_OUTPUT, inferred.mapping());
    }

    /**
     * Checks that {@code mapping} has what {@code shape} needs and that every path it names is in the
     * sample, so a bad mapping fails before any work starts.
     */
    public static void check(SourceSample sample, RowShape shape, ColumnMapping mapping) {
        List<String> problems = new ArrayList<>();
        if (!mapping.has(Field.QUERY)) {
            problems.add("no `query` mapped (query=FIELD)");
        }
        if (shape == RowShape.PAIRED && !mapping.has(Field.BASELINE_OUTPUT) && !mapping.has(Field.CANDIDATE_OUTPUT)) {
            problems.add("no output mapped (baseline_output=FIELD and/or candidate_output=FIELD)");
        }
        if (shape == RowShape.SINGLE_OUTPUT && !mapping.has(Field.OUTPUT)) {
            problems.add("no `output` mapped (output=FIELD)");
        }
        mapping.fields().forEach((field, path) -> {
            if (!sample.rows().isEmpty() && !sample.has(path)) {
                problems.add("`" + field.key() + "=" + path + "`: " + sample.file().name() + " has no field `" + path + "`");
            }
        });
        mapping.segments().forEach((name, path) -> {
            if (!sample.rows().isEmpty() && !sample.has(path)) {
                problems.add("`metadata." + name + "=" + path + "`: " + sample.file().name() + " has no field `" + path + "`");
            }
        });
        if (!problems.isEmpty()) {
            throw new MappingException("mapping for " + sample.file().name() + " cannot be used: " + String.join("; ", problems)
                    + ". " + fieldsFound(sample) + " Fix it with --map FIELD=PATH (nested: a.b[0].c).");
        }
    }

    static String fieldsFound(SourceSample sample) {
        if (sample.rows().isEmpty()) {
            return "No JSON object found in its first rows.";
        }
        List<String> paths = new ArrayList<>(sample.fieldPaths());
        String listed = paths.stream().limit(FIELDS_LISTED).collect(Collectors.joining(", "));
        return "Fields in its first rows: " + listed + (paths.size() > FIELDS_LISTED ? ", ... (" + paths.size() + " in all)." : ".");
    }

    private static String knownNames() {
        return KNOWN.stream().map(LogFormat::name).collect(Collectors.joining(", "));
    }
}
