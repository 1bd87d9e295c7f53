// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shiftlens.analysis.embed.EmbeddingException;
import dev.shiftlens.analysis.embed.TextEmbedder;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sentence vectors from an OpenAI-compatible {@code /embeddings} endpoint, as an alternative to the
 * bundled local model: many texts per request (the API takes a list), vectors scaled to unit length
 * as {@link TextEmbedder} promises. Requests failing for a passing reason are tried a few times.
 */
public final class OpenAiEmbeddingsEmbedder implements TextEmbedder {

    private static final String PATH = "/embeddings";
    private static final int BATCH = 64;
    private static final int ATTEMPTS = 3;

    private final EndpointProfile profile;
    private final EndpointHttp http;
    private volatile int dimension;

    public OpenAiEmbeddingsEmbedder(EndpointProfile profile, Optional<ApiKey> key) {
        if (profile.kind() != EndpointKind.OPENAI_EMBEDDINGS) {
            throw new IllegalArgumentException("profile '" + profile.name() + "' is " + profile.kind().id()
                    + ", not " + EndpointKind.OPENAI_EMBEDDINGS.id() + "; choose an embeddings profile.");
        }
        this.profile = profile;
        this.http = new EndpointHttp(profile, key);
    }

    @Override
    public int dimension() {
        if (dimension == 0) {
            dimension = batch(List.of("dimension probe"))[0].length;
        }
        return dimension;
    }

    @Override
    public float[][] embed(List<String> texts, ProgressListener progress, Cancellation cancel) {
        float[][] vectors = new float[texts.size()][];
        for (int start = 0; start < texts.size(); start += BATCH) {
            cancel.checkpoint();
            int end = Math.min(texts.size(), start + BATCH);
            float[][] batch = batch(texts.subList(start, end));
            System.arraycopy(batch, 0, vectors, start, batch.length);
            progress.update((double) end / texts.size(), "embedded %,d of %,d texts via %s".formatted(end, texts.size(), profile.name()));
        }
        return vectors;
    }

    @Override
    public String modelId() {
        return "endpoint:" + profile.baseUrl() + "#" + profile.model();
    }

    private float[][] batch(List<String> texts) {
        EndpointException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return request(texts);
            } catch (EndpointException e) {
                last = e;
                if (!e.problem().retryable()) {
                    break;
                }
                pause(e.retryAfter().map(java.time.Duration::toMillis).orElse(500L * attempt));
            }
        }
        throw new EmbeddingException("cannot embed texts with profile '" + profile.name() + "': " + last.getMessage(), last);
    }

    private float[][] request(List<String> texts) {
        ObjectNode body = EndpointHttp.JSON.createObjectNode();
        body.put("model", profile.model());
        ArrayNode input = body.putArray("input");
        texts.forEach(text -> input.add(text.isEmpty() ? " " : text));
        Map<String, String> auth = http.key().map(key -> Map.of("Authorization", "Bearer " + key.reveal())).orElse(Map.of());
        EndpointHttp.Reply reply = http.post(PATH, auth, body.toString());
        JsonNode data = reply.json().path("data");
        if (!data.isArray() || data.size() != texts.size()) {
            throw http.malformed(PATH, "JSON without one data[] entry per input text", reply.body());
        }
        float[][] vectors = new float[texts.size()][];
        for (JsonNode item : data) {
            int index = item.path("index").asInt(-1);
            JsonNode values = item.path("embedding");
            if (index < 0 || index >= texts.size() || !values.isArray() || values.isEmpty()) {
                throw http.malformed(PATH, "a data[] entry without index and embedding", reply.body());
            }
            vectors[index] = unit(values);
        }
        for (float[] vector : vectors) {
            if (vector == null) {
                throw http.malformed(PATH, "data[] entries that skip an index", reply.body());
            }
        }
        return vectors;
    }

    private static float[] unit(JsonNode values) {
        float[] vector = new float[values.size()];
        double norm = 0;
        for (int i = 0; i < vector.length; i++) {
            vector[i] = (float) values.get(i).asDouble();
            norm += (double) vector[i] * vector[i];
        }
        double length = Math.sqrt(norm);
        if (length > 0) {
            for (int i = 0; i < vector.length; i++) {
                vector[i] = (float) (vector[i] / length);
            }
        }
        return vector;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(Math.min(millis, 30_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new dev.shiftlens.analysis.work.CancelledException();
        }
    }
}
