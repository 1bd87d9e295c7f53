// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.Map;

/** Anthropic Messages API: {@code POST {base_url}/messages}, text blocks of the answer joined. */
final class AnthropicMessagesEndpoint implements ChatEndpoint {

    private static final String PATH = "/messages";
    private static final String API_VERSION = "2023-06-01";
    /** The Messages API requires max_tokens; used when the profile leaves it to the server. */
    static final int DEFAULT_MAX_TOKENS = 1024;

    private final EndpointProfile profile;
    private final EndpointHttp http;

    AnthropicMessagesEndpoint(EndpointProfile profile, EndpointHttp http) {
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
        SamplingParameters sampling = profile.sampling();
        body.put("max_tokens", sampling.maxTokens().orElse(DEFAULT_MAX_TOKENS));
        profile.systemPrompt().ifPresent(system -> body.put("system", system));
        body.putArray("messages").addObject().put("role", "user").put("content", prompt);
        sampling.temperature().ifPresent(value -> body.put("temperature", value));
        sampling.topP().ifPresent(value -> body.put("top_p", value));
        if (!sampling.stop().isEmpty()) {
            ArrayNode stop = body.putArray("stop_sequences");
            sampling.stop().forEach(stop::add);
        }
        if (sampleIndex > 0) {
            // the API has no seed; the index keeps repeated samples apart in the request log
            body.putObject("metadata").put("user_id", "shiftlens-sample-" + sampleIndex);
        }
        return body.toString();
    }

    @Override
    public Completion complete(String prompt, int sampleIndex) {
        String request = requestBody(prompt, sampleIndex);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("anthropic-version", profile.headers().getOrDefault("anthropic-version", API_VERSION));
        http.key().ifPresent(key -> headers.put("x-api-key", key.reveal()));
        EndpointHttp.Reply reply = http.post(PATH, headers, request);
        JsonNode content = reply.json().path("content");
        if (!content.isArray()) {
            throw http.malformed(PATH, "JSON without a content array", reply.body());
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode block : content) {
            if ("text".equals(block.path("type").asText())) {
                text.append(block.path("text").asText(""));
            }
        }
        JsonNode usage = reply.json().path("usage");
        boolean reported = usage.path("input_tokens").isNumber() && usage.path("output_tokens").isNumber();
        long input = reported ? usage.path("input_tokens").asLong()
                : EndpointHttp.estimatedTokens(profile.systemPrompt().orElse("") + prompt);
        long output = reported ? usage.path("output_tokens").asLong() : EndpointHttp.estimatedTokens(text.toString());
        return new Completion(text.toString(), input, output, reported, request, http.redact(reply.body()), reply.latency());
    }
}
