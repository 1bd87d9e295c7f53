// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.pairs;

import dev.shiftlens.analysis.pair.PairRecord;
import dev.shiftlens.storage.RunStore;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the pairs with given ids from the store in as few range reads as it can: ids close
 * together are read as one range, so a page of a cluster costs a handful of queries.
 */
final class PairPages {

    /** Gaps up to this many unwanted pairs are read through rather than split into another query. */
    private static final int MAX_GAP = 32;

    private PairPages() {
    }

    /** The pairs of {@code ids} (ascending) in the same order. */
    static List<PairRecord> read(RunStore store, int runId, int[] ids) {
        List<PairRecord> result = new ArrayList<>(ids.length);
        int start = 0;
        while (start < ids.length) {
            int end = start;
            while (end + 1 < ids.length && ids[end + 1] - ids[end] <= MAX_GAP + 1) {
                end++;
            }
            int first = ids[start];
            List<PairRecord> range = store.pairs(runId, first, ids[end] - first + 1);
            for (int k = start; k <= end; k++) {
                int position = ids[k] - first;
                if (position < range.size()) {
                    result.add(range.get(position));
                }
            }
            start = end + 1;
        }
        return result;
    }
}
