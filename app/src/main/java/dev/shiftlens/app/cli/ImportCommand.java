// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

import dev.shiftlens.storage.ImportReport;
import dev.shiftlens.storage.RunStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import a log into a workspace without analysing it: paired records, two per-model logs,",
                "or one log spanning a model change. Prints how every row was used (stored or rejected, and why)."},
        footer = {"", "Exit codes: 0 imported, 2 usage or input error (nothing imported), 130 cancelled (nothing imported).",
                "", "Examples:",
                "  ./shiftlens import --input sample-data/incident/incident-export.csv --workspace ws.duckdb",
                "  ./shiftlens import --baseline sample-data/incident/baseline.jsonl --candidate sample-data/incident/candidate.jsonl --workspace ws.duckdb",
                "  ./shiftlens import --input logs.jsonl --map query=prompt,baseline_output=old.text,candidate_output=new.text --preview"})
final class ImportCommand implements Callable<Integer> {

    private final Console console;

    @Mixin
    ImportOptions what = new ImportOptions();

    @Option(names = "--workspace", required = true, paramLabel = "FILE.duckdb", description = "Workspace to keep the run in (created when missing).")
    Path workspace;

    @Option(names = "--name", paramLabel = "NAME", description = "Run name (default: the file name).")
    String name;

    @Option(names = "--strict", description = "Treat any rejected row as an input error (exit 2); the run is kept.")
    boolean strict;

    ImportCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        what.validate();
        try (RunStore store = Inputs.openWorkspace(workspace)) {
            ImportOptions.Planned planned = what.plan(store);
            if (what.preview) {
                ImportOptions.printPreview(console, planned, 5);
                return ExitCode.PASS;
            }
            String runName = name != null ? name : planned.plan().files().getFirst().name();
            ImportReport imported = Interruption.run(cancel -> store.importPlan(planned.plan(), runName, new CliProgress(console), cancel));
            ImportReporting.print(console, imported, store.versionSkew(imported.runId()));
            console.result("run %d in %s: %,d rows read = %,d stored + %,d rejected".formatted(imported.runId(), store.file(),
                    imported.rowsRead(), imported.rowsStored(), imported.rowsRejected()));
            return strict && imported.rowsRejected() > 0 ? ExitCode.USAGE_OR_INPUT : ExitCode.PASS;
        }
    }
}
