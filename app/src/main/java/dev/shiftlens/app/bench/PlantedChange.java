// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.bench;

import dev.shiftlens.analysis.result.Verdict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A kind of behaviour change the accuracy bench plants into a real pair, with the verdict the written
 * policy (docs/analysis.md) gives it. Each plants with a randomised surface form and refuses pairs it
 * cannot apply to (no list to flatten, too short to shorten), so the bench picks another pair.
 */
enum PlantedChange {
    REFUSAL_ADDED(Verdict.REGRESSION) {
        @Override
        Optional<Texts> plant(Texts pair, RandomGenerator random) {
            return Optional.of(new Texts(pair.baseline(), SurfaceForms.refusal(random)));
        }
    },
    REFUSAL_LIFTED(Verdict.IMPROVEMENT) {
        @Override
        Optional<Texts> plant(Texts pair, RandomGenerator random) {
            return Optional.of(new Texts(SurfaceForms.refusal(random), pair.candidate()));
        }
    },
    CITATIONS_DROPPED(Verdict.REGRESSION) {
        @Override
        Optional<Texts> plant(Texts pair, RandomGenerator random) {
            return Optional.of(new Texts(SurfaceForms.cited(pair.baseline(), random), pair.candidate()));
        }
    },
    CITATIONS_ADDED(Verdict.IMPROVEMENT) {
        @Override
        Optional<Texts> plant(Texts pair, RandomGenerator random) {
            return Optional.of(new Texts(pair.baseline(), SurfaceForms.cited(pair.candidate(), random)));
        }
    },
    SHORTENED(Verdict.REGRESSION) {
        @Override
        Optional<Texts> plant(Texts pair, RandomGenerator random) {
            return Shortening.cut(pair.candidate(), random).map(cut -> new Texts(pair.baseline(), cut));
        }
    },
    DETAIL_ADDED(Verdict.IMPROVEMENT) {
        @Override
        Optional<Texts> plant(Texts pair, RandomGenerator random) {
            return Shortening.cut(pair.baseline(), random).map(cut -> new Texts(cut, pair.candidate()));
        }
    },
    STRUCTURE_FLATTENED(Verdict.REGRESSION) {
        @Override
        Optional<Texts> plant(Texts pair, RandomGenerator random) {
            return Flattening.structured(pair.baseline()) ? Flattening.flatten(pair.candidate(), random).map(flat -> new Texts(pair.baseline(), flat))
                    : Optional.empty();
        }
    },
    STRUCTURE_ADDED(Verdict.IMPROVEMENT) {
        @Override
        Optional<Texts> plant(Texts pair, RandomGenerator random) {
            return Flattening.structured(pair.candidate()) ? Flattening.flatten(pair.baseline(), random).map(flat -> new Texts(flat, pair.candidate()))
                    : Optional.empty();
        }
    },
    LANGUAGE_SWITCHED(Verdict.REGRESSION) {
        @Override
        Optional<Texts> plant(Texts pair, RandomGenerator random) {
            return SurfaceForms.englishProse(pair.baseline()) ? Optional.of(new Texts(pair.baseline(), SurfaceForms.foreignAnswer(random)))
                    : Optional.empty();
        }
    },
    LANGUAGE_RESTORED(Verdict.IMPROVEMENT) {
        @Override
        Optional<Texts> plant(Texts pair, RandomGenerator random) {
            return SurfaceForms.englishProse(pair.candidate()) ? Optional.of(new Texts(SurfaceForms.foreignAnswer(random), pair.candidate()))
                    : Optional.empty();
        }
    },
    JSON_KEYS_RENAMED(Verdict.REGRESSION) {
        @Override
        Optional<Texts> plant(Texts pair, RandomGenerator random) {
            List<String> keys = SurfaceForms.jsonKeys(random);
            List<String> renamedKeys = new ArrayList<>(keys);
            int renames = 1 + random.nextInt(2);
            for (int r = 0; r < renames; r++) {
                int which = random.nextInt(keys.size());
                renamedKeys.set(which, SurfaceForms.renamed(keys.get(which), random));
            }
            return Optional.of(new Texts(JsonAnswer.of(pair.baseline(), keys, random), JsonAnswer.of(pair.candidate(), renamedKeys, random)));
        }
    },
    FLATTERY_ADDED(Verdict.REGRESSION) {
        @Override
        Optional<Texts> plant(Texts pair, RandomGenerator random) {
            return Optional.of(new Texts(pair.baseline(), SurfaceForms.flattered(pair.candidate(), random)));
        }
    };

    /** The two outputs of a pair. */
    record Texts(String baseline, String candidate) {
    }

    private final Verdict expected;

    PlantedChange(Verdict expected) {
        this.expected = expected;
    }

    Verdict expected() {
        return expected;
    }

    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The same kind going the other way, or empty. One run plants one direction of each such pair:
     * both directions planted at random into the same traffic look exactly like random variation
     * (a direction test cannot tell them apart), which is not what a model upgrade does.
     */
    Optional<PlantedChange> reverse() {
        return Optional.ofNullable(switch (this) {
            case REFUSAL_ADDED -> REFUSAL_LIFTED;
            case REFUSAL_LIFTED -> REFUSAL_ADDED;
            case CITATIONS_DROPPED -> CITATIONS_ADDED;
            case CITATIONS_ADDED -> CITATIONS_DROPPED;
            case SHORTENED -> DETAIL_ADDED;
            case DETAIL_ADDED -> SHORTENED;
            case STRUCTURE_FLATTENED -> STRUCTURE_ADDED;
            case STRUCTURE_ADDED -> STRUCTURE_FLATTENED;
            case LANGUAGE_SWITCHED -> LANGUAGE_RESTORED;
            case LANGUAGE_RESTORED -> LANGUAGE_SWITCHED;
            case JSON_KEYS_RENAMED, FLATTERY_ADDED -> null;
        });
    }

    abstract Optional<Texts> plant(Texts pair, RandomGenerator random);

    /** Ways an answer loses most of its detail: its first sentence, its first paragraph, a cut-off head, a terse gist. */
    static final class Shortening {
        private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]{20,}?[.!?](?=\\s|$)");

        private Shortening() {
        }

        static Optional<String> cut(String answer, RandomGenerator random) {
            if (answer.length() < 600) {
                return Optional.empty();
            }
            List<String> sentences = new ArrayList<>();
            Matcher matcher = SENTENCE.matcher(answer);
            while (matcher.find() && sentences.size() < 12) {
                sentences.add(matcher.group().strip());
            }
            String cut = switch (random.nextInt(4)) {
                case 0 -> sentences.isEmpty() ? head(answer, random) : sentences.getFirst();
                case 1 -> answer.split("\\n\\s*\\n", 2)[0].strip();
                case 2 -> head(answer, random);
                default -> sentences.size() < 2 ? head(answer, random)
                        : SurfaceForms.pick(random, List.of("In short: ", "Briefly, ", "TL;DR: ", "")) + sentences.get(0) + " " + sentences.get(1);
            };
            double limit = answer.length() / (3.0 + random.nextInt(6));
            if (cut.length() > limit) {
                cut = head(cut.substring(0, (int) limit), random);
            }
            return cut.length() < 15 ? Optional.empty() : Optional.of(cut);
        }

        private static String head(String text, RandomGenerator random) {
            String[] words = text.strip().split("\\s+");
            int keep = Math.max(4, Math.min(words.length, words.length / (3 + random.nextInt(5))));
            return String.join(" ", java.util.Arrays.copyOf(words, keep)) + SurfaceForms.pick(random, List.of("…", "...", "."));
        }
    }

    private static final Pattern FENCED_CODE = Pattern.compile("(?s)```.*?(?:```|$)");

    /** The answer with its fenced code blocks (an unclosed fence runs to the end) replaced by {@code replacement}. */
    static String withoutCode(String answer, String replacement) {
        return FENCED_CODE.matcher(answer).replaceAll(replacement);
    }

    /** Markdown lists and headings turned into running prose, in one of several ways. */
    static final class Flattening {
        private static final Pattern ITEM = Pattern.compile("^\\s{0,6}(?:[-*+]|\\d{1,3}[.)])\\s+(.*)$");
        private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*)$");
        private static final List<String> ORDINALS = List.of("First", "Second", "Third", "Next", "Then", "After that", "Also", "Finally");

        private Flattening() {
        }

        /**
         * Three list items or two headings outside fenced code, as the flattener reads them: the bench's one test of
         * "laid out as a document", for the pool's filter and for what may be flattened.
         */
        static boolean structured(String answer) {
            String[] lines = withoutCode(answer, "").split("\n", -1);
            long items = java.util.Arrays.stream(lines).filter(line -> ITEM.matcher(line).matches()).count();
            long headings = java.util.Arrays.stream(lines).filter(line -> HEADING.matcher(line).matches()).count();
            return items >= 3 || headings >= 2;
        }

        static Optional<String> flatten(String answer, RandomGenerator random) {
            if (!structured(answer)) {
                return Optional.empty();
            }
            String[] lines = answer.split("\n", -1);
            int style = random.nextInt(3);
            StringBuilder out = new StringBuilder();
            List<String> run = new ArrayList<>();
            boolean inFence = false;
            for (String line : lines) {
                if (line.strip().startsWith("```")) {
                    inFence = !inFence;
                }
                Matcher item = ITEM.matcher(line);
                Matcher heading = HEADING.matcher(line);
                if (!inFence && item.matches()) {
                    run.add(item.group(1).replace("**", "").strip());
                    continue;
                }
                flush(run, style, out);
                if (!inFence && heading.matches()) {
                    out.append(heading.group(1).replace("**", "").strip()).append(": ");
                } else {
                    out.append(line).append('\n');
                }
            }
            flush(run, style, out);
            return Optional.of(out.toString().strip());
        }

        private static void flush(List<String> run, int style, StringBuilder out) {
            if (run.isEmpty()) {
                return;
            }
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < run.size(); i++) {
                String text = run.get(i).replaceAll("[.;:]$", "");
                parts.add(switch (style) {
                    case 0 -> text;
                    case 1 -> ORDINALS.get(Math.min(i, ORDINALS.size() - 1)) + ", " + lowerFirst(text);
                    default -> SurfaceForms.capitalise(text);
                });
            }
            out.append(switch (style) {
                case 0 -> String.join("; ", parts) + ".";
                default -> String.join(". ", parts) + ".";
            }).append('\n');
            run.clear();
        }

        private static String lowerFirst(String text) {
            return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
    }

    /** A prose answer recast as the JSON object a structured-output prompt would return. */
    static final class JsonAnswer {
        private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

        private JsonAnswer() {
        }

        static String of(String answer, List<String> keys, RandomGenerator random) {
            String[] paragraphs = answer.strip().split("\\n\\s*\\n");
            Map<String, Object> object = new LinkedHashMap<>();
            object.put(keys.get(0), trim(paragraphs[0], 400));
            List<String> points = new ArrayList<>();
            for (int i = 1; i < paragraphs.length && points.size() < 5; i++) {
                points.add(trim(paragraphs[i], 200));
            }
            object.put(keys.get(1), points);
            object.put(keys.get(2), SurfaceForms.pick(random, List.of("high", "medium", "low")));
            try {
                return random.nextInt(3) == 0 ? "```json\n" + JSON.writerWithDefaultPrettyPrinter().writeValueAsString(object) + "\n```"
                        : JSON.writeValueAsString(object);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        private static String trim(String text, int max) {
            String flat = text.replaceAll("\\s+", " ").strip();
            return flat.length() <= max ? flat : flat.substring(0, max);
        }
    }
}
