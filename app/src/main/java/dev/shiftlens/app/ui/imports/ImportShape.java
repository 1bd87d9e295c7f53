// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.imports;

import dev.shiftlens.connectors.logformat.LogFormat;
import dev.shiftlens.connectors.logformat.LogFormats;
import dev.shiftlens.connectors.logformat.RowShape;

import java.util.List;

/** A log shape the importer knows, as the shape chooser lists it. */
public record ImportShape(String name, String description, RowShape rowShape) {

    /** The importer's shapes, in the order it tries them. */
    static List<ImportShape> known() {
        return LogFormats.KNOWN.stream().map(ImportShape::of).toList();
    }

    private static ImportShape of(LogFormat format) {
        return new ImportShape(format.name(), format.description(), format.rowShape());
    }

    /** What importing this shape produces: pairs, or before/after log entries. */
    public String describe() {
        return name + (rowShape == RowShape.PAIRED ? " (pairs)" : " (one output per row: a cutover log)");
    }
}
