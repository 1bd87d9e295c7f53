// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Dimension reduction: 2-D layouts for the scatter ({@link dev.shiftlens.analysis.projection.Projector}:
 * UMAP in plain Java, PCA) and a fitted linear {@link dev.shiftlens.analysis.projection.PcaReducer}. Smile types (PCA) stay in
 * the package-private adapters.
 */
package dev.shiftlens.analysis.projection;
