// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.characterise;

import java.util.List;
import java.util.Map;

/** What characterisation reads of one pair: its metric values, described changes, query and segments. */
public record CharacterisedPair(Map<String, Double> metrics, List<String> changes, String query, Map<String, String> metadata) {

    double metric(String name) {
        return metrics.getOrDefault(name, 0.0);
    }
}
