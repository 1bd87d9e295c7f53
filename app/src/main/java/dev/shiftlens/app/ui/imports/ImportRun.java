// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.imports;

import dev.shiftlens.storage.RejectReason;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;

/** What both import dialogs (one log, two per-model logs) show once Import is pressed; {@link ImportControls} draws it. */
interface ImportRun {

    BooleanBinding canImportProperty();

    /** Why the import cannot run now (the importer's own message); empty when it can. */
    ReadOnlyStringProperty problemProperty();

    void importRun();

    void cancel();

    ReadOnlyBooleanProperty runningProperty();

    /** 0..1, or -1 while the importer cannot say how far it is. */
    ReadOnlyDoubleProperty progressProperty();

    /** What the import is doing, or how it ended. */
    ReadOnlyStringProperty statusProperty();

    ReadOnlyBooleanProperty failedProperty();

    /** The counts line once an import finished (rows read = stored + rejected, or pairs joined). */
    ReadOnlyStringProperty countsProperty();

    /** The rejected rows grouped by reason, most frequent first. */
    ObservableList<RejectReason> rejectReasons();
}
