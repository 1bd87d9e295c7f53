// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.scatter;

import java.util.function.Consumer;

/** Where the hover tooltip gets a pair's query excerpt from without holding every query in memory. */
@FunctionalInterface
public interface QueryExcerpts {

    QueryExcerpts NONE = (pairId, whenKnown) -> { };

    /** Calls {@code whenKnown} on the UI thread with the excerpt, at once when cached, else after loading it. */
    void excerpt(int pairId, Consumer<String> whenKnown);
}
