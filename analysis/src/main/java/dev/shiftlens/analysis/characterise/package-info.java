// SPDX-License-Identifier: GPL-3.0-or-later
/** Turns a cluster of divergent pairs into words a reviewer understands: effects, verdict, terms, segments. */
package dev.shiftlens.analysis.characterise;
