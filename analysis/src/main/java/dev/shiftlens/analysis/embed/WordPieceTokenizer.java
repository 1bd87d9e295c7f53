// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.embed;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * BERT's uncased WordPiece tokenizer in plain Java, read from the same tokenizer.json as {@link OnnxMiniLm}'s
 * Hugging Face tokenizer and giving the same ids (checked by a test on varied texts). It exists for speed:
 * the static embedder's whole cost is tokenizing, and the native tokenizer spends most of its time crossing
 * JNI and building token strings (measured about 600 long texts/s against several thousand here).
 * Immutable and safe to share between threads.
 *
 * <p>Steps, as the Hugging Face BertNormalizer / BertPreTokenizer / WordPiece do: drop control characters
 * and map whitespace to spaces, put spaces around CJK ideographs, lower-case and strip accents (NFD, drop
 * non-spacing marks), split on whitespace and isolate each punctuation character, then greedy longest-match
 * word pieces ({@code ##} continuations); a word longer than 100 characters or with no match is [UNK].
 * Special tokens written literally in a text ("[SEP]") are their special ids, as Hugging Face's added tokens are.
 */
final class WordPieceTokenizer {

    static final int UNKNOWN = 100;
    private static final int MAX_WORD_CHARS = 100;

    private final Map<String, Integer> vocabulary;
    private final int vocabularySize;

    private WordPieceTokenizer(Map<String, Integer> vocabulary) {
        this.vocabulary = vocabulary;
        this.vocabularySize = vocabulary.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
    }

    /** The tokenizer of the bundled all-MiniLM-L6-v2. */
    static WordPieceTokenizer bundled() {
        try (InputStream json = OnnxMiniLm.open(WordPieceTokenizer.class.getClassLoader(), OnnxMiniLm.TOKENIZER)) {
            return read(json);
        } catch (IOException e) {
            throw new EmbeddingException("The bundled tokenizer of all-MiniLM-L6-v2 could not be read: " + e.getMessage()
                    + ". Reinstall Shiftlens or report this with the log file.", e);
        }
    }

    /** Reads {@code model.vocab} of a Hugging Face tokenizer.json. */
    static WordPieceTokenizer read(InputStream tokenizerJson) throws IOException {
        Map<String, Integer> vocabulary = new HashMap<>(64_000);
        try (JsonParser parser = new ObjectMapper().createParser(tokenizerJson)) {
            if (!seekVocabulary(parser)) {
                throw new IOException("tokenizer.json has no model.vocab object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String piece = parser.currentName();
                parser.nextToken();
                vocabulary.put(piece, parser.getIntValue());
            }
        }
        return new WordPieceTokenizer(vocabulary);
    }

    private static boolean seekVocabulary(JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return false;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            if (field.equals("model")) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String modelField = parser.currentName();
                    if (parser.nextToken() == JsonToken.START_OBJECT && modelField.equals("vocab")) {
                        return true;
                    }
                    parser.skipChildren();
                }
                return false;
            }
            parser.skipChildren();
        }
        return false;
    }

    int vocabularySize() {
        return vocabularySize;
    }

    private static final Map<String, Integer> SPECIAL = Map.of("[PAD]", 0, "[UNK]", 100, "[CLS]", 101, "[SEP]", 102, "[MASK]", 103);

    /** Word-piece ids of a text, without [CLS] and [SEP] around it. */
    int[] ids(String text) {
        IdBuffer ids = new IdBuffer(Math.max(16, text.length() / 4));
        int from = 0;
        for (int open = text.indexOf('['); open >= 0; open = text.indexOf('[', open + 1)) {
            int close = text.indexOf(']', open);
            Integer special = close > open && close - open <= 6 ? SPECIAL.get(text.substring(open, close + 1)) : null;
            if (special != null) {
                addSegment(text.substring(from, open), ids);
                ids.add(special);
                from = close + 1;
                open = close;
            }
        }
        addSegment(from == 0 ? text : text.substring(from), ids);
        return ids.toArray();
    }

    private void addSegment(String text, IdBuffer ids) {
        StringBuilder word = new StringBuilder(32);
        String normalised = normalise(text);
        for (int i = 0; i < normalised.length(); ) {
            int c = normalised.codePointAt(i);
            i += Character.charCount(c);
            if (c == ' ') {
                flush(word, ids);
            } else if (isPunctuation(c)) {
                flush(word, ids);
                word.appendCodePoint(c);
                flush(word, ids);
            } else {
                word.appendCodePoint(c);
            }
        }
        flush(word, ids);
    }

    /** Clean text, isolate CJK, strip accents, lower-case: the BertNormalizer with lowercase and no explicit strip_accents. */
    private static String normalise(String text) {
        StringBuilder cleaned = new StringBuilder(text.length() + 16);
        boolean ascii = true;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c >= 0x80) {
                ascii = false;
            }
            if (c == 0 || c == 0xFFFD || isControl(c)) {
                continue;
            }
            if (isWhitespace(c)) {
                cleaned.append(' ');
            } else if (isCjk(c)) {
                cleaned.append(' ').appendCodePoint(c).append(' ');
            } else {
                cleaned.appendCodePoint(c);
            }
        }
        if (ascii) {
            return lowerAscii(cleaned);
        }
        String decomposed = Normalizer.normalize(cleaned, Normalizer.Form.NFD);
        StringBuilder stripped = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                stripped.appendCodePoint(c);
            }
        }
        return lowerCharByChar(stripped);
    }

    /** Character by character, as the Rust tokenizer does: no final-sigma rule; only İ lower-cases to two characters. */
    private static String lowerCharByChar(CharSequence text) {
        StringBuilder lower = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = Character.codePointAt(text, i);
            i += Character.charCount(c);
            if (c == 0x130) {
                lower.append("i\u0307");
            } else {
                lower.appendCodePoint(Character.toLowerCase(c));
            }
        }
        return lower.toString();
    }

    private static String lowerAscii(StringBuilder text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                text.setCharAt(i, (char) (c + 32));
            }
        }
        return text.toString();
    }

    private void flush(StringBuilder word, IdBuffer ids) {
        if (word.isEmpty()) {
            return;
        }
        String text = word.toString();
        word.setLength(0);
        if (text.codePointCount(0, text.length()) > MAX_WORD_CHARS) {
            ids.add(UNKNOWN);
            return;
        }
        int mark = ids.size();
        int start = 0;
        while (start < text.length()) {
            int end = text.length();
            Integer found = null;
            while (end > start) {
                String piece = start == 0 ? text.substring(0, end) : "##" + text.substring(start, end);
                found = vocabulary.get(piece);
                if (found != null) {
                    break;
                }
                end = Character.isLowSurrogate(text.charAt(end - 1)) && end - 2 > start ? end - 2 : end - 1;
            }
            if (found == null) {
                ids.truncate(mark);
                ids.add(UNKNOWN);
                return;
            }
            ids.add(found);
            start = end;
        }
    }

    private static boolean isWhitespace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isControl(int c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.PRIVATE_USE
                || type == Character.SURROGATE || type == Character.UNASSIGNED;
    }

    private static boolean isPunctuation(int c) {
        if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    private static boolean isCjk(int c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF)
                || (c >= 0x2A700 && c <= 0x2B73F) || (c >= 0x2B740 && c <= 0x2B81F) || (c >= 0x2B820 && c <= 0x2CEAF)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
    }

    /** A growable int array: texts have hundreds of pieces and boxing them would cost more than finding them. */
    private static final class IdBuffer {
        private int[] values;
        private int size;

        IdBuffer(int capacity) {
            values = new int[capacity];
        }

        void add(int value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int size() {
            return size;
        }

        void truncate(int newSize) {
            size = newSize;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
