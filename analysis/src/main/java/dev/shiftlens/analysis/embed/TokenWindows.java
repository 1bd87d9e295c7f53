// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.embed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts a text's word pieces into model-sized windows. A window ends before a continuation piece
 * ({@code ##...}) when it can, so a word is not split; texts longer than {@code maxWindows} windows
 * lose their tail.
 */
final class TokenWindows {

    private TokenWindows() {
    }

    /** Windows of at most {@code windowPieces} ids each (special tokens not included); never empty. */
    static List<long[]> split(long[] ids, String[] pieces, int windowPieces, int maxWindows) {
        List<long[]> windows = new ArrayList<>();
        int from = 0;
        while (from < ids.length && windows.size() < maxWindows) {
            int to = Math.min(ids.length, from + windowPieces);
            to = backOffToWordStart(pieces, from, to);
            windows.add(Arrays.copyOfRange(ids, from, to));
            from = to;
        }
        if (windows.isEmpty()) {
            windows.add(new long[0]);
        }
        return windows;
    }

    private static int backOffToWordStart(String[] pieces, int from, int to) {
        if (to >= pieces.length) {
            return to;
        }
        int cut = to;
        while (cut > from + 1 && pieces[cut].startsWith("##")) {
            cut--;
        }
        return cut == from + 1 ? to : cut;
    }
}
