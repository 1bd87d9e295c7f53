// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.sampledata;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** File names of the incident's shapes and the one timestamp format they all share. */
public final class ExportFiles {

    public static final String PAIRED_JSONL = "incident-export.jsonl";
    public static final String PAIRED_CSV = "incident-export.csv";
    public static final String PAIRED_PARQUET = "incident-export.parquet";
    public static final String BASELINE_LOG = "baseline.jsonl";
    public static final String CANDIDATE_LOG = "candidate.jsonl";
    public static final String CUTOVER_LOG = "cutover.jsonl";
    public static final String TRUTH_CSV = "truth.csv";

    /** ISO-8601 UTC with milliseconds, always the same width: {@code 2026-04-06T09:15:02.250Z}. */
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", java.util.Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private ExportFiles() {}

    public static String formatTimestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }
}
