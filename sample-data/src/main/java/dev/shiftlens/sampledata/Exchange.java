// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.sampledata;

/** One written request: the query, both outputs, and which planted change (if any) was applied. */
record Exchange(Intent intent, String query, Outputs outputs, PlantedClass applied) {

    record Outputs(String baseline, String candidate) {}

    static Exchange noise(Intent intent, String query, Outputs outputs) {
        return new Exchange(intent, query, outputs, PlantedClass.PARAPHRASE_NOISE);
    }
}
