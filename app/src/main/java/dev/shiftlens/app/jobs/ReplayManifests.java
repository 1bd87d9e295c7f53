// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shiftlens.analysis.manifest.ReleaseManifest;
import dev.shiftlens.analysis.manifest.RunManifests;
import dev.shiftlens.connectors.endpoint.EndpointProfile;
import dev.shiftlens.connectors.endpoint.SamplingParameters;
import dev.shiftlens.connectors.replay.ReplayMode;
import dev.shiftlens.connectors.replay.ReplayOutcome;
import dev.shiftlens.connectors.replay.ReplayReport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What each side of a replayed run was, from the profile that answered it: the release manifest a
 * report compares side by side and names as the rollback target. Holds no key, header value or
 * prompt text (the system prompt only as its SHA-256), so manifests can be shared with the report.
 */
public final class ReplayManifests {

    public static final String PROFILE = "profile";
    public static final String SERVED_MODEL = "served_model";
    public static final String ENDPOINT = "endpoint";
    public static final String SYSTEM_PROMPT_SHA256 = "system_prompt_sha256";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReplayManifests() {
    }

    /**
     * @param loggedCandidateModels in a retrospective, the models the log names for the updated side
     *                              (the side no endpoint answered)
     */
    public static RunManifests of(ReplayMode mode, ReplayReport report, List<String> loggedCandidateModels) {
        return switch (mode) {
            case ReplayMode.PrePromotion both -> new RunManifests(side(both.baseline().profile(), report),
                    side(both.candidate().profile(), report));
            case ReplayMode.Retrospective retro -> new RunManifests(side(retro.preUpdate().profile(), report),
                    new ReleaseManifest(loggedCandidateModels.isEmpty() ? Map.of()
                            : Map.of(ReleaseManifest.MODEL, String.join(", ", loggedCandidateModels), "source", "logged outputs")));
        };
    }

    static ReleaseManifest side(EndpointProfile profile, ReplayReport report) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(PROFILE, profile.name());
        entries.put("kind", profile.kind().id());
        entries.put(ReleaseManifest.MODEL, profile.model());
        Set<String> served = servedModels(profile.name(), report);
        if (!served.isEmpty()) {
            entries.put(SERVED_MODEL, String.join(", ", served));
        }
        entries.put(ENDPOINT, profile.baseUrl());
        profile.promptVersion().ifPresent(version -> entries.put("prompt_version", version));
        profile.systemPrompt().ifPresent(prompt -> entries.put(SYSTEM_PROMPT_SHA256, sha256(prompt)));
        sampling(profile.sampling(), entries);
        return new ReleaseManifest(entries);
    }

    private static void sampling(SamplingParameters sampling, Map<String, String> entries) {
        sampling.temperature().ifPresent(value -> entries.put("temperature", Double.toString(value)));
        sampling.topP().ifPresent(value -> entries.put("top_p", Double.toString(value)));
        sampling.maxTokens().ifPresent(value -> entries.put("max_tokens", Integer.toString(value)));
        sampling.seed().ifPresent(value -> entries.put("seed", Long.toString(value)));
        if (!sampling.stop().isEmpty()) {
            entries.put("stop", String.join(" | ", sampling.stop()));
        }
    }

    /** The {@code model} field of the answers this profile gave, when the server reports it: an alias may resolve to a dated snapshot. */
    private static Set<String> servedModels(String profile, ReplayReport report) {
        Set<String> served = new TreeSet<>();
        for (ReplayOutcome outcome : report.outcomes()) {
            if (outcome instanceof ReplayOutcome.Answered answered && answered.answer().profile().equals(profile)) {
                servedModel(answered.answer().responseBody()).ifPresent(served::add);
            }
        }
        return served;
    }

    private static Optional<String> servedModel(String responseBody) {
        try {
            JsonNode model = JSON.readTree(responseBody).path("model");
            return model.isTextual() && !model.asText().isBlank() ? Optional.of(model.asText()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
