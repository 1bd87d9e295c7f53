// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui;

/** Light or dark: a stylesheet on top of the base one, and the scatter's background. */
public enum Theme {
    LIGHT(null, 0xFFFFFFFF),
    DARK("workbench-dark.css", 0xFF1E2226);

    private final String stylesheet;
    private final int scatterBackground;

    Theme(String stylesheet, int scatterBackground) {
        this.stylesheet = stylesheet;
        this.scatterBackground = scatterBackground;
    }

    /** The extra stylesheet next to workbench.css, or null for none. */
    String stylesheet() {
        return stylesheet;
    }

    int scatterBackground() {
        return scatterBackground;
    }

    Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }
}
