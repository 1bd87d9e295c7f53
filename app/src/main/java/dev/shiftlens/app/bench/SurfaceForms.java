// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Many ways of saying the same planted change, drawn at random so the accuracy bench rewards a
 * detector that generalises, not one that knows a phrase. None of these phrases is copied into a
 * detector's list on purpose: they are the held-out wording.
 */
final class SurfaceForms {

    private SurfaceForms() {
    }

    private static final List<String> REFUSAL_OPENERS = List.of(
            "", "I'm sorry, but ", "Sorry, ", "Unfortunately, ", "I apologize, but ", "Thanks for asking, but ",
            "I understand why you're asking, but ", "Regrettably, ", "I'm afraid ", "Apologies, but ");
    private static final List<String> REFUSAL_CORES = List.of(
            "I can't help with that", "I'm not able to provide that", "I won't be able to assist with this request",
            "I cannot comply with this request", "this isn't something I can help with", "I must decline to answer this",
            "I'm unable to do that", "that's not something I'm able to assist with", "I can't provide guidance on this",
            "I'm not in a position to help with that", "I have to refuse this one", "I can't continue with this request",
            "I am not able to fulfil this request", "I'm going to pass on this request", "I can't assist with that topic",
            "I will not be providing that information", "helping with this is not something I can do");
    private static final List<String> REFUSAL_REASONS = List.of(
            ".", " because it may go against the usage policies I follow.", " as it falls outside what I'm allowed to discuss.",
            " for safety reasons.", ", since it could be misused.", " here.", " in this context.",
            " because I don't have enough verified information to do it responsibly.");
    private static final List<String> REFUSAL_OFFERS = List.of(
            "", " If you have another question, I'd be happy to help.", " Is there something else I can do for you?",
            " You may want to consult a qualified professional.", " Let me know if there's anything else you need.",
            " I'd suggest checking the official documentation instead.");

    static String refusal(RandomGenerator random) {
        String core = pick(random, REFUSAL_CORES);
        String opener = pick(random, REFUSAL_OPENERS);
        String sentence = opener.isEmpty() ? capitalise(core) : opener + core;
        return sentence + pick(random, REFUSAL_REASONS) + pick(random, REFUSAL_OFFERS);
    }

    private static final List<String> FLATTERY_OPENERS = List.of(
            "Great question!", "What a fantastic question.", "You're absolutely right to think about this.",
            "I love how thoughtful this question is!", "Excellent question — you clearly know your stuff.",
            "What a brilliant idea!", "You have a great eye for detail.", "Wow, that's a really insightful question.",
            "Fantastic question, and a very smart one to ask.", "Such a wonderful question!",
            "You're clearly an expert, and this is a superb question.", "Brilliant thinking!", "What an excellent point to raise.");
    private static final List<String> FLATTERY_CLOSERS = List.of(
            "", "", "You're clearly on the right track!", "Your instinct here is spot on.",
            "Great thinking on your part!", "You're doing an amazing job.", "Hope this helps — you've got great intuition!");

    static String flattered(String answer, RandomGenerator random) {
        String closer = pick(random, FLATTERY_CLOSERS);
        return pick(random, FLATTERY_OPENERS) + " " + answer + (closer.isEmpty() ? "" : "\n\n" + closer);
    }

    private static final List<String> AUTHORS = List.of("Smith", "Nguyen", "García", "Okafor", "Müller", "Kowalski",
            "Tanaka", "Brown", "Rossi", "Dubois", "Patel", "Johansson", "Lee", "Martins");
    private static final List<String> TITLES = List.of("Design Principles", "A Practical Guide", "Handbook of Methods",
            "Systems in Practice", "An Introduction", "Foundations and Applications", "Field Manual", "Technical Overview");
    private static final List<String> HOSTS = List.of("docs.python.org", "developer.mozilla.org", "en.wikipedia.org",
            "learn.microsoft.com", "www.rfc-editor.org", "arxiv.org", "docs.oracle.com", "www.nature.com",
            "support.apple.com", "kubernetes.io", "www.who.int", "pubmed.ncbi.nlm.nih.gov");
    private static final List<String> SOURCE_HEADINGS = List.of("Sources:", "References:", "**Sources**", "### References",
            "Further reading:", "Sources used:", "Bibliography:");

    /** The answer with sources cited in one randomly chosen style, some inline, some as a closing list. */
    static String cited(String uncited, RandomGenerator random) {
        // an answer without a prose sentence (code, a bare list) gets one to carry the marker
        String answer = sentenceEnds(uncited).isEmpty() ? uncited.stripTrailing() + "\n\nThe details are in the documentation." : uncited;
        List<Integer> sentences = sentenceEnds(answer);
        int style = random.nextInt(7);
        int markers = 2 + random.nextInt(4);
        StringBuilder out = new StringBuilder(answer);
        List<Integer> positions = new ArrayList<>();
        for (int m = 0; m < markers && !sentences.isEmpty(); m++) {
            positions.add(sentences.get(random.nextInt(sentences.size())));
        }
        List<Integer> distinct = positions.stream().distinct().sorted(java.util.Comparator.reverseOrder()).toList();
        int number = distinct.size();
        for (int position : distinct) {
            out.insert(position, inlineMarker(style, number--, random));
        }
        String list = closingList(style, markers, random);
        return list.isEmpty() ? out.toString() : out + "\n\n" + list;
    }

    private static String inlineMarker(int style, int number, RandomGenerator random) {
        return switch (style) {
            case 0 -> random.nextBoolean() ? " [" + number + "]" : " [" + number + ", " + (number + 1) + "]";
            case 1 -> switch (random.nextInt(4)) {
                case 0 -> " (see § " + (1 + random.nextInt(20)) + "." + (1 + random.nextInt(9)) + ")";
                case 1 -> " (Section " + (1 + random.nextInt(12)) + "." + (1 + random.nextInt(9)) + ")";
                case 2 -> " (para. " + (3 + random.nextInt(60)) + ")";
                default -> " (Art. " + (1 + random.nextInt(40)) + "(" + (1 + random.nextInt(4)) + "))";
            };
            case 2 -> {
                String author = pick(random, AUTHORS);
                int year = 1995 + random.nextInt(30);
                yield switch (random.nextInt(3)) {
                    case 0 -> " (" + author + ", " + year + ")";
                    case 1 -> " (" + author + " et al., " + year + ")";
                    default -> " (" + author + " & " + pick(random, AUTHORS) + ", " + year + ", p. " + (2 + random.nextInt(300)) + ")";
                };
            }
            case 3 -> random.nextBoolean() ? "[^" + number + "]" : superscript(number);
            case 4, 5 -> random.nextBoolean() ? " (" + url(random) + ")" : " ([source](" + url(random) + "))";
            default -> "";
        };
    }

    private static String closingList(int style, int markers, RandomGenerator random) {
        StringBuilder list = new StringBuilder();
        switch (style) {
            case 0 -> {
                list.append(pick(random, SOURCE_HEADINGS));
                for (int i = 1; i <= markers + 1; i++) {
                    list.append("\n[").append(i).append("] ").append(pick(random, AUTHORS)).append(", ")
                            .append(pick(random, TITLES)).append(" (").append(1995 + random.nextInt(30)).append(").");
                }
            }
            case 3 -> {
                for (int i = 1; i <= markers; i++) {
                    list.append(i > 1 ? "\n" : "").append("[^").append(i).append("]: ").append(pick(random, AUTHORS))
                            .append(", ").append(pick(random, TITLES)).append('.');
                }
            }
            case 6 -> {
                list.append(pick(random, SOURCE_HEADINGS));
                for (int i = 0; i < markers; i++) {
                    list.append("\n- ").append(random.nextBoolean() ? url(random)
                            : pick(random, AUTHORS) + " (" + (1995 + random.nextInt(30)) + "). " + pick(random, TITLES) + ".");
                }
            }
            default -> { }
        }
        return list.toString();
    }

    private static String url(RandomGenerator random) {
        return "https://" + pick(random, HOSTS) + "/" + pick(random, List.of("guide", "docs", "article", "wiki", "reference"))
                + "/" + Integer.toString(1000 + random.nextInt(90000), 36);
    }

    private static String superscript(int number) {
        String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        StringBuilder out = new StringBuilder();
        for (char c : Integer.toString(number).toCharArray()) {
            out.append(digits.charAt(c - '0'));
        }
        return out.toString();
    }

    /** Offsets just before the full stop of sentences in prose lines (not code, not list markers). */
    private static List<Integer> sentenceEnds(String text) {
        List<Integer> ends = new ArrayList<>();
        boolean inFence = false;
        int offset = 0;
        for (String line : text.split("\n", -1)) {
            if (line.strip().startsWith("```")) {
                inFence = !inFence;
            } else if (!inFence) {
                for (int i = 1; i < line.length(); i++) {
                    if (line.charAt(i) == '.' && Character.isLetter(line.charAt(i - 1))
                            && (i + 1 == line.length() || line.charAt(i + 1) == ' ')) {
                        ends.add(offset + i);
                    }
                }
            }
            offset += line.length() + 1;
        }
        return ends;
    }

    /** Foreign-language answers, composed from sentences an assistant would write, for a language switch. */
    private static final List<List<String>> FOREIGN = List.of(
            List.of("Hier ist eine ausführliche Antwort auf deine Frage.", "Zuerst solltest du die Voraussetzungen genau prüfen.",
                    "Danach kannst du die einzelnen Schritte der Reihe nach durchgehen.", "Achte darauf, dass alle Werte korrekt eingetragen sind.",
                    "Wenn ein Fehler auftritt, lies die Meldung sorgfältig und vergleiche sie mit der Dokumentation.",
                    "In den meisten Fällen liegt das Problem an einer falschen Einstellung.", "Ich hoffe, diese Erklärung hilft dir weiter.",
                    "Es gibt außerdem einige Alternativen, die je nach Situation besser geeignet sein können."),
            List.of("Voici une réponse détaillée à votre question.", "Tout d'abord, il faut vérifier attentivement les conditions préalables.",
                    "Ensuite, vous pouvez suivre les étapes une par une.", "Assurez-vous que toutes les valeurs sont correctement saisies.",
                    "Si une erreur apparaît, lisez le message avec attention et comparez-le avec la documentation.",
                    "Dans la plupart des cas, le problème vient d'un mauvais réglage.", "J'espère que cette explication vous sera utile.",
                    "Il existe aussi quelques alternatives qui peuvent mieux convenir selon la situation."),
            List.of("Aquí tienes una respuesta detallada a tu pregunta.", "En primer lugar, conviene revisar con cuidado los requisitos previos.",
                    "Después puedes seguir los pasos uno por uno.", "Asegúrate de que todos los valores estén introducidos correctamente.",
                    "Si aparece un error, lee el mensaje con atención y compáralo con la documentación.",
                    "En la mayoría de los casos, el problema se debe a una configuración incorrecta.", "Espero que esta explicación te resulte útil.",
                    "También existen algunas alternativas que pueden ser más adecuadas según la situación."),
            List.of("Aqui está uma resposta detalhada para a sua pergunta.", "Em primeiro lugar, é preciso verificar com cuidado os pré-requisitos.",
                    "Depois, você pode seguir os passos um de cada vez.", "Certifique-se de que todos os valores foram preenchidos corretamente.",
                    "Se aparecer um erro, leia a mensagem com atenção e compare-a com a documentação.",
                    "Na maioria dos casos, o problema está numa configuração errada.", "Espero que esta explicação seja útil para você.",
                    "Também existem algumas alternativas que podem ser mais adequadas dependendo da situação."),
            List.of("Oto szczegółowa odpowiedź na twoje pytanie.", "Najpierw należy dokładnie sprawdzić wymagania wstępne.",
                    "Następnie możesz wykonać kolejne kroki jeden po drugim.", "Upewnij się, że wszystkie wartości zostały poprawnie wpisane.",
                    "Jeśli pojawi się błąd, przeczytaj uważnie komunikat i porównaj go z dokumentacją.",
                    "W większości przypadków problem wynika z błędnego ustawienia.", "Mam nadzieję, że to wyjaśnienie okaże się pomocne.",
                    "Istnieje też kilka alternatyw, które w zależności od sytuacji mogą być lepsze."),
            List.of("Ecco una risposta dettagliata alla tua domanda.", "Prima di tutto bisogna controllare con attenzione i requisiti.",
                    "Poi puoi seguire i passaggi uno alla volta.", "Assicurati che tutti i valori siano inseriti correttamente.",
                    "Se compare un errore, leggi attentamente il messaggio e confrontalo con la documentazione.",
                    "Nella maggior parte dei casi il problema dipende da un'impostazione sbagliata.", "Spero che questa spiegazione ti sia utile.",
                    "Esistono anche alcune alternative che, a seconda della situazione, possono essere più adatte."),
            List.of("Hier is een uitgebreid antwoord op je vraag.", "Controleer eerst zorgvuldig de voorwaarden.",
                    "Daarna kun je de stappen één voor één volgen.", "Zorg ervoor dat alle waarden correct zijn ingevuld.",
                    "Als er een fout optreedt, lees dan de melding goed en vergelijk die met de documentatie.",
                    "In de meeste gevallen ligt het probleem aan een verkeerde instelling.", "Ik hoop dat deze uitleg je verder helpt.",
                    "Er zijn ook enkele alternatieven die afhankelijk van de situatie beter kunnen passen."));

    private static final java.util.Set<String> ENGLISH_WORDS = java.util.Set.of("the", "and", "to", "of", "is", "in", "that", "it",
            "for", "you", "with", "this", "are", "be", "can", "your");

    /**
     * The answer reads as English prose (fifteen common English words outside code), so an answer in another
     * language beside it is a visible language switch; a code listing or a table of terms is not.
     */
    static boolean englishProse(String answer) {
        String prose = PlantedChange.withoutCode(answer, " ").toLowerCase(Locale.ROOT);
        return java.util.Arrays.stream(prose.split("[^\\p{L}']+")).filter(ENGLISH_WORDS::contains).count() >= 15;
    }

    /** An answer in a language other than English, of four to eight sentences in shuffled order. */
    static String foreignAnswer(RandomGenerator random) {
        List<String> sentences = new ArrayList<>(FOREIGN.get(random.nextInt(FOREIGN.size())));
        java.util.Collections.shuffle(sentences, java.util.Random.from(random));
        int count = 4 + random.nextInt(5);
        return String.join(random.nextBoolean() ? " " : "\n\n", sentences.subList(0, Math.min(count, sentences.size())));
    }

    private static final List<List<String>> KEY_SETS = List.of(
            List.of("summary", "steps", "confidence"), List.of("answer", "key_points", "sources_checked"),
            List.of("title", "explanation", "caveats"), List.of("result", "reasoning", "next_actions"),
            List.of("overview", "details", "risk_level"));

    /** The first paragraph and a few sentences of an answer as a JSON object with one of several key sets. */
    static List<String> jsonKeys(RandomGenerator random) {
        return KEY_SETS.get(random.nextInt(KEY_SETS.size()));
    }

    /** A renamed key the way schema drift renames: a prefix, camelCase, a synonym or an abbreviation. */
    static String renamed(String key, RandomGenerator random) {
        return switch (random.nextInt(4)) {
            case 0 -> pick(random, List.of("exec_", "final_", "main_", "llm_")) + key;
            case 1 -> camelCase(key) + (key.contains("_") ? "" : "Text");
            case 2 -> key + pick(random, List.of("_v2", "_text", "_list", "_value"));
            default -> key.length() > 4 ? key.substring(0, 4) : key + "_";
        };
    }

    private static String camelCase(String key) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : key.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    static <T> T pick(RandomGenerator random, List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
