// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

import java.util.List;

/**
 * How one import reconciled: every row read is either stored or rejected.
 *
 * @param firstRejects up to {@link #SAMPLE} rejected rows; all of them are in the run's rejects table
 */
public record ImportReport(int runId, String source, long rowsRead, long rowsStored, long rowsRejected,
                           long duplicateRequestIds, List<RejectedRow> firstRejects) {

    public static final int SAMPLE = 20;

    public ImportReport {
        firstRejects = List.copyOf(firstRejects);
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
