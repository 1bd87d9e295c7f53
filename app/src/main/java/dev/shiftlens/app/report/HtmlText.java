// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.report;

/**
 * Escaping for text placed in HTML element content or a quoted attribute. Every text from the data
 * (queries, outputs, ids, labels, metadata) goes through here: a {@code <script>} in a model
 * output is shown as text, never run.
 */
final class HtmlText {

    private HtmlText() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\u0000' -> out.append('\uFFFD');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
