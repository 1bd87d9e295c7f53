// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

import java.util.regex.Pattern;

/** A metric read out of pair_results.metrics; names are checked, so one can be written into SQL safely. */
final class MetricColumn {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");

    private MetricColumn() {
    }

    static String check(String metric) {
        if (metric == null || !NAME.matcher(metric).matches()) {
            throw new IllegalArgumentException("not a metric name: " + metric);
        }
        return metric;
    }

    /** SQL for the metric's value as DOUBLE, NULL when the pair lacks it. */
    static String sql(String metric) {
        return "TRY_CAST(json_extract(r.metrics, '$.\"" + check(metric) + "\"') AS DOUBLE)";
    }
}
