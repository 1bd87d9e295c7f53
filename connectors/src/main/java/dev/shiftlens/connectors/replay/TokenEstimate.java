// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.replay;

import dev.shiftlens.connectors.endpoint.EndpointProfile;

/**
 * Tokens one request is expected to use, and at most. Without the model's tokenizer: about four
 * characters a token, the output as long as the logged answer to the same query (capped by
 * max_tokens); the worst case takes half as many characters per token and the full max_tokens.
 */
public record TokenEstimate(long input, long output, long worstInput, long worstOutput) {

    private static final int MESSAGE_OVERHEAD = 10;
    private static final long UNKNOWN_OUTPUT = 256;
    private static final long UNBOUNDED_OUTPUT = 1024;

    public static TokenEstimate of(EndpointProfile profile, String prompt, String loggedOutput) {
        int chars = profile.systemPrompt().orElse("").length() + prompt.length();
        long input = chars / 4 + MESSAGE_OVERHEAD;
        long worstInput = chars / 2 + MESSAGE_OVERHEAD;
        long typical = loggedOutput.isBlank() ? UNKNOWN_OUTPUT : Math.max(1, loggedOutput.length() / 4);
        var maxTokens = profile.sampling().maxTokens();
        long output = maxTokens.isPresent() ? Math.min(typical, maxTokens.getAsInt()) : typical;
        long worstOutput = maxTokens.isPresent() ? maxTokens.getAsInt() : Math.max(UNBOUNDED_OUTPUT, 4 * typical);
        return new TokenEstimate(input, output, worstInput, worstOutput);
    }
}
