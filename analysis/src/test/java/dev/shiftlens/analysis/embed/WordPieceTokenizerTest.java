// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.embed;

import dev.shiftlens.sampledata.SampleIncident;
import dev.shiftlens.sampledata.SampleRow;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WordPieceTokenizerTest {

    private static final WordPieceTokenizer TOKENIZER = WordPieceTokenizer.bundled();

    @Test
    void givesTheSameIdsAsTheHuggingFaceTokenizer() {
        List<String> texts = new ArrayList<>(List.of(
                "", "   ", "Hello, World!", "The warranty covers screen repairs (12 months).",
                "Café déjà vu — naïve coöperation, ÉLAN", "{\"summary\": \"Q3 revenue +12%\", \"items\": [1, 2.5]}",
                "東京で会いましょう。日本語のテキスト", "Привет, как дела? Ελληνικά κείμενα", "emoji 🙂👍🏽 and ✓ marks",
                "tabs\tand\nnew\r\nlines\u00a0nbsp\u2003em-space", "control\u0000\u0007chars\u200bzero\u00adwidth",
                "x".repeat(150) + " long-word", "supercalifragilisticexpialidocious antidisestablishmentarianism",
                "```java\nint x = a[i] >> 2; // shift\n```", "URL https://example.com/a?b=c&d=e#f, e-mail a.b@c.org",
                "İstanbul ΣΊΣΥΦΟΣ straße ﬁne ½ ²", "[CLS] literal [SEP] and [UNK]"));
        texts.addAll(SampleTexts.of(50, 40, 7));
        SampleIncident.stream(SampleIncident.DEFAULT_SEED, 300).forEach((SampleRow row) -> {
            texts.add(row.query());
            texts.add(row.baselineOutput());
            texts.add(row.candidateOutput());
        });
        List<String> differing = new ArrayList<>();
        try (OnnxMiniLm huggingFace = OnnxMiniLm.load(1)) {
            for (String text : texts) {
                long[] expected = huggingFace.tokenize(text).ids();
                long[] actual = Arrays.stream(TOKENIZER.ids(text)).asLongStream().toArray();
                if (!Arrays.equals(expected, actual)) {
                    differing.add(text + "\n  expected " + Arrays.toString(expected) + "\n  actual   " + Arrays.toString(actual));
                }
            }
        }
        assertThat(differing).isEmpty();
    }

    @Test
    void readsTheWholeBertVocabulary() {
        assertThat(TOKENIZER.vocabularySize()).isEqualTo(30_522);
    }
}
