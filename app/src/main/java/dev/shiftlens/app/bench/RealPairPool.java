// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shiftlens.storage.InputFileException;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Real paired outputs of two model versions, the noise the accuracy bench plants changes into. Both
 * directions of each pair are used (old → new and new → old are both real upgrades' variation).
 *
 * <p>Kept are the pairs in which a deliberately crude check, independent of the analysis's own
 * detectors, sees none of the planted kinds: no length change of 2× or more, no link or citation-like
 * marker, no apology or refusal wording, no flattery, no list or heading structure present on one side
 * only (outside fenced code), and English letters. So each planted change is the only one of its kind and purity can be scored;
 * real variation in wording, length, detail and list length stays.
 */
record RealPairPool(List<Pair> pairs, int read) {

    /** One real query with its two outputs. */
    record Pair(String query, String baseline, String candidate) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CITATION_LIKE = Pattern.compile("https?://|www\\.|\\[\\d{1,3}]|et al|§|\\[\\^|\\(\\p{Lu}\\p{L}+,? (?:19|20)\\d\\d\\)");
    private static final Pattern REFUSAL_LIKE = Pattern.compile(
            "(?i)\\b(?:sorry|apologi[sz]e|as an ai|language model|i can(?:not|'t)|i'm unable|i am unable|i'm not able|i won't|unfortunately)\\b");
    private static final Pattern FLATTERY_LIKE = Pattern.compile("(?i)great question|good question|you're (?:absolutely )?right|excellent point|great point");

    static RealPairPool read(Path file) {
        List<Pair> kept = new ArrayList<>();
        int read = 0;
        try (BufferedReader lines = Files.newBufferedReader(file)) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row;
                try {
                    row = JSON.readTree(line);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new InputFileException(file + ":" + number + ": not a JSON object (" + e.getOriginalMessage()
                            + "); the bench reads canonical paired JSONL (query, baseline_output, candidate_output)", e);
                }
                read++;
                Pair pair = new Pair(row.path("query").asText(""), row.path("baseline_output").asText(""),
                        row.path("candidate_output").asText(""));
                if (plain(pair)) {
                    kept.add(pair);
                    kept.add(new Pair(pair.query(), pair.candidate(), pair.baseline()));
                }
            }
        } catch (IOException e) {
            throw new InputFileException("cannot read " + file + ": " + e.getMessage() + "; give a readable paired JSONL with --pairs", e);
        }
        if (kept.size() < 20) {
            throw new InputFileException(file + ": only " + kept.size() / 2 + " of " + read
                    + " pairs are usable as bench noise (two non-empty English outputs without citations, refusals or structure changes); give more real pairs with --pairs");
        }
        return new RealPairPool(List.copyOf(kept), read);
    }

    private static boolean plain(Pair pair) {
        String b = pair.baseline();
        String c = pair.candidate();
        if (b.isBlank() || c.isBlank() || pair.query().isBlank()) {
            return false;
        }
        double ratio = (double) (c.length() + 1) / (b.length() + 1);
        return ratio > 0.5 && ratio < 2
                && !CITATION_LIKE.matcher(b).find() && !CITATION_LIKE.matcher(c).find()
                && !REFUSAL_LIKE.matcher(b).find() && !REFUSAL_LIKE.matcher(c).find()
                && !FLATTERY_LIKE.matcher(b).find() && !FLATTERY_LIKE.matcher(c).find()
                && PlantedChange.Flattening.structured(b) == PlantedChange.Flattening.structured(c)
                && english(b) && english(c);
    }

    private static boolean english(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long ascii = text.codePoints().filter(cp -> Character.isLetter(cp) && cp < 128).count();
        return letters > 0 && ascii >= 0.95 * letters;
    }
}
