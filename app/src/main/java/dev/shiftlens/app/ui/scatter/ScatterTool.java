// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.scatter;

/** What dragging on the scatter does. */
public enum ScatterTool {
    PAN, BOX, LASSO
}
