// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.sampledata;

import java.util.ArrayList;
import java.util.List;

/**
 * A compiled piece of wording with alternatives: {@code {a|b|c}} picks one branch (branches nest),
 * {@code ${key}} inserts a fact. Compiled once, rendered millions of times.
 */
final class Phrase {

    private sealed interface Node permits Text, Fact, Choice, Sequence {}
    private record Text(String text) implements Node {}
    private record Fact(String key) implements Node {}
    private record Choice(List<Sequence> branches) implements Node {}
    private record Sequence(List<Node> nodes) implements Node {}

    /** Where the branch picks come from; lets a second rendering echo the first one's picks. */
    interface Picks {
        int pick(int branches);
    }

    private final String source;
    private final Sequence root;

    private Phrase(String source) {
        this.source = source;
        this.root = new Parser(source).sequence(false);
    }

    static Phrase of(String source) {
        return new Phrase(source);
    }

    static List<Phrase> all(String... sources) {
        return java.util.Arrays.stream(sources).map(Phrase::of).toList();
    }

    String render(Facts facts, Picks picks) {
        var out = new StringBuilder(source.length());
        render(root, facts, picks, out);
        return out.toString();
    }

    private static void render(Node node, Facts facts, Picks picks, StringBuilder out) {
        switch (node) {
            case Text t -> out.append(t.text());
            case Fact f -> out.append(facts.get(f.key()));
            case Choice c -> render(c.branches().get(picks.pick(c.branches().size())), facts, picks, out);
            case Sequence s -> {
                for (Node child : s.nodes()) {
                    render(child, facts, picks, out);
                }
            }
        }
    }

    @Override
    public String toString() {
        return source;
    }

    private static final class Parser {
        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        Sequence sequence(boolean insideChoice) {
            var nodes = new ArrayList<Node>();
            var text = new StringBuilder();
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (insideChoice && (c == '|' || c == '}')) {
                    break;
                }
                if (c == '$' && pos + 1 < s.length() && s.charAt(pos + 1) == '{') {
                    flush(text, nodes);
                    int end = s.indexOf('}', pos);
                    if (end < 0) {
                        throw new IllegalArgumentException("unclosed ${ at " + pos + " in: " + s);
                    }
                    nodes.add(new Fact(s.substring(pos + 2, end)));
                    pos = end + 1;
                } else if (c == '{') {
                    flush(text, nodes);
                    pos++;
                    nodes.add(choice());
                } else if (c == '}' || c == '|') {
                    throw new IllegalArgumentException("stray '" + c + "' at " + pos + " in: " + s);
                } else {
                    text.append(c);
                    pos++;
                }
            }
            flush(text, nodes);
            return new Sequence(List.copyOf(nodes));
        }

        private Choice choice() {
            var branches = new ArrayList<Sequence>();
            while (true) {
                branches.add(sequence(true));
                if (pos >= s.length()) {
                    throw new IllegalArgumentException("unclosed { in: " + s);
                }
                char c = s.charAt(pos++);
                if (c == '}') {
                    return new Choice(List.copyOf(branches));
                }
            }
        }

        private static void flush(StringBuilder text, List<Node> nodes) {
            if (!text.isEmpty()) {
                nodes.add(new Text(text.toString()));
                text.setLength(0);
            }
        }
    }
}
