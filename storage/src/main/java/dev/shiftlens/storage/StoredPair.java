// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

import dev.shiftlens.analysis.pair.PairRecord;
import dev.shiftlens.analysis.result.PairOutcome;

import java.util.Optional;

/** A stored pair with what the run's analysis found for it, when the run is analysed. */
public record StoredPair(int pairId, PairRecord pair, Optional<PairOutcome> outcome) {
}
