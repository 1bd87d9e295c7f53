// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

import dev.shiftlens.analysis.embed.TextEmbedder;
import dev.shiftlens.analysis.result.Verdict;
import dev.shiftlens.app.report.ReportFormat;
import dev.shiftlens.app.report.ReportWriter;
import dev.shiftlens.connectors.endpoint.KeyResolver;
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
                "2 usage or input error (nothing analysed; also a cutover log, which is imported but has no pairs yet),",
                "3 runtime failure, 130 cancelled (Ctrl-C; the import in progress is rolled back).",
                "", "Examples: ./shiftlens analyze --input sample-data/incident/incident-export.jsonl --out out/sample --report",
                "          ./shiftlens analyze --baseline sample-data/incident/baseline.jsonl --candidate sample-data/incident/candidate.jsonl --out out/joined"})
final class AnalyzeCommand implements Callable<Integer> {

    static final String REPORT_FORMATS = "html,md,json,csv";

    private final Console console;
    private final KeyResolver keys;

    @Mixin
    ImportOptions what = new ImportOptions();

    @Mixin
    RunInputOptions run = new RunInputOptions();

    @Mixin
    ReportOutputOptions report = new ReportOutputOptions();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for analysis.json and reports (created when missing).")
    Path out;

    @Option(names = "--report", description = "Also write the reports next to analysis.json (formats from --format, default "
            + REPORT_FORMATS + ").")
    boolean writeReports;

    /** Needs no input or --out (help = true skips picocli's required-option check), so a user can start a policy file from it. */
    @Option(names = "--print-verdict-policy", help = true,
            description = "Print the verdict each kind of change gets (with --verdict-policy, as overridden) and exit.")
    boolean printVerdictPolicy;

    @Option(names = "--fail-on-regression", description = "Exit 1 when a cluster is labelled a regression (see `gate` for thresholds).")
    boolean failOnRegression;

    AnalyzeCommand(Console console, KeyResolver keys) {
        this.console = console;
        this.keys = keys;
    }

    @Override
    public Integer call() {
        if (printVerdictPolicy) {
            console.result("# kind: verdict (regression, improvement or neutral); docs/analysis.md, Verdict policy");
            console.result(run.settings().verdictPolicy().describe().stripTrailing());
            return ExitCode.PASS;
        }
        what.validate();
        run.settings(); // a bad setting or schema file is exit 2 before anything is imported
        TextEmbedder embedder = run.embedder(keys);
        Set<ReportFormat> formats = writeReports ? report.formats(REPORT_FORMATS) : EnumSet.of(ReportFormat.JSON);
        formats.add(ReportFormat.JSON);
        var options = report.options();
        Path folder = OutputFolder.prepare(out);
        CliProgress progress = new CliProgress(console);
        try (RunStore store = Inputs.openWorkspace(run.workspaceIn(out))) {
            ImportOptions.Planned planned = what.plan(store);
            if (what.preview) {
                ImportOptions.printPreview(console, planned, 5);
                return ExitCode.PASS;
            }
            return Interruption.run(cancel -> {
                int runId = AnalysedRun.importRun(store, planned, run, console, progress, cancel);
                AnalysedRun analysed = AnalysedRun.analyse(store, runId, run, embedder, progress, cancel);
                var written = new ReportWriter(store, options, Clock.systemUTC())
                        .write(runId, analysed.analysis(), Optional.empty(), formats, folder);
                analysed.reportClusters(console);
                written.forEach(file -> console.result("wrote " + file));
                boolean regression = analysed.analysis().clusters().stream().anyMatch(c -> c.verdict() == Verdict.REGRESSION);
                return failOnRegression && regression ? ExitCode.GATE_FAILED : ExitCode.PASS;
            });
        }
    }
}
