// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.palette;

/**
 * A fixed categorical palette (Tableau 10, grey left out for noise) in opaque ARGB, so a cluster
 * keeps its colour between the list, the scatter and a report. Ids beyond the palette wrap around.
 */
public final class ClusterPalette {

    public static final int BACKGROUND = 0xFFFFFFFF;
    /** Non-diverged pairs and noise: present for context, not for attention. */
    public static final int NOISE = 0xFFCFCFCF;
    public static final int SELECTION_RING = 0xFF111111;

    private static final int[] COLOURS = {
        0xFF4E79A7, 0xFFF28E2B, 0xFFE15759, 0xFF76B7B2, 0xFF59A14F,
        0xFFEDC948, 0xFFB07AA1, 0xFFFF9DA7, 0xFF9C755F, 0xFF2F4B7C,
    };

    private ClusterPalette() {
    }

    public static int colour(int clusterId) {
        return clusterId < 0 ? NOISE : COLOURS[clusterId % COLOURS.length];
    }

    /** The colour washed three quarters towards the background: clusters out of focus. */
    public static int dimmed(int argb) {
        return mix(argb, BACKGROUND, 0.75);
    }

    /** e.g. "#4e79a7", for CSS. */
    public static String web(int argb) {
        return String.format("#%06x", argb & 0xFFFFFF);
    }

    /** Blends two opaque colours channel by channel: {@code amount} 0 gives {@code from}, 1 gives {@code to}. */
    public static int mix(int from, int to, double amount) {
        int r = channel(from, to, 16, amount);
        int g = channel(from, to, 8, amount);
        int b = channel(from, to, 0, amount);
        return 0xFF000000 | r << 16 | g << 8 | b;
    }

    private static int channel(int from, int to, int shift, double amount) {
        int a = from >> shift & 0xFF;
        int b = to >> shift & 0xFF;
        return (int) Math.round(a + (b - a) * amount);
    }
}
