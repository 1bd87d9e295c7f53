// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Density clustering that leaves a noise set: the {@link dev.shiftlens.analysis.cluster.DensityClusterer}
 * seam and its HDBSCAN* implementation over Tribuo (whose types stay in the package-private adapter).
 */
package dev.shiftlens.analysis.cluster;
