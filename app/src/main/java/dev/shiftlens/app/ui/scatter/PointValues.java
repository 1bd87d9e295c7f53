// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.scatter;

import java.util.function.Consumer;

/** SEAM: where the scatter gets one metric or metadata field for every pair when the user colours by it. */
public interface PointValues {

    PointValues NONE = new PointValues() {
        @Override
        public void metric(String metric, Consumer<double[]> whenRead) {
            whenRead.accept(new double[0]);
        }

        @Override
        public void segment(String field, Consumer<String[]> whenRead) {
            whenRead.accept(new String[0]);
        }
    };

    /** Calls back on the UI thread with the metric indexed by pair id (NaN where missing). */
    void metric(String metric, Consumer<double[]> whenRead);

    /** Calls back on the UI thread with the field's value indexed by pair id. */
    void segment(String field, Consumer<String[]> whenRead);
}
