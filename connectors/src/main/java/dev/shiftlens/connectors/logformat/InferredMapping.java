// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.logformat;

import dev.shiftlens.analysis.ingest.ColumnMapping;

/** The shape a sample was recognised as and the mapping it implies, for the user to confirm or edit. */
public record InferredMapping(String format, String description, RowShape rowShape, ColumnMapping mapping) {

    public InferredMapping withMapping(ColumnMapping edited) {
        return new InferredMapping(format, description, rowShape, edited);
    }
}
