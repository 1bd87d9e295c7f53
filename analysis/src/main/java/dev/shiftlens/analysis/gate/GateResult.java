// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.gate;

import java.util.List;

/** Every check the gate made; it passes when none crossed its limit. */
public record GateResult(List<ThresholdCheck> checks) {

    public GateResult {
        checks = List.copyOf(checks);
    }

    public boolean passed() {
        return crossed().isEmpty();
    }

    public List<ThresholdCheck> crossed() {
        return checks.stream().filter(ThresholdCheck::crossed).toList();
    }

    public String label() {
        return passed() ? "pass" : "fail";
    }
}
