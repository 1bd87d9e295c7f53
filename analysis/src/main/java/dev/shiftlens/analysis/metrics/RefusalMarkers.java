// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.metrics;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether an output declines the request, judged by first-person refusal phrases anywhere in its prose
 * ("I can't book that", "I'm unable to", "I cannot", "As an AI ..."), so a partial refusal
 * ("I can't give legal advice, but ...") counts too. Idioms that only look like refusals
 * ("I can't wait", "I cannot stress enough", "I can't help but", "I can't say for sure") are ignored.
 * Beyond the listed phrases, a small grammar of refusal (see {@code GRAMMAR}) catches new wordings.
 * A few common openers in de, es, fr, it, pt, nl are listed as well; other languages are not covered.
 */
public final class RefusalMarkers {

    private static final List<String> REFUSALS = List.of(
            "i can't", "i cannot", "i can not", "i am unable", "i'm unable", "i am not able to", "i'm not able to",
            "i won't be able to", "i will not be able to", "i'm not allowed to", "i am not allowed to",
            "i'm not permitted", "i am not permitted", "i must decline", "i have to decline", "i need to decline",
            "i don't have the ability", "i do not have the ability", "unable to assist", "unable to help",
            "as an ai", "as a language model", "as an artificial intelligence",
            "isn't something i can", "is not something i can", "isn't something i'm able", "not something i can do",
            "beyond what i can", "outside what i can",
            "no puedo", "je ne peux pas", "ich kann nicht", "leider kann ich", "kann ich nicht", "non posso",
            "não posso", "ik kan niet", "helaas kan ik");

    private static final List<String> LOOKALIKES = List.of(
            "i can't wait", "i cannot wait", "i can't stress", "i cannot stress", "i can not stress",
            "i can't emphasize", "i cannot emphasize", "i can't emphasise", "i cannot emphasise",
            "i can't overstate", "i cannot overstate", "i can't believe", "i cannot believe",
            "i can't imagine", "i cannot imagine", "i can't thank", "i cannot thank",
            "i can't recommend", "i cannot recommend", "i can't help but", "i cannot help but",
            "i can't say for sure", "i cannot say for sure", "i can't guarantee", "i cannot guarantee");

    private static final PhraseMatcher MATCHER = PhraseMatcher.of(REFUSALS, LOOKALIKES);

    /**
     * The grammar of a refusal, over the lower-cased tokens joined by spaces, for the wordings no list
     * holds: "I" with a negated ability or will and a verb of helping within four words ("I will not be
     * providing", "I'm not in a position to help"); "I" deciding to decline ("I have to refuse", "I'm going
     * to pass on"); and the request as something I cannot do ("that's not something I'm able to").
     */
    private static final Pattern GRAMMAR = Pattern.compile(String.join("|",
            "(?:^| )(?:i (?:cannot|can't|can not|won't|will not|shouldn't|should not|must not|mustn't)"
                    + "|(?:i'm|i am) (?:unable|not able|not in a position|not allowed|not permitted|not going to))"
                    + "(?: \\S+){0,4}? (?:help|assist|provid|comply|fulfil|answer|shar|giv|do|continu|support|creat|writ"
                    + "|generat|engag|discuss|offer|produc|complet|respond)\\S*",
            "(?:^| )(?:i|i'm|i am|i'll|i will|i'd|i would)(?: \\S+){0,3}? (?:decline|refuse|pass on)(?: |$)",
            "(?:^| )(?:this|that|that's|it|it's|which)(?: is| isn't| not)+ (?:something|anything|a request|a topic|a task)"
                    + "(?: that)? (?:i|i'm|i am) (?:can|could|able|allowed|permitted|will|would|am able)(?: |$)"));

    private RefusalMarkers() {
    }

    public static boolean isRefusal(List<String> tokens) {
        if (MATCHER.count(tokens) > 0) {
            return true;
        }
        String joined = " " + String.join(" ", tokens) + " ";
        if (!GRAMMAR.matcher(joined).find()) {
            return false; // most answers: no need to mask the look-alikes
        }
        for (String lookalike : LOOKALIKES) {
            joined = joined.replace(" " + lookalike + " ", " _ ");
        }
        return GRAMMAR.matcher(joined).find();
    }

    public static boolean isRefusal(String text) {
        return isRefusal(WordTokens.of(text));
    }
}
