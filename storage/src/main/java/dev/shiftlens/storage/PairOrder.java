// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

import java.util.Objects;

/** The order pairs are listed in: by a column of the pair or its analysis, or by one metric; ties by pair id. */
public record PairOrder(Key key, boolean descending) {

    public static final PairOrder NATURAL = new PairOrder(Column.PAIR, false);

    public PairOrder {
        Objects.requireNonNull(key, "key");
    }

    /** What to sort by. */
    public sealed interface Key permits Column, Metric {
    }

    /** Columns every listed pair has (divergence and cluster once analysed; unanalysed pairs sort last). */
    public enum Column implements Key {
        PAIR, REQUEST_ID, QUERY, DIVERGENCE, CLUSTER
    }

    /** A metric by its stable name (see the analysis's MetricNames); pairs without it sort last. */
    public record Metric(String name) implements Key {

        public Metric {
            MetricColumn.check(name);
        }
    }
}
