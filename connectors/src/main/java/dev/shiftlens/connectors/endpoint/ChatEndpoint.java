// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.endpoint;

/** A model that answers one user prompt under its profile's system prompt and sampling parameters. */
public interface ChatEndpoint {

    EndpointProfile profile();

    /**
     * Sends one request and returns the answer. No retries here: the caller decides (and counts cost).
     *
     * @param sampleIndex 0 for the first answer to this prompt; higher for repeated samples, which
     *                    shift a fixed seed so a seeded endpoint does not return the same draw
     * @throws EndpointException for every failure, classified
     */
    Completion complete(String prompt, int sampleIndex);

    /** The JSON body {@link #complete} would send: the same text is hashed for the response cache. */
    String requestBody(String prompt, int sampleIndex);

    /** Opens the client for a chat profile with its key (empty for endpoints without authentication). */
    static ChatEndpoint open(EndpointProfile profile, java.util.Optional<ApiKey> key) {
        EndpointHttp http = new EndpointHttp(profile, key);
        return switch (profile.kind()) {
            case OPENAI_CHAT -> new OpenAiChatEndpoint(profile, http);
            case ANTHROPIC_MESSAGES -> new AnthropicMessagesEndpoint(profile, http);
            case OPENAI_EMBEDDINGS -> throw new IllegalArgumentException("profile '" + profile.name()
                    + "' is an embeddings endpoint; it cannot answer queries. Choose a chat profile.");
        };
    }
}
