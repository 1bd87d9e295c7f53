// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

import java.time.Instant;

/** One run as listed in a workspace: where its pairs came from and how the import reconciled. */
public record RunInfo(
        int runId,
        String name,
        String mode,
        String source,
        Instant createdAt,
        String status,
        long rowsRead,
        long rowsStored,
        long rowsRejected) {
}
