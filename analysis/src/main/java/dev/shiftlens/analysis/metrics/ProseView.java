// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The natural-language part of an output, which marker detection and language identification read:
 * for a JSON output, its string values joined by new lines (keys are not prose); otherwise the text
 * without fenced code blocks and inline code spans.
 */
final class ProseView {

    private static final Pattern INLINE_CODE = Pattern.compile("`[^`\\n]{0,500}+`");

    private ProseView() {
    }

    static String of(String output, Optional<JsonNode> json) {
        return json.map(ProseView::stringValues).orElseGet(() -> withoutCode(output));
    }

    private static String stringValues(JsonNode json) {
        var prose = new StringBuilder();
        appendStrings(json, prose);
        return prose.toString();
    }

    private static void appendStrings(JsonNode node, StringBuilder prose) {
        if (node.isTextual()) {
            prose.append(node.textValue()).append('\n');
        }
        node.forEach(child -> appendStrings(child, prose));
    }

    private static String withoutCode(String output) {
        var prose = new StringBuilder(output.length());
        boolean inFence = false;
        for (String line : output.split("\\R", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                inFence = !inFence;
            } else if (!inFence) {
                prose.append(line).append('\n');
            }
        }
        return INLINE_CODE.matcher(prose).replaceAll(" ");
    }
}
