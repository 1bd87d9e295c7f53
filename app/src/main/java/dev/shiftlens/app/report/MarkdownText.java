// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escaping for Markdown: inline text and table cells lose their markup meaning (HTML is turned into
 * entities, so a renderer that allows raw HTML still shows it as text), and whole outputs go into
 * a code fence longer than any backtick run inside them.
 */
final class MarkdownText {

    private static final Pattern BACKTICKS = Pattern.compile("`+");

    private MarkdownText() {
    }

    /** One line of text with no Markdown or HTML effect; newlines become spaces. */
    static String inline(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\r', '\n' -> out.append(' ');
                case '\\', '`', '*', '_', '[', ']', '|', '~', '#', '!' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A fenced code block holding the text verbatim. */
    static String fenced(String text, String info) {
        int longest = 2;
        Matcher matcher = BACKTICKS.matcher(text);
        while (matcher.find()) {
            longest = Math.max(longest, matcher.group().length());
        }
        String fence = "`".repeat(longest + 1);
        return fence + info + "\n" + text.replace("\r\n", "\n") + (text.endsWith("\n") ? "" : "\n") + fence + "\n";
    }
}
