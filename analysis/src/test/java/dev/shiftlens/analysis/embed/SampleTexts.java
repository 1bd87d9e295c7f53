// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.embed;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded English-like texts of a given word count, for tests and throughput runs. */
final class SampleTexts {

    private static final String[] WORDS = ("the customer asked about warranty refund policy for a broken laptop screen "
            + "and our assistant explained that repairs are covered within twelve months of purchase when the damage "
            + "was not caused by an accident please keep the receipt contact support through the portal shipping "
            + "takes five business days invoice total amount summary report quarterly revenue growth market team "
            + "product release schedule delayed because of testing issues security update password reset account "
            + "locked after several failed attempts translation into french german spanish weather forecast rain "
            + "tomorrow morning travel booking hotel flight cancelled compensation request medical advice consult "
            + "a doctor recipe with chicken garlic lemon oven thirty minutes code example python function returns "
            + "list sorted by date").split(" ");

    private SampleTexts() {
    }

    static List<String> of(int count, int wordsPerText, long seed) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>(count);
        for (int t = 0; t < count; t++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < wordsPerText; w++) {
                text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
            }
            texts.add(text.append('.').toString());
        }
        return texts;
    }
}
