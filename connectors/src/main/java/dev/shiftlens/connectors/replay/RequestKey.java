// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.replay;

import dev.shiftlens.connectors.endpoint.ChatEndpoint;
import dev.shiftlens.connectors.endpoint.EndpointProfile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The response cache key: SHA-256 of the endpoint (kind, base URL), the prompt version, the sample
 * index and the exact JSON body sent, which holds the model, system prompt, user prompt and
 * sampling parameters. The same question to the same endpoint under the same settings is asked
 * once; a change to any of them is a new question. Keys and headers are not part of it.
 */
public final class RequestKey {

    private RequestKey() {
    }

    public static String of(ChatEndpoint endpoint, String prompt, int sampleIndex) {
        EndpointProfile profile = endpoint.profile();
        String identity = String.join("\n", "shiftlens-response-v1", profile.kind().id(), profile.baseUrl(),
                profile.promptVersion().orElse(""), Integer.toString(sampleIndex), endpoint.requestBody(prompt, sampleIndex));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
