// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.endpoint;

import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;
import dev.shiftlens.analysis.embed.TextEmbedder;
import dev.shiftlens.connectors.testserver.LoopbackModelServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EndpointProfilesTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void jsonProfileWithCommentsReadsEveryField() throws IOException {
        Files.writeString(dir.resolve("system.txt"), "You are terse.");
        Path file = write("p.json", """
                { // comments are fine
                  "profiles": {
                    "prod": {"kind": "openai-chat", "base_url": "http://localhost:8000/v1/", "model": "m1",
                             "temperature": 0.2, "top_p": 0.9, "max_tokens": 300, "seed": 7, "stop": ["END"],
                             "system_prompt_file": "system.txt", "prompt_version": "v47", "headers": {"X-Team": "search"},
                             "price_per_1k": {"input": 0.5, "output": 1.5}, "concurrency": 16, "timeout_seconds": 30,
                             "key": {"keychain": {"service": "shiftlens", "account": "prod"}}}
                  }
                }""");

        EndpointProfile prod = EndpointProfiles.load(file).get("prod");

        assertThat(prod.baseUrl()).isEqualTo("http://localhost:8000/v1");
        assertThat(prod.systemPrompt()).contains("You are terse.");
        assertThat(prod.sampling().maxTokens()).hasValue(300);
        assertThat(prod.price()).isEqualTo(new Price(0.5, 1.5));
        assertThat(prod.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(prod.key()).isEqualTo(new KeySource.Keychain("shiftlens", "prod"));
        assertThat(prod.provenance().toString()).contains("header_names=[X-Team]").doesNotContain("search");
    }

    @Test
    void yamlProfileIsReadByExtension() throws IOException {
        Path file = write("p.yaml", """
                profiles:
                  cand:
                    kind: anthropic-messages
                    base_url: https://api.anthropic.com/v1
                    model: claude-x
                    key: {env: ANTHROPIC_API_KEY}
                """);

        EndpointProfile cand = EndpointProfiles.load(file).get("cand");

        assertThat(cand.kind()).isEqualTo(EndpointKind.ANTHROPIC_MESSAGES);
        assertThat(cand.key()).isEqualTo(new KeySource.EnvironmentVariable("ANTHROPIC_API_KEY"));
    }

    @Test
    void typoInAFieldNamesTheProfileAndTheField() throws IOException {
        Path file = write("p.json", """
                {"profiles": {"prod": {"base_url": "http://x/v1", "model": "m", "temperture": 0.2}}}""");

        assertThatThrownBy(() -> EndpointProfiles.load(file)).isInstanceOf(ProfileFileException.class)
                .hasMessageContaining("profile 'prod'").hasMessageContaining("unknown field temperture");
    }

    @Test
    void keyInAHeaderIsRefused() throws IOException {
        Path file = write("p.json", """
                {"profiles": {"prod": {"base_url": "http://x/v1", "model": "m", "headers": {"Authorization": "Bearer sk-123"}}}}""");

        assertThatThrownBy(() -> EndpointProfiles.load(file)).hasMessageContaining("keys never go in profile files")
                .hasMessageNotContaining("sk-123");
    }

    @Test
    void brokenJsonNamesTheLine() throws IOException {
        Path file = write("p.json", "{\n\"profiles\": {\n\"prod\": {\"model\": }\n}}");

        assertThatThrownBy(() -> EndpointProfiles.load(file)).hasMessageStartingWith(file + ":3: not valid JSON");
    }

    @Test
    void missingKeychainToolSaysWhatToInstall() {
        EndpointProfile profile = EndpointProfile.of("prod", EndpointKind.OPENAI_CHAT, "http://x/v1", "m")
                .withKey(new KeySource.Keychain("no-such-service-" + System.nanoTime(), "nobody"));

        assertThatThrownBy(() -> new KeyResolver(name -> Optional.empty(), "Linux").resolve(profile))
                .isInstanceOf(KeyUnavailableException.class).hasMessageContaining("profile 'prod'")
                .hasMessageContaining("secret-tool");
    }

    @Test
    void embeddingsEndpointGivesUnitVectorsWithSimilarQueriesClose() {
        try (LoopbackModelServer server = LoopbackModelServer.start()) {
            EndpointProfile profile = EndpointProfile.of("emb", EndpointKind.OPENAI_EMBEDDINGS, server.baseUrl(), "bow");
            OpenAiEmbeddingsEmbedder embedder = new OpenAiEmbeddingsEmbedder(profile, Optional.empty());

            float[][] vectors = embedder.embed(List.of("reset my router please", "please reset my router", "warranty for blender"),
                    ProgressListener.NONE, Cancellation.none());

            assertThat(embedder.dimension()).isEqualTo(64);
            assertThat(TextEmbedder.cosine(vectors[0], vectors[0])).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
            assertThat(TextEmbedder.cosine(vectors[0], vectors[1])).isGreaterThan(TextEmbedder.cosine(vectors[0], vectors[2]));
            assertThat(server.requests()).isEqualTo(2);
        }
    }
}
