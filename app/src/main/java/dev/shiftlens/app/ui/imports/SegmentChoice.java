// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.imports;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A field of the log that can become a segment, ticked when the mapping makes it one. */
public final class SegmentChoice {

    private final String path;
    private final BooleanProperty chosen;

    SegmentChoice(String path, boolean chosen) {
        this.path = path;
        this.chosen = new SimpleBooleanProperty(chosen);
    }

    public String path() {
        return path;
    }

    public boolean chosen() {
        return chosen.get();
    }

    public BooleanProperty chosenProperty() {
        return chosen;
    }
}
