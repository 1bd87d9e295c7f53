// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.scatter;

/** What a point's colour says: its cluster, its cluster's verdict, a metric's value, or a metadata field's value. */
public sealed interface ColourMode {

    ColourMode CLUSTER = new ByCluster();
    ColourMode VERDICT = new ByVerdict();

    /** The name shown in the colour chooser. */
    String title();

    record ByCluster() implements ColourMode {
        @Override
        public String title() {
            return "Cluster";
        }
    }

    record ByVerdict() implements ColourMode {
        @Override
        public String title() {
            return "Verdict";
        }
    }

    /** A continuous scale from the metric's 2nd to 98th percentile. */
    record ByMetric(String metric) implements ColourMode {
        @Override
        public String title() {
            return "Metric: " + metric;
        }
    }

    /** One categorical colour per value of a metadata field. */
    record BySegment(String field) implements ColourMode {
        @Override
        public String title() {
            return "Segment: " + field;
        }
    }
}
