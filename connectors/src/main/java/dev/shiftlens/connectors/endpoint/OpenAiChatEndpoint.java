// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;

/** OpenAI-compatible chat completions: OpenAI, vLLM, Ollama, LM Studio, llama.cpp server, TGI. */
final class OpenAiChatEndpoint implements ChatEndpoint {

    private static final String PATH = "/chat/completions";

    private final EndpointProfile profile;
    private final EndpointHttp http;

    OpenAiChatEndpoint(EndpointProfile profile, EndpointHttp http) {
        this.profile = profile;
        this.http = http;
    }

    @Override
    public EndpointProfile profile() {
        return profile;
    }

    @Override
    public String requestBody(String prompt, int sampleIndex) {
        ObjectNode body = EndpointHttp.JSON.createObjectNode();
        body.put("model", profile.model());
        ArrayNode messages = body.putArray("messages");
        profile.systemPrompt().ifPresent(system -> messages.addObject().put("role", "system").put("content", system));
        messages.addObject().put("role", "user").put("content", prompt);
        SamplingParameters sampling = profile.sampling();
        sampling.temperature().ifPresent(value -> body.put("temperature", value));
        sampling.topP().ifPresent(value -> body.put("top_p", value));
        sampling.maxTokens().ifPresent(value -> body.put("max_tokens", value));
        sampling.seed().ifPresent(value -> body.put("seed", value + sampleIndex));
        if (!sampling.stop().isEmpty()) {
            ArrayNode stop = body.putArray("stop");
            sampling.stop().forEach(stop::add);
        }
        body.put("stream", false);
        return body.toString();
    }

    @Override
    public Completion complete(String prompt, int sampleIndex) {
        String request = requestBody(prompt, sampleIndex);
        Map<String, String> auth = http.key().map(key -> Map.of("Authorization", "Bearer " + key.reveal())).orElse(Map.of());
        EndpointHttp.Reply reply = http.post(PATH, auth, request);
        JsonNode message = reply.json().path("choices").path(0).path("message");
        JsonNode content = message.path("content");
        if (!content.isTextual() && !content.isNull()) {
            throw http.malformed(PATH, "JSON without choices[0].message.content", reply.body());
        }
        if (content.isMissingNode()) {
            throw http.malformed(PATH, "JSON without choices[0].message.content", reply.body());
        }
        String text = content.asText("");
        JsonNode usage = reply.json().path("usage");
        boolean reported = usage.path("prompt_tokens").isNumber() && usage.path("completion_tokens").isNumber();
        long input = reported ? usage.path("prompt_tokens").asLong()
                : EndpointHttp.estimatedTokens(profile.systemPrompt().orElse("") + prompt);
        long output = reported ? usage.path("completion_tokens").asLong() : EndpointHttp.estimatedTokens(text);
        return new Completion(text, input, output, reported, request, http.redact(reply.body()), reply.latency());
    }
}
