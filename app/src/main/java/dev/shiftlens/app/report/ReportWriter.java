// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.report;

import dev.shiftlens.analysis.gate.GateResult;
import dev.shiftlens.analysis.result.RunAnalysis;
import dev.shiftlens.analysis.work.ProgressListener;
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
        return write(runId, analysis, gate, formats, folder, ProgressListener.NONE);
    }

    /** As above, saying which file it is on (the workbench shows it; each file is one step). */
    public List<Path> write(int runId, RunAnalysis analysis, Optional<GateResult> gate, Set<ReportFormat> formats, Path folder,
                            ProgressListener progress) {
        List<Path> written = new ArrayList<>();
        Steps steps = new Steps(formats.size() + 1, progress);
        if (formats.contains(ReportFormat.JSON)) {
            Path file = folder.resolve("analysis.json");
            steps.start("analysis.json");
            AnalysisArtifact.write(file, store, runId, analysis, gate, options.redactor(), options.scope());
            written.add(file);
            steps.finish();
        }
        if (formats.contains(ReportFormat.HTML) || formats.contains(ReportFormat.MARKDOWN) || formats.contains(ReportFormat.CSV)) {
            steps.say("Reading the report's pairs and figures…");
            RunReport report = new RunReportLoader(store, options, clock).load(runId, analysis, gate);
            steps.finish();
            if (formats.contains(ReportFormat.HTML)) {
                steps.start("report.html");
                written.add(text(folder.resolve("report.html"), HtmlReport.render(report)));
                steps.finish();
            }
            if (formats.contains(ReportFormat.MARKDOWN)) {
                steps.start("report.md");
                written.add(text(folder.resolve("report.md"), MarkdownReport.render(report)));
                steps.finish();
            }
            if (formats.contains(ReportFormat.CSV)) {
                steps.start("clusters.csv and pairs.csv");
                Path clusters = folder.resolve("clusters.csv");
                CsvExport.writeClusters(clusters, report);
                Path pairs = folder.resolve("pairs.csv");
                CsvExport.writePairs(pairs, store, runId, analysis, options);
                written.add(clusters);
                written.add(pairs);
                steps.finish();
            }
        }
        progress.update(1, "Wrote " + written.size() + " files");
        return written;
    }

    /** Progress by file: each file (and reading what the reports show) is one equal step. */
    private static final class Steps {
        private final int total;
        private final ProgressListener progress;
        private int finished;

        Steps(int total, ProgressListener progress) {
            this.total = total;
            this.progress = progress;
        }

        void start(String file) {
            say("Writing " + file + "…");
        }

        void say(String message) {
            progress.update((double) finished / total, message);
        }

        void finish() {
            finished++;
        }
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
