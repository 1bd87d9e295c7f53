// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.report;

import dev.shiftlens.analysis.gate.GateResult;
import dev.shiftlens.analysis.manifest.RunManifests;
import dev.shiftlens.analysis.result.AnalysisSummary;
import dev.shiftlens.analysis.result.ClusterSummary;
import dev.shiftlens.analysis.result.Verdict;
import dev.shiftlens.analysis.segment.ScopeFigures;
import dev.shiftlens.analysis.segment.SegmentRow;
import dev.shiftlens.analysis.segment.VersionSkew;
import dev.shiftlens.app.diff.WordDiff;
import dev.shiftlens.storage.RunInfo;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a finding report shows, already sampled and redacted; renderers only lay it out and
 * escape. Built by {@link RunReportLoader} from the stored analysis and the run store.
 *
 * @param workspace   the workspace file, as text
 * @param scatter     the sampled points and how many pairs there were in all
 * @param rejects     the first rejected rows, described; {@code run.rowsRejected()} has the total
 * @param redacted    whether personal data was redacted (false only with --keep-pii)
 * @param scope       which clusters the report lists ({@code clusters} holds only those)
 * @param versionSkew windows in which a segment was served another version than the rest (from the import)
 * @param earlierFindings the reviewer's findings about clusters a re-analysis did not find again, one line each
 */
public record RunReport(RunInfo run, String workspace, String toolVersion, Instant generatedAt,
                        AnalysisSummary summary, Map<String, String> settings, RunManifests manifests,
                        List<Cluster> clusters, ScopeFigures overall, List<SegmentRow> segments,
                        Optional<GateResult> gate, Scatter scatter, List<String> rejects, boolean redacted,
                        ReportScope scope, List<VersionSkew> versionSkew, List<String> earlierFindings) {

    public RunReport {
        settings = Map.copyOf(settings);
        clusters = List.copyOf(clusters);
        segments = List.copyOf(segments);
        rejects = List.copyOf(rejects);
        versionSkew = List.copyOf(versionSkew);
        earlierFindings = List.copyOf(earlierFindings);
    }

    /**
     * A cluster as the reviewer left it: the computed characterisation (texts redacted), the
     * verdict that counts, the reviewer's note, and representative pairs.
     */
    public record Cluster(ClusterSummary summary, Verdict verdict, boolean overridden, String note,
                          List<Pair> representatives) {
        public Cluster {
            representatives = List.copyOf(representatives);
        }
    }

    /** One representative pair, texts redacted and cut to the report's bound, with the word diff of what is shown. */
    public record Pair(String requestId, String query, String baseline, String candidate, WordDiff.Result diff,
                       boolean truncated, double divergence, List<String> changes) {
        public Pair {
            changes = List.copyOf(changes);
        }
    }

    /** A point of the scatter: position and cluster ({@code -1} for noise or not diverged). */
    public record Point(double x, double y, int cluster) {
    }

    /** The points shown and the number of pairs they were sampled from. */
    public record Scatter(List<Point> points, int totalPairs, double minX, double maxX, double minY, double maxY) {
        public Scatter {
            points = List.copyOf(points);
        }

        public boolean sampled() {
            return points.size() < totalPairs;
        }
    }
}
