// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.jobs;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Which model embeds the outputs of an analysis: the user's choice, by the name the CLI takes. */
public enum EmbeddingPath {
    /** all-MiniLM-L6-v2 per text: the transformer itself, about 60-350 texts/s on two cores. */
    MINILM,
    /** The static table distilled from MiniLM: the default, two orders of magnitude faster (docs/analysis.md). */
    STATIC,
    /** An OpenAI-compatible embeddings endpoint from a profile. */
    ENDPOINT;

    /**
     * Static: on the accuracy bench (bench accuracy --embedding minilm,static) it scores as MiniLM does on every
     * planted kind, since kinds of change are found from the metrics and the embeddings only place content
     * changes and topics; on the sample incident it finds the same six planted changes (docs/benchmarks.md).
     */
    public static final EmbeddingPath DEFAULT = STATIC;

    /**
     * The bundled path that made vectors with this model id ({@code run.settings.embedding_model}), so a
     * re-analysis embeds as the run's last analysis did; empty for an endpoint's model or an unknown id.
     */
    public static Optional<EmbeddingPath> ofModelId(String modelId) {
        if (modelId.startsWith("static ")) {
            return Optional.of(STATIC);
        }
        return modelId.startsWith("sentence-transformers/all-MiniLM-L6-v2") ? Optional.of(MINILM) : Optional.empty();
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<EmbeddingPath> of(String id) {
        return Arrays.stream(values()).filter(path -> path.id().equals(id.trim().toLowerCase(Locale.ROOT))).findFirst();
    }

    public static String ids() {
        return Arrays.stream(values()).map(EmbeddingPath::id).collect(Collectors.joining("|"));
    }
}
