// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

import dev.shiftlens.analysis.result.ClusterSummary;
import dev.shiftlens.analysis.result.RunAnalysis;
import dev.shiftlens.app.report.ReportScope;
import dev.shiftlens.app.report.ReportWriter;
import dev.shiftlens.storage.RunInfo;
import dev.shiftlens.storage.RunStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the finding reports of an analysed run kept in a workspace: a self-contained HTML report,",
                "a Markdown report for tickets, analysis.json and CSV exports. Personal data is redacted unless --keep-pii."},
        footer = {"", "Exit codes: 0 written, 2 usage or input error (no such workspace, run or analysis), 3 runtime failure.",
                "", "Example: ./shiftlens report --workspace out/sample/workspace.duckdb --run 1 --out out/sample-report"})
final class ReportCommand implements Callable<Integer> {

    private final Console console;

    @Option(names = "--workspace", required = true, paramLabel = "FILE.duckdb", description = "Workspace holding the run.")
    Path workspace;

    @Option(names = "--run", paramLabel = "ID", description = "Run to report on (default: the newest analysed run).")
    Integer run;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the report files (created when missing).")
    Path out;

    @Mixin
    ReportOutputOptions report;

    @Option(names = "--clusters", split = ",", paramLabel = "ID,...",
            description = "Report only these clusters (ids as in analysis.json), e.g. --clusters 1,3; summary and segments stay the whole run's.")
    List<Integer> clusters = new ArrayList<>();

    ReportCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        var formats = report.formats(AnalyzeCommand.REPORT_FORMATS);
        var options = report.options();
        if (!Files.isRegularFile(workspace)) {
            throw new UsageException("workspace " + workspace + " does not exist. Name the .duckdb file analyze or gate wrote.");
        }
        Path folder = OutputFolder.prepare(out);
        try (RunStore store = Inputs.openWorkspace(workspace)) {
            int runId = run != null ? run : newestAnalysed(store);
            RunInfo info = store.run(runId).orElseThrow(() -> new UsageException("workspace " + workspace + " has no run " + runId
                    + "; its runs: " + store.runs().stream().map(r -> r.runId() + " (" + r.name() + ", " + r.status() + ")")
                    .collect(Collectors.joining(", "))));
            RunAnalysis analysis = store.analysis(runId).orElseThrow(() -> new UsageException("run " + runId + " (" + info.name()
                    + ") has not been analysed; open it in the workbench or run analyze on its input."));
            ReportScope scope = scope(analysis);
            var written = new ReportWriter(store, options.scoped(scope), Clock.systemUTC())
                    .write(runId, analysis, Optional.empty(), formats, folder);
            written.forEach(file -> console.result("wrote " + file));
            return ExitCode.PASS;
        }
    }

    private ReportScope scope(RunAnalysis analysis) {
        if (clusters.isEmpty()) {
            return ReportScope.WHOLE_RUN;
        }
        ReportScope scope = ReportScope.clusters(Set.copyOf(clusters));
        Set<Integer> known = analysis.clusters().stream().map(ClusterSummary::id).collect(Collectors.toSet());
        List<Integer> missing = scope.missingFrom(known);
        if (!missing.isEmpty()) {
            throw new UsageException("--clusters: the run has no cluster " + missing.stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")) + "; its clusters: " + (known.isEmpty() ? "none"
                    : known.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "))) + ".");
        }
        return scope;
    }

    private int newestAnalysed(RunStore store) {
        return store.runs().reversed().stream().filter(r -> store.analysis(r.runId()).isPresent()).findFirst()
                .map(RunInfo::runId)
                .orElseThrow(() -> new UsageException("workspace " + workspace + " has no analysed run."));
    }
}
