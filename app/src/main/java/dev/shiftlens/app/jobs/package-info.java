// SPDX-License-Identifier: GPL-3.0-or-later
/** The jobs that orchestrate a run (import, analyse, store) for the CLI and the workbench; no JavaFX here. */
package dev.shiftlens.app.jobs;
