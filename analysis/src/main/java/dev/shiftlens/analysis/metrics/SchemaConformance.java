// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.metrics;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of checking one output against a JSON Schema: conforming when there are no violations.
 * Checking stops after {@value #MAX_VIOLATIONS} violations; {@code truncated} then says there may be more.
 */
public record SchemaConformance(List<SchemaViolation> violations, boolean truncated) {

    public static final int MAX_VIOLATIONS = 50;

    public SchemaConformance {
        violations = List.copyOf(Objects.requireNonNull(violations, "violations"));
    }

    public boolean conforms() {
        return violations.isEmpty();
    }
}
