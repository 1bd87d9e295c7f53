// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.ingest;

import java.time.Instant;
import java.util.Optional;

/** How one log that spans a model change is divided into before and after. */
public sealed interface CutoverSplit {

    /**
     * Rows whose version field equals {@code before} are "before", all others "after"; without a
     * value, the version of the earliest row (by timestamp, else by position) is "before".
     */
    record ByVersion(Optional<String> before) implements CutoverSplit {
    }

    /** Rows earlier than {@code at} are "before". */
    record ByTime(Instant at) implements CutoverSplit {
    }
}
