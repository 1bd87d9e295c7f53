// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.logformat;

import dev.shiftlens.analysis.ingest.ColumnMapping;
import dev.shiftlens.analysis.ingest.SourceSample;

import java.util.Optional;

/** A known log shape: recognises itself in a sample and says which field is which. */
public interface LogFormat {

    /** Short name stored with the run, e.g. {@code openai-chat}. */
    String name();

    /** One line for the user: what this shape is. */
    String description();

    RowShape rowShape();

    /** The mapping for this sample, or empty when the sample is not this shape. */
    Optional<ColumnMapping> recognise(SourceSample sample);
}
