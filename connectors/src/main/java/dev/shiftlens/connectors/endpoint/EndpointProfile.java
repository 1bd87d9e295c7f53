// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.endpoint;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A named model endpoint as the user described it in a profile file.
 *
 * @param baseUrl       up to and including the API version, e.g. {@code http://localhost:8000/v1}
 * @param promptVersion the user's name for the system prompt's version, kept with every answer
 * @param headers       extra request headers (never a key: profiles name a {@link KeySource} instead)
 * @param concurrency   requests in flight at once against this endpoint
 */
public record EndpointProfile(String name, EndpointKind kind, String baseUrl, String model, SamplingParameters sampling,
                              Optional<String> systemPrompt, Optional<String> promptVersion, Map<String, String> headers,
                              Price price, int concurrency, Duration timeout, KeySource key) {

    public EndpointProfile {
        headers = Map.copyOf(headers);
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1");
        }
    }

    /** A minimal profile with server defaults: for tests and the test server's example file. */
    public static EndpointProfile of(String name, EndpointKind kind, String baseUrl, String model) {
        return new EndpointProfile(name, kind, baseUrl, model, SamplingParameters.serverDefaults(), Optional.empty(),
                Optional.empty(), Map.of(), Price.FREE, 4, Duration.ofSeconds(60), new KeySource.None());
    }

    public EndpointProfile withPrice(Price value) {
        return new EndpointProfile(name, kind, baseUrl, model, sampling, systemPrompt, promptVersion, headers, value,
                concurrency, timeout, key);
    }

    public EndpointProfile withConcurrency(int value) {
        return new EndpointProfile(name, kind, baseUrl, model, sampling, systemPrompt, promptVersion, headers, price,
                value, timeout, key);
    }

    public EndpointProfile withTimeout(Duration value) {
        return new EndpointProfile(name, kind, baseUrl, model, sampling, systemPrompt, promptVersion, headers, price,
                concurrency, value, key);
    }

    public EndpointProfile withKey(KeySource value) {
        return new EndpointProfile(name, kind, baseUrl, model, sampling, systemPrompt, promptVersion, headers, price,
                concurrency, timeout, value);
    }

    public EndpointProfile withSampling(SamplingParameters value) {
        return new EndpointProfile(name, kind, baseUrl, model, value, systemPrompt, promptVersion, headers, price,
                concurrency, timeout, key);
    }

    public EndpointProfile withSystemPrompt(String prompt, String version) {
        return new EndpointProfile(name, kind, baseUrl, model, sampling, Optional.of(prompt), Optional.of(version),
                headers, price, concurrency, timeout, key);
    }

    /** "kind URL", for messages and the responses table. */
    public String endpoint() {
        return kind.id() + " " + baseUrl;
    }

    /**
     * Everything that changes what the endpoint answers, in a fixed order: what the response cache
     * is keyed by together with the prompt. Not the profile's name, price, concurrency, timeout,
     * headers or key, none of which change the answer.
     */
    public Map<String, Object> identity() {
        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("kind", kind.id());
        identity.put("base_url", baseUrl);
        identity.put("model", model);
        identity.put("system_prompt", systemPrompt.orElse(""));
        identity.put("prompt_version", promptVersion.orElse(""));
        identity.put("temperature", sampling.temperature().isPresent() ? sampling.temperature().getAsDouble() : "default");
        identity.put("top_p", sampling.topP().isPresent() ? sampling.topP().getAsDouble() : "default");
        identity.put("max_tokens", sampling.maxTokens().isPresent() ? sampling.maxTokens().getAsInt() : "default");
        identity.put("seed", sampling.seed().isPresent() ? sampling.seed().getAsLong() : "none");
        identity.put("stop", List.copyOf(sampling.stop()));
        return identity;
    }

    /** The profile as stored with a run: identity, price and limits, header names only, where the key comes from. */
    public Map<String, Object> provenance() {
        Map<String, Object> provenance = new LinkedHashMap<>(identity());
        provenance.put("name", name);
        provenance.put("price_per_1k", Map.of("input", price.inputPer1k(), "output", price.outputPer1k()));
        provenance.put("concurrency", concurrency);
        provenance.put("timeout_seconds", timeout.toSeconds());
        provenance.put("header_names", headers.keySet().stream().sorted().toList());
        provenance.put("key_source", key.describe());
        return provenance;
    }
}
