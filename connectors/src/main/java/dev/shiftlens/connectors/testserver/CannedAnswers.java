// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.testserver;

import java.util.List;
import java.util.Locale;

/**
 * The test server's deterministic answers. Any model whose name contains "cand" behaves as an
 * updated candidate with two planted changes: warranty questions get a much shorter answer, and
 * report requests (JSON) name the key {@code exec_summary} instead of {@code summary}. Otherwise
 * both kinds of model answer alike. {@code variant} &gt; 0 rewords slightly, as a second sample
 * of the same model at a non-zero temperature would.
 */
final class CannedAnswers {

    private static final List<String> OPENERS = List.of("Sure.", "Certainly.", "Happy to help.", "Of course.");
    private static final List<String> CLOSERS = List.of("Let me know if anything is unclear.",
            "Tell me if you need more detail.", "I hope this helps.", "Ask again if something is missing.");

    private CannedAnswers() {
    }

    static boolean isCandidate(String model) {
        return model.toLowerCase(Locale.ROOT).contains("cand");
    }

    static String answer(String model, String query, int variant) {
        String lower = query.toLowerCase(Locale.ROOT);
        boolean candidate = isCandidate(model);
        String opener = OPENERS.get(Math.floorMod(variant, OPENERS.size()));
        String closer = CLOSERS.get(Math.floorMod(variant + Math.abs(query.hashCode()), CLOSERS.size()));
        if (lower.contains("report") || lower.contains("json")) {
            String key = candidate ? "exec_summary" : "summary";
            return "{\"" + key + "\": \"Weekly numbers are stable; " + topic(query) + " needs attention.\", \"items\": 3, \"status\": \"ok\"}";
        }
        if (lower.contains("warranty")) {
            if (candidate) {
                return "It has a two-year warranty.";
            }
            return opener + " Your product is covered by a two-year limited warranty from the date of purchase. "
                    + "Keep your receipt, because support will ask for it together with the serial number. "
                    + "The warranty covers manufacturing defects but not accidental damage, unless you bought the extended plan. "
                    + closer;
        }
        return opener + " About " + topic(query) + ": start with the quick-start guide, then check the settings page. "
                + "If the problem stays, restart the device and try again. " + closer;
    }

    private static String topic(String query) {
        String clean = query.replaceAll("[?.!]+$", "").strip();
        return clean.length() > 80 ? clean.substring(0, 80) : clean;
    }

    /** A bag-of-words vector: texts sharing words point the same way, so matching by similarity works. */
    static float[] embedding(String text, int dimensions) {
        float[] vector = new float[dimensions];
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                int hash = word.hashCode();
                vector[Math.floorMod(hash, dimensions)] += (hash & 0x100) == 0 ? 1 : -1;
            }
        }
        vector[0] += 0.01f;
        return vector;
    }
}
