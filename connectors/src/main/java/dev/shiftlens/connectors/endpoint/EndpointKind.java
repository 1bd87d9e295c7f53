// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.endpoint;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The wire protocols Shiftlens speaks; {@link #id()} is how a profile file names them. */
public enum EndpointKind {
    /** {@code POST {base_url}/chat/completions}: OpenAI, vLLM, Ollama, LM Studio, llama.cpp server, TGI. */
    OPENAI_CHAT("openai-chat"),
    /** {@code POST {base_url}/messages} with {@code x-api-key} and {@code anthropic-version}. */
    ANTHROPIC_MESSAGES("anthropic-messages"),
    /** {@code POST {base_url}/embeddings}: sentence vectors instead of the bundled local model. */
    OPENAI_EMBEDDINGS("openai-embeddings");

    private final String id;

    EndpointKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public boolean chats() {
        return this != OPENAI_EMBEDDINGS;
    }

    public static Optional<EndpointKind> byId(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst();
    }

    public static String known() {
        return Arrays.stream(values()).map(EndpointKind::id).collect(Collectors.joining(", "));
    }
}
