// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.pii;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces emails, phone numbers, card-like numbers and API-key-like strings with a visible marker,
 * for reports and exports. Stricter than {@link PiiKind}'s patterns, which count at import and err
 * towards counting: a redaction that hid prices and dates would make a report useless.
 * Patterns run from the most specific (keys, which may contain digits and @) to the least (phone
 * numbers). Card numbers must pass the Luhn check and phone numbers need 9 to 15 digits with a
 * separator or a leading +, so prices, dates, versions and order numbers stay readable; long
 * tokens made only of hex digits and dashes (UUIDs, digests) are identifiers and stay too.
 */
public final class PiiRedactor {

    private static final Pattern API_KEY = Pattern.compile(
            "\\b(?:sk|pk|rk)-(?:[A-Za-z0-9]+-)*[A-Za-z0-9_]{16,}"       // OpenAI / Anthropic / Stripe style
                    + "|\\bAKIA[0-9A-Z]{16}\\b"                           // AWS access key id
                    + "|\\bgh[pousr]_[A-Za-z0-9]{30,}\\b"                 // GitHub tokens
                    + "|\\bxox[abprs]-[A-Za-z0-9-]{10,}"                  // Slack tokens
                    + "|\\bAIza[0-9A-Za-z_-]{35}"                         // Google API keys
                    + "|\\beyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}" // JWTs
                    + "|(?i:bearer)\\s+[A-Za-z0-9._~+/=-]{20,}"
                    + "|\\b(?=[A-Za-z0-9_-]*[0-9])(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{32,}\\b"); // long mixed tokens
    private static final Pattern EMAIL = Pattern.compile(
            "\\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}\\b");
    private static final Pattern CARD = Pattern.compile("(?<![\\d.,])\\d(?:[ -]?\\d){12,18}(?![\\d.,]\\d)");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w.+/-])(?:\\+\\d{1,3}[ .-]?)?(?:\\(\\d{1,4}\\)[ .-]?)?\\d{2,4}(?:[ .-]\\d{2,4}){1,4}(?![\\w/]|[.,-]\\d)"
                    + "|(?<![\\w.+/-])\\+\\d{8,15}\\b");

    private static final PiiRedactor REDACTING = new PiiRedactor(true);
    private static final PiiRedactor KEEPING = new PiiRedactor(false);

    private final boolean enabled;

    private PiiRedactor(boolean enabled) {
        this.enabled = enabled;
    }

    /** Redacts everything it recognises. */
    public static PiiRedactor redacting() {
        return REDACTING;
    }

    /** Leaves texts as they are: the user asked to keep personal data ({@code --keep-pii}). */
    public static PiiRedactor keeping() {
        return KEEPING;
    }

    public boolean enabled() {
        return enabled;
    }

    public String redact(String text) {
        if (!enabled || text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        String result = replace(text, API_KEY, PiiKind.API_KEY, PiiRedactor::keyLike);
        result = replace(result, EMAIL, PiiKind.EMAIL, match -> true);
        result = replace(result, CARD, PiiKind.CARD_NUMBER, PiiRedactor::passesLuhn);
        return replace(result, PHONE, PiiKind.PHONE, PiiRedactor::phoneLike);
    }

    /** How many of each kind a text holds (before redaction), for a summary of what was hidden. */
    public static Map<PiiKind, Integer> count(String text) {
        Map<PiiKind, Integer> counts = new EnumMap<>(PiiKind.class);
        String rest = text;
        rest = countAndRemove(rest, API_KEY, PiiKind.API_KEY, PiiRedactor::keyLike, counts);
        rest = countAndRemove(rest, EMAIL, PiiKind.EMAIL, m -> true, counts);
        rest = countAndRemove(rest, CARD, PiiKind.CARD_NUMBER, PiiRedactor::passesLuhn, counts);
        countAndRemove(rest, PHONE, PiiKind.PHONE, PiiRedactor::phoneLike, counts);
        return counts;
    }

    private static String countAndRemove(String text, Pattern pattern, PiiKind kind, Predicate<String> accept,
                                         Map<PiiKind, Integer> counts) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            if (accept.test(matcher.group())) {
                counts.merge(kind, 1, Integer::sum);
                matcher.appendReplacement(out, " ");
            }
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String replace(String text, Pattern pattern, PiiKind kind, Predicate<String> accept) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = null;
        while (matcher.find()) {
            if (accept.test(matcher.group())) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                matcher.appendReplacement(out, Matcher.quoteReplacement(replacement(kind)));
            }
        }
        if (out == null) {
            return text;
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** UUIDs and hex digests (request ids, prompt hashes) are identifiers, not secrets: they stay. */
    private static boolean keyLike(String candidate) {
        return !candidate.matches("[0-9a-fA-F-]+");
    }

    /** What stands in for a match; visibly a redaction, so a reader knows something was there. */
    public static String replacement(PiiKind kind) {
        return switch (kind) {
            case API_KEY -> "[redacted api key]";
            case EMAIL -> "[redacted email]";
            case CARD_NUMBER -> "[redacted card number]";
            case PHONE -> "[redacted phone number]";
        };
    }

    static boolean passesLuhn(String candidate) {
        String digits = candidate.replaceAll("[^0-9]", "");
        if (digits.length() < 13 || digits.length() > 19) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    private static boolean phoneLike(String candidate) {
        long digits = candidate.chars().filter(Character::isDigit).count();
        boolean international = candidate.startsWith("+");
        boolean separated = candidate.chars().anyMatch(c -> c == ' ' || c == '-' || c == '.' || c == '(');
        return digits >= 9 && digits <= 15 && (international || separated) && !dateLike(candidate);
    }

    private static boolean dateLike(String candidate) {
        return candidate.matches("\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}.*") || candidate.matches("\\d{1,2}[-./]\\d{1,2}[-./]\\d{2,4}");
    }
}
