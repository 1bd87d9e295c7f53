// SPDX-License-Identifier: GPL-3.0-or-later
/** The application: entry point wiring the command line to the workbench. */
package dev.shiftlens.app;
