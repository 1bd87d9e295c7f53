// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.segments;

import java.util.List;

/** A chart's worth of histogram: its title, the names of its series, and the bins. */
public record Distribution(String title, List<String> series, List<Histogram.Bin> bins) {

    public static final Distribution EMPTY = new Distribution("", List.of(), List.of());

    public Distribution {
        series = List.copyOf(series);
        bins = List.copyOf(bins);
    }
}
