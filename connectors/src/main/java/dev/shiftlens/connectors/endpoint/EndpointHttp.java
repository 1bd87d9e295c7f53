// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Posts JSON to one endpoint and turns every way that can fail into an {@link EndpointException}
 * with a message for the user. OkHttp's own silent retries are off: a repeated request may be a
 * repeated charge, so only the replay's retry policy decides to ask again.
 */
final class EndpointHttp {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType JSON_TYPE = MediaType.get("application/json");
    private static final int EXCERPT = 300;
    private static final OkHttpClient SHARED = new OkHttpClient.Builder()
            .connectionPool(new ConnectionPool(128, 5, TimeUnit.MINUTES))
            .retryOnConnectionFailure(false)
            .followRedirects(false)
            .build();

    /** A successful exchange: the parsed body and the raw text kept in the response cache. */
    record Reply(JsonNode json, String body, Duration latency) {
    }

    private final EndpointProfile profile;
    private final Optional<ApiKey> key;
    private final OkHttpClient client;

    EndpointHttp(EndpointProfile profile, Optional<ApiKey> key) {
        this.profile = profile;
        this.key = key;
        this.client = SHARED.newBuilder()
                .callTimeout(profile.timeout())
                .readTimeout(profile.timeout())
                .connectTimeout(Duration.ofSeconds(Math.min(10, Math.max(1, profile.timeout().toSeconds()))))
                .build();
    }

    Optional<ApiKey> key() {
        return key;
    }

    Reply post(String path, Map<String, String> authHeaders, String body) {
        Request.Builder request = new Request.Builder().url(profile.baseUrl() + path).post(RequestBody.create(body, JSON_TYPE));
        profile.headers().forEach(request::header);
        authHeaders.forEach(request::header);
        long started = System.nanoTime();
        try (Response response = client.newCall(request.build()).execute()) {
            String text = readBody(response.body());
            Duration latency = Duration.ofNanos(System.nanoTime() - started);
            if (!response.isSuccessful()) {
                throw statusProblem(path, response, text);
            }
            return new Reply(parse(text, path), text, latency);
        } catch (InterruptedIOException e) {
            throw new EndpointException(EndpointProblem.TIMEOUT, 0, Optional.empty(), where(path) + " gave no complete answer within "
                    + profile.timeout().toSeconds() + " s; raise \"timeout_seconds\" in the profile or lower \"concurrency\".");
        } catch (ConnectException | UnknownHostException e) {
            throw new EndpointException(EndpointProblem.UNREACHABLE, 0, Optional.empty(), where(path) + " cannot be reached ("
                    + redact(e.getMessage()) + "). Is the server running, and is \"base_url\" right?");
        } catch (IOException e) {
            throw new EndpointException(EndpointProblem.UNREACHABLE, 0, Optional.empty(), where(path) + ": connection failed ("
                    + e.getClass().getSimpleName() + ": " + redact(e.getMessage()) + ").");
        }
    }

    private static String readBody(ResponseBody body) throws IOException {
        return body == null ? "" : body.string();
    }

    private String where(String path) {
        return "endpoint '" + profile.name() + "' (" + profile.baseUrl() + path + ")";
    }

    private JsonNode parse(String text, String path) {
        try {
            JsonNode json = JSON.readTree(text);
            if (json == null || !json.isObject()) {
                throw new IOException("not a JSON object");
            }
            return json;
        } catch (IOException e) {
            throw malformed(path, "a body that is not JSON", text);
        }
    }

    EndpointException malformed(String path, String what, String text) {
        return new EndpointException(EndpointProblem.MALFORMED_RESPONSE, 200, Optional.empty(), where(path)
                + " answered with " + what + " (starts: " + excerpt(text) + "). Is \"kind\" right for this server ("
                + EndpointKind.known() + ")?");
    }

    private EndpointException statusProblem(String path, Response response, String text) {
        int status = response.code();
        String detail = serverMessage(text);
        Optional<Duration> retryAfter = retryAfter(response.header("Retry-After"));
        return switch (status) {
            case 401, 403 -> new EndpointException(EndpointProblem.KEY_REFUSED, status, Optional.empty(), where(path)
                    + " refused the key from " + profile.key().describe() + " (HTTP " + status + detail + "). Check that it"
                    + " is a valid key for this server and model; no further requests were sent to this endpoint.");
            case 429 -> new EndpointException(EndpointProblem.RATE_LIMITED, status, retryAfter, where(path)
                    + " is rate limiting (HTTP 429" + detail + "); lower \"concurrency\" in the profile if this persists.");
            case 408 -> new EndpointException(EndpointProblem.TIMEOUT, status, retryAfter, where(path)
                    + " timed out the request (HTTP 408" + detail + ").");
            default -> status >= 500
                    ? new EndpointException(EndpointProblem.SERVER_ERROR, status, retryAfter, where(path)
                    + " failed with HTTP " + status + detail + ".")
                    : new EndpointException(EndpointProblem.REQUEST_REJECTED, status, Optional.empty(), where(path)
                    + " rejected the request with HTTP " + status + detail + ". Check \"model\" and \"base_url\" in the profile.");
        };
    }

    /** The server's own explanation: OpenAI's and Anthropic's {@code error.message}, else an excerpt of the body. */
    private String serverMessage(String text) {
        if (text.isBlank()) {
            return "";
        }
        try {
            JsonNode error = JSON.readTree(text).path("error");
            String message = error.isTextual() ? error.asText() : error.path("message").asText("");
            return ": " + excerpt(message.isBlank() ? text : message);
        } catch (IOException e) {
            return ": " + excerpt(text);
        }
    }

    static Optional<Duration> retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofMillis(Math.round(Double.parseDouble(header.strip()) * 1000)));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime when = ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(ZonedDateTime.now(when.getZone()), when);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    private String excerpt(String text) {
        String clean = redact(text).replaceAll("\\s+", " ").strip();
        return clean.length() > EXCERPT ? clean.substring(0, EXCERPT) + "…" : clean;
    }

    String redact(String text) {
        String clean = text == null ? "" : text;
        return key.map(k -> k.redact(clean)).orElse(clean);
    }

    /** Tokens for text whose usage the server did not report: about four characters a token. */
    static long estimatedTokens(String text) {
        return (text.length() + 3) / 4;
    }
}
