// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

import dev.shiftlens.analysis.result.Verdict;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.app.report.ReportFormat;
import dev.shiftlens.app.report.ReportWriter;
import dev.shiftlens.storage.RunStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Import a paired log, find where the candidate diverges from the baseline, cluster and label",
                "the divergences, and write DIR/analysis.json (with --report also report.html, report.md, CSVs).",
                "Every run is kept in the workspace file."},
        footer = {"", "Exit codes: 0 done, 1 --fail-on-regression and a regression cluster was found,",
                "2 usage or input error (nothing analysed), 3 runtime failure.",
                "", "Example: ./shiftlens analyze --input sample-data/incident/incident-export.jsonl --out out/sample --report"})
final class AnalyzeCommand implements Callable<Integer> {

    static final String REPORT_FORMATS = "html,md,json,csv";

    private final Console console;

    @Mixin
    RunInputOptions input;

    @Mixin
    ReportOutputOptions report;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for analysis.json and reports (created when missing).")
    Path out;

    @Option(names = "--report", description = "Also write the reports next to analysis.json (formats from --format, default "
            + REPORT_FORMATS + ").")
    boolean writeReports;

    @Option(names = "--fail-on-regression", description = "Exit 1 when a cluster is labelled a regression (see `gate` for thresholds).")
    boolean failOnRegression;

    AnalyzeCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        Set<ReportFormat> formats = writeReports ? report.formats(REPORT_FORMATS) : EnumSet.of(ReportFormat.JSON);
        formats.add(ReportFormat.JSON);
        var options = report.options();
        Path folder = OutputFolder.prepare(out);
        Cancellation cancel = new Cancellation();
        CliProgress progress = new CliProgress(console);
        try (RunStore store = Inputs.openWorkspace(input.workspaceIn(out))) {
            int runId = AnalysedRun.importRun(store, input, console, progress, cancel);
            AnalysedRun run = AnalysedRun.analyse(store, runId, input, progress, cancel);
            progress.update(1, "writing " + formats.size() + " report formats");
            var written = new ReportWriter(store, options, Clock.systemUTC()).write(runId, run.analysis(), Optional.empty(), formats, folder);
            run.reportClusters(console);
            written.forEach(file -> console.result("wrote " + file));
            boolean regression = run.analysis().clusters().stream().anyMatch(c -> c.verdict() == Verdict.REGRESSION);
            return failOnRegression && regression ? ExitCode.GATE_FAILED : ExitCode.PASS;
        }
    }
}
