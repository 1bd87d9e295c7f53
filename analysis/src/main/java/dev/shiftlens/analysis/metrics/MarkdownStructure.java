// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.metrics;

/**
 * The Markdown scaffolding of an output, counted line by line.
 *
 * <ul>
 *   <li>Code block: a fenced block opened by {@code ```} or {@code ~~~} (an unclosed fence counts too);
 *       nothing inside a fence is counted as anything else. Indented code blocks are not recognised.</li>
 *   <li>Bulleted item: a line starting, after any indentation, with {@code -}, {@code *} or {@code +}
 *       followed by a space (thematic breaks such as {@code * * *} are not items).</li>
 *   <li>Numbered item: one to nine digits, then {@code .} or {@code )}, then a space.</li>
 *   <li>Heading: an ATX heading, one to six {@code #} then a space, indented at most three spaces.
 *       Setext (underlined) headings are not recognised.</li>
 *   <li>Table: a delimiter row ({@code |---|:--:|}) directly under a row containing {@code |}.</li>
 * </ul>
 */
public record MarkdownStructure(int bulletedItems, int numberedItems, int headings, int codeBlocks, int tables) {

    public static final MarkdownStructure NONE = new MarkdownStructure(0, 0, 0, 0, 0);

    /** Bulleted and numbered items together. */
    public int listItems() {
        return bulletedItems + numberedItems;
    }

    public static MarkdownStructure of(String text) {
        int bulleted = 0;
        int numbered = 0;
        int headings = 0;
        int codeBlocks = 0;
        int tables = 0;
        String openFence = "";
        String previous = "";
        for (String line : text.split("\\R", -1)) {
            String trimmed = line.strip();
            if (!openFence.isEmpty()) {
                if (closes(openFence, trimmed)) {
                    openFence = "";
                }
                previous = "";
                continue;
            }
            String fence = fenceOpening(trimmed);
            if (!fence.isEmpty()) {
                openFence = fence;
                codeBlocks++;
            } else if (isBulleted(trimmed)) {
                bulleted++;
            } else if (isNumbered(trimmed)) {
                numbered++;
            } else if (isHeading(line)) {
                headings++;
            } else if (isTableDelimiter(trimmed) && previous.contains("|")) {
                tables++;
            }
            previous = trimmed;
        }
        return new MarkdownStructure(bulleted, numbered, headings, codeBlocks, tables);
    }

    private static boolean closes(String openFence, String trimmed) {
        char fenceChar = openFence.charAt(0);
        return trimmed.startsWith(openFence) && trimmed.chars().allMatch(c -> c == fenceChar);
    }

    private static String fenceOpening(String trimmed) {
        for (char c : new char[] {'`', '~'}) {
            int run = 0;
            while (run < trimmed.length() && trimmed.charAt(run) == c) {
                run++;
            }
            if (run >= 3) {
                return String.valueOf(c).repeat(run);
            }
        }
        return "";
    }

    private static boolean isBulleted(String trimmed) {
        if (trimmed.length() < 3 || "-*+".indexOf(trimmed.charAt(0)) < 0 || trimmed.charAt(1) != ' ') {
            return false;
        }
        boolean thematicBreak = trimmed.chars().allMatch(c -> c == trimmed.charAt(0) || c == ' ');
        return !thematicBreak;
    }

    private static boolean isNumbered(String trimmed) {
        int digits = 0;
        while (digits < trimmed.length() && digits < 10 && Character.isDigit(trimmed.charAt(digits))) {
            digits++;
        }
        return digits >= 1 && digits <= 9 && trimmed.length() > digits + 1
                && (trimmed.charAt(digits) == '.' || trimmed.charAt(digits) == ')')
                && trimmed.charAt(digits + 1) == ' ';
    }

    private static boolean isHeading(String line) {
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        if (indent > 3) {
            return false;
        }
        int hashes = 0;
        while (indent + hashes < line.length() && line.charAt(indent + hashes) == '#') {
            hashes++;
        }
        int after = indent + hashes;
        return hashes >= 1 && hashes <= 6 && after < line.length() && line.charAt(after) == ' ';
    }

    private static boolean isTableDelimiter(String trimmed) {
        return trimmed.contains("-") && trimmed.contains("|")
                && trimmed.chars().allMatch(c -> c == '|' || c == '-' || c == ':' || c == ' ');
    }
}
