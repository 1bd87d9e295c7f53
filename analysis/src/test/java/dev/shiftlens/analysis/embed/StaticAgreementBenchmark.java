// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.embed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How far the static embedder agrees with MiniLM on the pairs of a JSON Lines file (baseline_output,
 * candidate_output): Spearman and Pearson correlation of the per-pair cosine similarities, and each path's
 * texts/s on those texts. Not a test; run with
 * {@code .ci/bench dev.shiftlens.analysis.embed.StaticAgreementBenchmark FILE.jsonl [CACHE_DIR] [DIMENSION...]}.
 */
public final class StaticAgreementBenchmark {

    private StaticAgreementBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<String> texts = outputs(Path.of(args[0]));
        Path cacheDir = Path.of(args.length > 1 ? args[1] : System.getProperty("java.io.tmpdir"));
        List<Integer> dimensions = args.length > 2 ? Arrays.stream(args, 2, args.length).map(Integer::parseInt).toList() : List.of(256);
        double[] reference;
        try (MiniLmEmbedder miniLm = MiniLmEmbedder.load()) {
            long start = System.nanoTime();
            reference = pairCosines(miniLm.embed(texts, ProgressListener.NONE, Cancellation.none()));
            report("minilm", texts.size(), start);
        }
        for (int dimension : dimensions) {
            StaticEmbedder embedder = StaticEmbedder.create(folder(cacheDir), new StaticEmbedder.Settings(dimension));
            long start = System.nanoTime();
            embedder.prepare(ProgressListener.NONE, Cancellation.none());
            System.out.printf(Locale.ROOT, "static %d-d: table ready in %.1f s%n", dimension, (System.nanoTime() - start) / 1e9);
            embedder.embed(texts, ProgressListener.NONE, Cancellation.none()); // warm up
            start = System.nanoTime();
            double[] fast = pairCosines(embedder.embed(texts, ProgressListener.NONE, Cancellation.none()));
            report("static " + dimension + "-d", texts.size(), start);
            System.out.printf(Locale.ROOT, "static %d-d vs minilm over %d pairs: Spearman %.3f, Pearson %.3f%n", dimension,
                    reference.length, spearman(fast, reference), pearson(fast, reference));
        }
    }

    private static void report(String path, int texts, long start) {
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%s: %,d texts in %.2f s = %,.0f texts/s%n", path, texts, seconds, texts / seconds);
    }

    private static List<String> outputs(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                JsonNode row = json.readTree(line);
                texts.add(row.path("baseline_output").asText());
                texts.add(row.path("candidate_output").asText());
            }
        }
        return texts;
    }

    private static double[] pairCosines(float[][] vectors) {
        double[] cosines = new double[vectors.length / 2];
        for (int p = 0; p < cosines.length; p++) {
            cosines[p] = TextEmbedder.cosine(vectors[2 * p], vectors[2 * p + 1]);
        }
        return cosines;
    }

    static double spearman(double[] a, double[] b) {
        return pearson(ranks(a), ranks(b));
    }

    /** Ranks from 1, ties sharing their mean rank. */
    static double[] ranks(double[] values) {
        Integer[] order = new Integer[values.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (x, y) -> Double.compare(values[x], values[y]));
        double[] ranks = new double[values.length];
        for (int i = 0; i < order.length; ) {
            int j = i;
            while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = (i + j) / 2.0 + 1;
            }
            i = j + 1;
        }
        return ranks;
    }

    static double pearson(double[] a, double[] b) {
        double meanA = Arrays.stream(a).average().orElse(0);
        double meanB = Arrays.stream(b).average().orElse(0);
        double cov = 0;
        double varA = 0;
        double varB = 0;
        for (int i = 0; i < a.length; i++) {
            cov += (a[i] - meanA) * (b[i] - meanB);
            varA += (a[i] - meanA) * (a[i] - meanA);
            varB += (b[i] - meanB) * (b[i] - meanB);
        }
        return cov / Math.sqrt(varA * varB);
    }

    /** A folder-backed cache for this program (the application has its own). */
    static DistilledModelCache folder(Path dir) {
        return new DistilledModelCache() {
            @Override
            public Optional<byte[]> read(String name) {
                try {
                    return Files.exists(dir.resolve(name)) ? Optional.of(Files.readAllBytes(dir.resolve(name))) : Optional.empty();
                } catch (IOException e) {
                    return Optional.empty();
                }
            }

            @Override
            public void write(String name, byte[] content) {
                try {
                    Files.createDirectories(dir);
                    Path temporary = Files.createTempFile(dir, name, ".tmp");
                    Files.write(temporary, content);
                    Files.move(temporary, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public String locate(String name) {
                return dir.resolve(name).toString();
            }
        };
    }
}
