// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;

/** Wall-clock seconds per stage of one analysis, kept with its provenance so a slow stage shows. */
final class StageClock {

    private final Map<String, String> seconds = new LinkedHashMap<>();
    private long lapStart = System.nanoTime();

    void lap(String stage) {
        long now = System.nanoTime();
        seconds.put("stage_seconds." + stage, "%.2f".formatted((now - lapStart) / 1e9));
        lapStart = now;
    }

    Map<String, String> laps() {
        return Map.copyOf(seconds);
    }
}
