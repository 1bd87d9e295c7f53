// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.result;

import java.util.Objects;
import java.util.Optional;

/** A reviewer's conclusion about one cluster: an optional verdict override and a note. */
public record Finding(int clusterId, Optional<Verdict> verdictOverride, String note) {

    public Finding {
        verdictOverride = Objects.requireNonNullElse(verdictOverride, Optional.empty());
        note = Objects.requireNonNullElse(note, "");
    }

    /** The verdict that counts: the reviewer's when given, else the computed one. */
    public Verdict effective(Verdict computed) {
        return verdictOverride.orElse(computed);
    }
}
