// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.scatter;

/** The point under the mouse: where to show its tooltip (pixels) and what it says. */
public record Hover(int pairId, double pixelX, double pixelY, String text) {
}
