// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

import dev.shiftlens.analysis.work.CancelledException;
import dev.shiftlens.app.report.ToolVersion;
import dev.shiftlens.connectors.endpoint.KeyResolver;
import dev.shiftlens.storage.InputFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;

/** {@code shiftlens}: the workbench by default, headless subcommands for scripts and CI. */
@Command(name = "shiftlens", mixinStandardHelpOptions = true, versionProvider = ShiftlensCommand.Version.class,
        description = {"Find what changed between two model versions, for which requests, and whether it is a regression.",
                "Without a subcommand: opens the workbench (needs a display)."},
        subcommands = {AnalyzeCommand.class, ImportCommand.class, GateCommand.class, ReportCommand.class, ReplayCommand.class,
                MatchCommand.class, TestServerCommand.class, BenchCommand.class, ShiftlensCommand.WorkbenchCommand.class})
public final class ShiftlensCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ShiftlensCommand.class);

    /** Opens the workbench on an optional workspace and file to import; supplied by the app's entry point. */
    public interface WorkbenchLauncher extends BiConsumer<Optional<Path>, Optional<Path>> {
    }

    private final WorkbenchLauncher workbench;

    private ShiftlensCommand(WorkbenchLauncher workbench) {
        this.workbench = workbench;
    }

    /** Without arguments: the workbench on the bundled sample incident, as a newcomer expects. */
    @Override
    public Integer call() {
        workbench.accept(Optional.empty(), bundledSample());
        return ExitCode.PASS;
    }

    /** The sample incident beside the launcher or installed app ({@code -Dshiftlens.home}), when present. */
    static Optional<Path> bundledSample() {
        return Optional.ofNullable(System.getProperty("shiftlens.home"))
                .map(home -> Path.of(home, "sample-data", "incident", "incident-export.jsonl"))
                .filter(java.nio.file.Files::isRegularFile);
    }

    /** Runs the command line and returns the process exit code. */
    public static int run(String[] args, Console console, WorkbenchLauncher workbench) {
        return run(args, console, workbench, KeyResolver.system());
    }

    /** As {@link #run(String[], Console, WorkbenchLauncher)}, with where API keys are looked up (tests give their own). */
    public static int run(String[] args, Console console, WorkbenchLauncher workbench, KeyResolver keys) {
        CommandLine commandLine = new CommandLine(new ShiftlensCommand(workbench), new Factory(console, workbench, keys));
        commandLine.setOut(console.out()).setErr(console.err());
        commandLine.setExecutionExceptionHandler((exception, line, parsed) -> handle(exception, console));
        return commandLine.execute(args);
    }

    private static int handle(Exception exception, Console console) {
        return switch (exception) {
            case UsageException e -> {
                console.error(e.getMessage());
                yield ExitCode.USAGE_OR_INPUT;
            }
            case InputFileException e -> {
                console.error(e.userMessage());
                yield ExitCode.USAGE_OR_INPUT;
            }
            case CancelledException e -> {
                console.error("cancelled; runs already stored are kept.");
                yield ExitCode.CANCELLED;
            }
            default -> {
                LOG.error("unexpected failure", exception);
                console.error("failed: " + exception.getMessage()
                        + "\n  This is a bug or an environment problem; the details above help to report it.");
                yield ExitCode.RUNTIME_FAILURE;
            }
        };
    }

    @Command(name = "workbench", mixinStandardHelpOptions = true,
            description = "Open the workbench window, optionally on a workspace and importing a log.")
    static final class WorkbenchCommand implements Callable<Integer> {

        private final WorkbenchLauncher launcher;

        @Option(names = "--workspace", paramLabel = "FILE.duckdb", description = "Workspace to open (created when missing).")
        Path workspace;

        @Option(names = "--input", paramLabel = "FILE", description = "Log to import and analyse on opening (skipped when already imported).")
        Path input;

        WorkbenchCommand(WorkbenchLauncher launcher) {
            this.launcher = launcher;
        }

        @Override
        public Integer call() {
            launcher.accept(Optional.ofNullable(workspace), Optional.ofNullable(input));
            return ExitCode.PASS;
        }
    }

    /** Hands each command what it needs; picocli otherwise requires no-argument constructors. */
    private record Factory(Console console, WorkbenchLauncher workbench, KeyResolver keys) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == AnalyzeCommand.class) {
                return type.cast(new AnalyzeCommand(console, keys));
            }
            if (type == ImportCommand.class) {
                return type.cast(new ImportCommand(console));
            }
            if (type == GateCommand.class) {
                return type.cast(new GateCommand(console, keys));
            }
            if (type == ReportCommand.class) {
                return type.cast(new ReportCommand(console));
            }
            if (type == ReplayCommand.class) {
                return type.cast(new ReplayCommand(console, keys));
            }
            if (type == MatchCommand.class) {
                return type.cast(new MatchCommand(console, keys));
            }
            if (type == TestServerCommand.class) {
                return type.cast(new TestServerCommand(console));
            }
            if (type == BenchCommand.Accuracy.class) {
                return type.cast(new BenchCommand.Accuracy(console));
            }
            if (type == WorkbenchCommand.class) {
                return type.cast(new WorkbenchCommand(workbench));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"shiftlens " + ToolVersion.current()};
        }
    }
}
