// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * What an import is asked to do, independent of how it is done: the source files, the column mapping
 * (which field of a log row is the query, the outputs, the id, the timestamp, the segments) and the
 * shape (paired rows, two per-model logs to join, one log spanning a cutover). Connectors infer these
 * descriptions from a sample; storage executes them.
 */
package dev.shiftlens.analysis.ingest;
