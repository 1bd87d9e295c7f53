// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * The sample incident: a realistic post-update log export with documented planted behaviour
 * changes, the generator that writes it in every supported shape, and an in-memory API
 * ({@link dev.shiftlens.sampledata.SampleIncident}) other modules use in tests and benchmarks.
 */
package dev.shiftlens.sampledata;
