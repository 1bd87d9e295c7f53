// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * The seam through which the workbench runs background work: a JavaFX implementation on a small
 * worker pool, and a current-thread one that makes view-model tests deterministic.
 */
package dev.shiftlens.app.ui.task;
