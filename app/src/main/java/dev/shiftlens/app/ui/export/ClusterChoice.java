// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.export;

import dev.shiftlens.analysis.result.Verdict;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import java.util.Locale;

/** A cluster the export can be limited to, and whether the user ticked it. */
public final class ClusterChoice {

    private final int id;
    private final String label;
    private final Verdict verdict;
    private final double share;
    private final boolean hasFinding;
    private final BooleanProperty chosen = new SimpleBooleanProperty();

    public ClusterChoice(int id, String label, Verdict verdict, double share, boolean hasFinding) {
        this.id = id;
        this.label = label;
        this.verdict = verdict;
        this.share = share;
        this.hasFinding = hasFinding;
    }

    public int id() {
        return id;
    }

    /** A reviewer saved a finding (verdict override or note) on it. */
    public boolean hasFinding() {
        return hasFinding;
    }

    public BooleanProperty chosenProperty() {
        return chosen;
    }

    public boolean chosen() {
        return chosen.get();
    }

    /** "#3 Candidate answers 60% shorter · regression ✎ · 12.0%": what the check list shows. */
    public String describe() {
        return String.format(Locale.ROOT, "#%d %s · %s%s · %.1f%%", id, label, verdict.label(), hasFinding ? " ✎" : "", share * 100);
    }

    @Override
    public String toString() {
        return describe();
    }
}
