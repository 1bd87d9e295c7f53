// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Log-format adapters: the known shapes of exported logs (canonical pairs, per-model logs, cutover logs,
 * OpenAI-style request/response logs, OpenTelemetry GenAI spans) and the column mapping each implies.
 * They look at a {@link dev.shiftlens.analysis.ingest.SourceSample} and return a
 * {@link dev.shiftlens.analysis.ingest.ColumnMapping}; storage executes it. Add a format by implementing
 * {@link dev.shiftlens.connectors.logformat.LogFormat} and listing it in
 * {@link dev.shiftlens.connectors.logformat.LogFormats#KNOWN} (docs/import.md).
 */
package dev.shiftlens.connectors.logformat;
