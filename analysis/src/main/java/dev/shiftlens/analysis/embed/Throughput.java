// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.embed;

import java.util.Locale;

/** "1,234 of 5,000 texts (820 texts/s, about 5 s left)": progress with the rate measured so far and what it leaves. */
final class Throughput {

    private Throughput() {
    }

    static String describe(long done, long total, String what, long startNanos) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        String counted = String.format(Locale.ROOT, "%,d of %,d %s", done, total, what);
        if (done <= 0 || seconds < 0.5 || done >= total) {
            return counted;
        }
        double rate = done / seconds;
        return counted + String.format(Locale.ROOT, " (%,.0f %s/s, about %s left)", rate, what.substring(what.lastIndexOf(' ') + 1),
                duration((total - done) / rate));
    }

    static String duration(double seconds) {
        long s = Math.round(Math.ceil(seconds));
        return s < 60 ? s + " s" : s < 3600 ? (s / 60) + " min " + (s % 60) + " s" : (s / 3600) + " h " + (s % 3600 / 60) + " min";
    }
}
