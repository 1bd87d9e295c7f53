// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.report;

import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which clusters a report is about: the whole run, or a few clusters a reviewer picked (the
 * workbench's selection, {@code report --clusters 1,3}). Summary, segment and manifest figures stay
 * those of the whole run either way; a scoped report lists only the chosen clusters, greys the
 * others in the scatter, and its CSV and {@code analysis.json} hold only the chosen clusters' pairs.
 */
public sealed interface ReportScope {

    /** Every cluster of the run. */
    record WholeRun() implements ReportScope {
        @Override
        public boolean includes(int clusterId) {
            return true;
        }

        @Override
        public String describe() {
            return "whole run";
        }
    }

    /** Only these clusters (by analysis id). */
    record Clusters(SortedSet<Integer> ids) implements ReportScope {
        public Clusters {
            if (ids.isEmpty()) {
                throw new IllegalArgumentException("a cluster scope needs at least one cluster");
            }
            ids = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(ids));
        }

        @Override
        public boolean includes(int clusterId) {
            return ids.contains(clusterId);
        }

        @Override
        public String describe() {
            return (ids.size() == 1 ? "cluster " : "clusters ") + ids.stream().map(id -> "#" + id).collect(Collectors.joining(", "));
        }
    }

    ReportScope WHOLE_RUN = new WholeRun();

    static ReportScope clusters(Set<Integer> ids) {
        return new Clusters(new TreeSet<>(ids));
    }

    /** Whether a pair in this cluster ({@code -1}: noise or not diverged) belongs in the report's lists. */
    boolean includes(int clusterId);

    /** "whole run", "cluster #3", "clusters #1, #3". */
    String describe();

    default boolean scoped() {
        return this instanceof Clusters;
    }

    /** The ids the run does not have; empty when every chosen cluster exists. */
    default List<Integer> missingFrom(Set<Integer> runClusters) {
        return switch (this) {
            case WholeRun whole -> List.of();
            case Clusters chosen -> chosen.ids().stream().filter(id -> !runClusters.contains(id)).toList();
        };
    }
}
