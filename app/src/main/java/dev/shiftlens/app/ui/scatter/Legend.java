// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.scatter;

import java.util.List;
import java.util.Optional;

/** What the colours mean: categories with a swatch each, or a continuous scale from low to high. */
public record Legend(String title, List<Entry> entries, Optional<Scale> scale) {

    public static final Legend NONE = new Legend("", List.of(), Optional.empty());

    public Legend {
        entries = List.copyOf(entries);
    }

    /** One category: its label and opaque ARGB colour. */
    public record Entry(String label, int argb) {
    }

    /** A continuous scale: colours from {@code low} to {@code high}, left to right. */
    public record Scale(String low, String high, List<Integer> colours) {

        public Scale {
            colours = List.copyOf(colours);
        }
    }
}
