// SPDX-License-Identifier: GPL-3.0-or-later
/** The headless command line (picocli): analyze, gate, report, workbench; exit codes per DESIGN.md. */
package dev.shiftlens.app.cli;
