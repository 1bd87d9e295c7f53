// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.report;

import dev.shiftlens.analysis.manifest.RunManifests;
import dev.shiftlens.analysis.result.PairOutcome;
import dev.shiftlens.analysis.segment.ScopeFigures;
import dev.shiftlens.storage.RunInfo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Not a test: shows that the HTML report's size and render time do not grow with the run. Builds
 * synthetic runs of 1k, 100k and 1M pairs (10% in six clusters), samples and renders each, and
 * prints bytes and milliseconds; writes the reports to a folder for opening in a browser. The
 * command to run it is in docs/benchmarks.md.
 */
public final class ReportSizeBenchmark {

    private ReportSizeBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/report-benchmark"));
        for (int pairs : new int[] {1_000, 100_000, 1_000_000}) {
            List<PairOutcome> outcomes = synthetic(pairs);
            long start = System.nanoTime();
            RunReport.Scatter scatter = ScatterSampler.sample(outcomes, ReportOptions.DEFAULT_MAX_POINTS, 42);
            RunReport report = new RunReport(new RunInfo(1, "synthetic-" + pairs, "import", "synthetic", Instant.EPOCH,
                    "analysed", pairs, pairs, 0), "bench.duckdb", "bench", Instant.EPOCH,
                    ReportFixture.analysis().summary(), Map.of(), RunManifests.empty(), List.of(),
                    ScopeFigures.measure(ScopeFigures.ALL_TRAFFIC, outcomes, java.util.Set.of(0)), List.of(), Optional.empty(),
                    scatter, List.of(), true, ReportScope.WHOLE_RUN, List.of(), List.of());
            String html = HtmlReport.render(report);
            long millis = (System.nanoTime() - start) / 1_000_000;
            Path file = folder.resolve("report-" + pairs + ".html");
            Files.writeString(file, html);
            System.out.printf("%,9d pairs: %,6d points drawn, report %,8d bytes, sample+render %,5d ms -> %s%n",
                    pairs, scatter.points().size(), html.length(), millis, file);
        }
    }

    private static List<PairOutcome> synthetic(int pairs) {
        SplittableRandom random = new SplittableRandom(7);
        List<PairOutcome> outcomes = new ArrayList<>(pairs);
        for (int i = 0; i < pairs; i++) {
            boolean clustered = random.nextDouble() < 0.1;
            int cluster = clustered ? random.nextInt(6) : PairOutcome.NO_CLUSTER;
            double cx = clustered ? 10 * Math.cos(cluster) : 0;
            double cy = clustered ? 10 * Math.sin(cluster) : 0;
            outcomes.add(new PairOutcome(i, "r" + i, 0.1, clustered, cluster, cx + random.nextGaussian(),
                    cy + random.nextGaussian(), Map.of(), List.of()));
        }
        return outcomes;
    }
}
