// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.testserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.shiftlens.connectors.replay.ReplayThreads;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OpenAI-compatible (and Anthropic Messages) model server on 127.0.0.1 with canned,
 * deterministic answers ({@link CannedAnswers}), a fixed latency, injectable {@link Fault}s and an
 * optional required key. It counts every model request as it arrives, so tests can prove a rerun
 * asks nothing twice, and tracks the most requests it served at once.
 */
public final class LoopbackModelServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int EMBEDDING_DIMENSIONS = 64;

    private final HttpServer server;
    private final ExecutorService threads;
    private final Duration latency;
    private final List<Fault.Armed> faults;
    private final Optional<String> requiredKey;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private final Map<String, AtomicInteger> byModelAndPrompt = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> occurrences = new ConcurrentHashMap<>();

    private LoopbackModelServer(int port, Duration latency, List<Fault> faults, Optional<String> requiredKey) {
        this.latency = latency;
        this.faults = faults.stream().map(Fault.Armed::new).toList();
        this.requiredKey = requiredKey;
        this.threads = ReplayThreads.perTask("test-server");
        try {
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1024);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port + " (" + e.getMessage()
                    + "); is another server using the port? Choose another with --port.", e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::handle);
    }

    /**
     * @param port        0 for any free port
     * @param requiredKey when present, requests must carry it (Bearer or x-api-key) or get 401
     */
    public static LoopbackModelServer start(int port, Duration latency, List<Fault> faults, Optional<String> requiredKey) {
        LoopbackModelServer started = new LoopbackModelServer(port, latency, faults, requiredKey);
        started.server.start();
        return started;
    }

    public static LoopbackModelServer start() {
        return start(0, Duration.ZERO, List.of(), Optional.empty());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The base URL profiles use: {@code http://127.0.0.1:PORT/v1}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port() + "/v1";
    }

    /** Model requests received (chat, messages, embeddings), counted on arrival, failed ones included. */
    public int requests() {
        return requests.get();
    }

    /** Requests received for this model and user prompt. */
    public int requests(String model, String prompt) {
        AtomicInteger count = byModelAndPrompt.get(model + "\n" + prompt);
        return count == null ? 0 : count.get();
    }

    /** The most model requests this server was answering at the same moment. */
    public int mostInFlight() {
        return mostInFlight.get();
    }

    /** A profile file (JSON) pointing two chat profiles and an embeddings profile at this server. */
    public String exampleProfiles(Optional<String> keyVariable) {
        String key = keyVariable.map(name -> ",\n      \"key\": {\"env\": \"" + name + "\"}").orElse("");
        return """
                {
                  // written by ./shiftlens test-server; see docs/replay.md for every field
                  "profiles": {
                    "baseline": {
                      "kind": "openai-chat", "base_url": "%1$s", "model": "baseline-model",
                      "temperature": 0.7, "max_tokens": 256, "system_prompt": "You are a helpful support assistant.",
                      "prompt_version": "v1", "price_per_1k": {"input": 0.0005, "output": 0.0015}, "concurrency": 8%2$s
                    },
                    "candidate": {
                      "kind": "openai-chat", "base_url": "%1$s", "model": "candidate-model",
                      "temperature": 0.7, "max_tokens": 256, "system_prompt": "You are a helpful support assistant.",
                      "prompt_version": "v1", "price_per_1k": {"input": 0.0003, "output": 0.0012}, "concurrency": 8%2$s
                    },
                    "candidate-anthropic": {
                      "kind": "anthropic-messages", "base_url": "%1$s", "model": "candidate-model",
                      "max_tokens": 256, "concurrency": 8%2$s
                    },
                    "embeddings": {
                      "kind": "openai-embeddings", "base_url": "%1$s", "model": "bag-of-words-64"%2$s
                    }
                  }
                }
                """.formatted(baseUrl(), key);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!"POST".equals(exchange.getRequestMethod())) {
                if (path.endsWith("/models")) {
                    send(exchange, 200, "{\"object\":\"list\",\"data\":[{\"id\":\"baseline-model\"},{\"id\":\"candidate-model\"}]}", Map.of());
                } else {
                    send(exchange, 405, error("POST " + path + " only"), Map.of());
                }
                return;
            }
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int now = inFlight.incrementAndGet();
            mostInFlight.accumulateAndGet(now, Math::max);
            Reply reply;
            try {
                reply = answer(exchange, path, body);
            } finally {
                // before the answer leaves: the client may send its next request the moment it has it
                inFlight.decrementAndGet();
            }
            send(exchange, reply.status(), reply.body(), reply.headers());
        }
    }

    private record Reply(int status, String body, Map<String, String> headers) {
        Reply(int status, String body) {
            this(status, body, Map.of());
        }
    }

    private Reply answer(HttpExchange exchange, String path, String body) {
        boolean anthropic = path.endsWith("/messages");
        boolean embeddings = path.endsWith("/embeddings");
        if (!anthropic && !embeddings && !path.endsWith("/chat/completions")) {
            return new Reply(404, error("unknown path " + path + "; this server answers /v1/chat/completions,"
                    + " /v1/messages and /v1/embeddings"));
        }
        JsonNode request;
        try {
            request = JSON.readTree(body);
        } catch (IOException e) {
            return new Reply(400, error("request body is not JSON"));
        }
        String model = request.path("model").asText("");
        String prompt = embeddings ? request.path("input").toString() : lastUserMessage(request);
        requests.incrementAndGet();
        byModelAndPrompt.computeIfAbsent(model + "\n" + prompt, key -> new AtomicInteger()).incrementAndGet();
        pause(latency);
        Optional<String> refusal = checkKey(exchange, anthropic);
        if (refusal.isPresent()) {
            return new Reply(401, error("Incorrect API key provided: " + refusal.get()));
        }
        for (Fault.Armed armed : faults) {
            if (armed.fire(model)) {
                Optional<Reply> injected = inject(armed.fault());
                if (injected.isPresent()) {
                    return injected.get();
                }
                break;
            }
        }
        if (embeddings) {
            return new Reply(200, embeddingsBody(request, model));
        }
        int variant = variant(request, body);
        String text = CannedAnswers.answer(model, prompt, variant);
        long inputTokens = (request.path("system").asText("").length() + systemLength(request) + prompt.length()) / 4 + 10;
        long outputTokens = Math.max(1, text.length() / 4);
        return new Reply(200, anthropic ? messagesBody(model, text, inputTokens, outputTokens)
                : chatBody(model, text, inputTokens, outputTokens));
    }

    /** The fault's reply; empty for a hang, which only delays the normal answer. */
    private static Optional<Reply> inject(Fault fault) {
        return switch (fault) {
            case Fault.RateLimited limited -> Optional.of(new Reply(429,
                    error("Rate limit reached; retry after " + limited.retryAfterSeconds() + " s"),
                    Map.of("Retry-After", Integer.toString(limited.retryAfterSeconds()))));
            case Fault.ServerError failure -> Optional.of(new Reply(failure.status(), error("injected server error"),
                    failure.status() == 503 ? Map.of("Retry-After", "1") : Map.of()));
            case Fault.Hang hang -> {
                pause(hang.delay());
                yield Optional.empty();
            }
            case Fault.Malformed malformed -> Optional.of(new Reply(200, "{\"choices\": [{\"message\": {\"content\": \"cut o"));
        };
    }

    private Optional<String> checkKey(HttpExchange exchange, boolean anthropic) {
        if (requiredKey.isEmpty()) {
            return Optional.empty();
        }
        String given = anthropic ? exchange.getRequestHeaders().getFirst("x-api-key")
                : Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization")).map(h -> h.replaceFirst("^Bearer ", "")).orElse(null);
        if (requiredKey.get().equals(given)) {
            return Optional.empty();
        }
        // echoes the key it refused, as some real servers do, so tests prove clients hide it
        return Optional.of(given == null ? "(none)" : given);
    }

    /** 0 for a request's first occurrence; repeated samples (same body again, or a shifted seed) vary. */
    private int variant(JsonNode request, String body) {
        if (request.has("seed")) {
            return (int) Math.floorMod(request.path("seed").asLong(), 1000L);
        }
        if (request.has("metadata")) {
            body = body + request.path("metadata");
        }
        return occurrences.computeIfAbsent(body, key -> new AtomicInteger()).getAndIncrement();
    }

    private static String lastUserMessage(JsonNode request) {
        String prompt = "";
        for (JsonNode message : request.path("messages")) {
            if ("user".equals(message.path("role").asText())) {
                prompt = message.path("content").asText("");
            }
        }
        return prompt;
    }

    private static int systemLength(JsonNode request) {
        int length = 0;
        for (JsonNode message : request.path("messages")) {
            if ("system".equals(message.path("role").asText())) {
                length += message.path("content").asText("").length();
            }
        }
        return length;
    }

    private static String chatBody(String model, String text, long inputTokens, long outputTokens) {
        ObjectNode body = JSON.createObjectNode();
        body.put("id", "chatcmpl-loopback").put("object", "chat.completion").put("model", model);
        ObjectNode choice = body.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", text);
        body.putObject("usage").put("prompt_tokens", inputTokens).put("completion_tokens", outputTokens)
                .put("total_tokens", inputTokens + outputTokens);
        return body.toString();
    }

    private static String messagesBody(String model, String text, long inputTokens, long outputTokens) {
        ObjectNode body = JSON.createObjectNode();
        body.put("id", "msg_loopback").put("type", "message").put("role", "assistant").put("model", model);
        body.putArray("content").addObject().put("type", "text").put("text", text);
        body.put("stop_reason", "end_turn");
        body.putObject("usage").put("input_tokens", inputTokens).put("output_tokens", outputTokens);
        return body.toString();
    }

    private static String embeddingsBody(JsonNode request, String model) {
        List<String> inputs = new ArrayList<>();
        JsonNode input = request.path("input");
        if (input.isArray()) {
            input.forEach(item -> inputs.add(item.asText("")));
        } else {
            inputs.add(input.asText(""));
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("object", "list").put("model", model);
        ArrayNode data = body.putArray("data");
        long tokens = 0;
        for (int i = 0; i < inputs.size(); i++) {
            ObjectNode item = data.addObject().put("object", "embedding").put("index", i);
            ArrayNode vector = item.putArray("embedding");
            for (float value : CannedAnswers.embedding(inputs.get(i), EMBEDDING_DIMENSIONS)) {
                vector.add(value);
            }
            tokens += inputs.get(i).length() / 4 + 1;
        }
        body.putObject("usage").put("prompt_tokens", tokens).put("total_tokens", tokens);
        return body.toString();
    }

    private static String error(String message) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("error").put("message", message).put("type", "loopback_error");
        return body.toString();
    }

    private static void send(HttpExchange exchange, int status, String body, Map<String, String> headers) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void pause(Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return;
        }
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
