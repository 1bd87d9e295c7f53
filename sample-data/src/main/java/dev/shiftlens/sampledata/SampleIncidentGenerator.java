// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.sampledata;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Regenerates the sample incident in all its shapes. The only class here that prints. */
@Command(name = "sample-incident", mixinStandardHelpOptions = true,
        description = "Writes the Shiftlens sample incident (paired JSONL, CSV, Parquet, per-model logs, cutover log, truth.csv).")
public final class SampleIncidentGenerator implements Callable<Integer> {

    /** Set by the exec-maven-plugin to this module's folder, so the default is right wherever mvn runs. */
    static final String MODULE_DIR_PROPERTY = "shiftlens.sampledata.dir";

    @Option(names = "--out", description = "Output folder (default: sample-data/incident).")
    Path out;

    @Option(names = "--seed", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed = SampleIncident.DEFAULT_SEED;

    @Option(names = "--scale", description = "Number of request pairs (default: ${DEFAULT-VALUE}).")
    long scale = SampleIncident.DEFAULT_PAIRS;

    @Option(names = "--skip-columnar", description = "Skip the DuckDB-written CSV and Parquet copies.")
    boolean skipColumnar;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int exit = new CommandLine(new SampleIncidentGenerator()).execute(args);
        if (exit != 0) {
            System.exit(exit);
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter console = spec.commandLine().getOut();
        if (scale < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--scale must be at least 1, was " + scale);
        }
        Path directory = out != null ? out : defaultDirectory();
        console.printf(Locale.ROOT, "Writing %,d pairs (seed %d) to %s%n", scale, seed, directory.toAbsolutePath());
        long start = System.nanoTime();
        long rows = IncidentExport.writeAll(SampleIncident.stream(seed, scale).iterator(), directory, seed,
                count -> {
                    if (count % 100_000 == 0) {
                        console.printf(Locale.ROOT, "  %,d pairs%n", count);
                        console.flush();
                    }
                });
        double textSeconds = seconds(start);
        console.printf(Locale.ROOT, "JSONL logs and truth.csv: %,d pairs in %.1f s%n", rows, textSeconds);
        if (!skipColumnar) {
            long columnarStart = System.nanoTime();
            ColumnarCopies.write(directory);
            console.printf(Locale.ROOT, "CSV and Parquet (DuckDB): %.1f s%n", seconds(columnarStart));
        }
        console.printf(Locale.ROOT, "Done in %.1f s%n", seconds(start));
        return 0;
    }

    private static Path defaultDirectory() {
        String moduleDir = System.getProperty(MODULE_DIR_PROPERTY);
        return moduleDir != null ? Path.of(moduleDir, "incident") : Path.of("sample-data", "incident");
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
