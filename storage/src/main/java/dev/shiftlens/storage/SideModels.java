// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

import java.util.List;

/** The model names found on each side of a run's pairs. */
public record SideModels(List<String> baseline, List<String> candidate) {

    public SideModels {
        baseline = List.copyOf(baseline);
        candidate = List.copyOf(candidate);
    }
}
