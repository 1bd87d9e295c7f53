// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

import dev.shiftlens.analysis.pii.PiiCount;

import java.util.List;
import java.util.Map;

/**
 * How one import reconciled: every source row read is either stored or rejected. A stored row is a
 * pair's row (one per pair from a paired log, two per pair from per-model logs) or a cutover log entry.
 *
 * @param pairs        pairs stored (0 for a cutover log, whose entries wait for replay or matching)
 * @param firstRejects up to {@link #SAMPLE} rejected rows; all of them are in the run's rejects table
 * @param notes        what the import decided, one line each: matches, before/after split, mapping used
 * @param pii          rows per field with personal data or secret-like text
 * @param flags        warnings on kept rows (e.g. "baseline_output empty") and how many rows carry each
 */
public record ImportReport(int runId, String source, long rowsRead, long rowsStored, long rowsRejected,
                           long duplicateRequestIds, List<RejectedRow> firstRejects, long pairs, List<String> notes,
                           List<PiiCount> pii, Map<String, Long> flags) {

    public static final int SAMPLE = 20;

    public ImportReport {
        firstRejects = List.copyOf(firstRejects);
        notes = List.copyOf(notes);
        pii = List.copyOf(pii);
        flags = Map.copyOf(flags);
        if (rowsRead != rowsStored + rowsRejected) {
            throw new IllegalStateException("import did not reconcile: read " + rowsRead + " != stored "
                    + rowsStored + " + rejected " + rowsRejected);
        }
    }

    public String describe() {
        return "read %,d rows: %,d stored, %,d rejected%s".formatted(rowsRead, rowsStored, rowsRejected,
                duplicateRequestIds == 0 ? "" : " (%,d duplicate request ids; kept the first of each)".formatted(duplicateRequestIds));
    }
}
