// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.jobs;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Which model embeds the outputs of an analysis: the user's choice, by the name the CLI takes. */
public enum EmbeddingPath {
    /** all-MiniLM-L6-v2 per text: the most accurate bundled path and the default, about 60-190 texts/s on two cores. */
    MINILM,
    /** The static table distilled from MiniLM: two orders of magnitude faster, less faithful (docs/analysis.md). */
    STATIC,
    /** An OpenAI-compatible embeddings endpoint from a profile. */
    ENDPOINT;

    /**
     * MiniLM until the accuracy bench shows static holds: on the sample incident static splits one of the six planted
     * changes (agreement with the user: 51 of 84 pairs in one cluster, against MiniLM's 84), though on 500 real pairs
     * it found the same six clusters.
     */
    public static final EmbeddingPath DEFAULT = MINILM;

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
