// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.report;

import dev.shiftlens.analysis.gate.GateResult;
import dev.shiftlens.analysis.result.RunAnalysis;
import dev.shiftlens.storage.RunStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Writes the chosen report files of one analysed run into a folder and says which. */
public final class ReportWriter {

    private final RunStore store;
    private final ReportOptions options;
    private final Clock clock;

    public ReportWriter(RunStore store, ReportOptions options, Clock clock) {
        this.store = store;
        this.options = options;
        this.clock = clock;
    }

    public List<Path> write(int runId, RunAnalysis analysis, Optional<GateResult> gate, Set<ReportFormat> formats, Path folder) {
        List<Path> written = new ArrayList<>();
        if (formats.contains(ReportFormat.JSON)) {
            Path file = folder.resolve("analysis.json");
            AnalysisArtifact.write(file, store, runId, analysis, gate, options.redactor(), options.scope());
            written.add(file);
        }
        if (formats.contains(ReportFormat.HTML) || formats.contains(ReportFormat.MARKDOWN) || formats.contains(ReportFormat.CSV)) {
            RunReport report = new RunReportLoader(store, options, clock).load(runId, analysis, gate);
            if (formats.contains(ReportFormat.HTML)) {
                written.add(text(folder.resolve("report.html"), HtmlReport.render(report)));
            }
            if (formats.contains(ReportFormat.MARKDOWN)) {
                written.add(text(folder.resolve("report.md"), MarkdownReport.render(report)));
            }
            if (formats.contains(ReportFormat.CSV)) {
                Path clusters = folder.resolve("clusters.csv");
                CsvExport.writeClusters(clusters, report);
                Path pairs = folder.resolve("pairs.csv");
                CsvExport.writePairs(pairs, store, runId, analysis, options);
                written.add(clusters);
                written.add(pairs);
            }
        }
        return written;
    }

    /** Written beside and moved into place, so a browser or CI upload never picks up half a file. */
    private static Path text(Path file, String content) {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            Files.writeString(partial, content, StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
