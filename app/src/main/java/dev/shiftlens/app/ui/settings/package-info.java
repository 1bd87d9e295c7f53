// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Run › Analysis settings…: see the settings the shown run was analysed with (and what auto chose),
 * change the smallest cluster, the noise floor, the seed or the JSON Schema, and re-analyse in the
 * background; embeddings come from the workspace's cache, so only the later stages are redone.
 */
package dev.shiftlens.app.ui.settings;
