// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * The divergence scatter: every pair a point at its projected position, coloured by cluster, drawn
 * straight into an ARGB pixel buffer so 100k points pan and zoom interactively; hover and click
 * find the nearest point through a uniform grid index.
 */
package dev.shiftlens.app.ui.scatter;
