// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level comparison of two outputs with java-diff-utils: both texts are cut into words and the
 * whitespace between them, the token lists are diffed, and each side becomes a list of segments
 * marked same, removed (baseline only) or added (candidate only). Concatenating a side's segments
 * gives back its text exactly.
 */
public final class WordDiff {

    /** Beyond this many tokens a side is shown unmarked: a diff of two books helps nobody and takes long. */
    static final int MAX_TOKENS = 20_000;
    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

    /** Both sides' segments; {@code compared} is false when the texts were too long to compare. */
    public record Result(List<DiffSegment> baseline, List<DiffSegment> candidate, boolean compared) {

        public Result {
            baseline = List.copyOf(baseline);
            candidate = List.copyOf(candidate);
        }
    }

    private WordDiff() {
    }

    public static Result compare(String baseline, String candidate) {
        List<String> before = tokens(baseline);
        List<String> after = tokens(candidate);
        if (before.size() > MAX_TOKENS || after.size() > MAX_TOKENS) {
            return new Result(plain(baseline), plain(candidate), false);
        }
        boolean[] removed = new boolean[before.size()];
        boolean[] added = new boolean[after.size()];
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            if (delta.getType() == DeltaType.EQUAL) {
                continue;
            }
            mark(removed, delta.getSource().getPosition(), delta.getSource().size());
            mark(added, delta.getTarget().getPosition(), delta.getTarget().size());
        }
        bridgeSpaces(before, removed);
        bridgeSpaces(after, added);
        return new Result(segments(before, removed, DiffSegment.Kind.REMOVED), segments(after, added, DiffSegment.Kind.ADDED), true);
    }

    /** A space that merely happens to match between two changed words belongs to the change: one mark, not two. */
    private static void bridgeSpaces(List<String> tokens, boolean[] changed) {
        for (int i = 1; i + 1 < tokens.size(); i++) {
            if (!changed[i] && changed[i - 1] && changed[i + 1] && tokens.get(i).isBlank()) {
                changed[i] = true;
            }
        }
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static void mark(boolean[] changed, int from, int size) {
        for (int i = from; i < from + size; i++) {
            changed[i] = true;
        }
    }

    private static List<DiffSegment> segments(List<String> tokens, boolean[] changed, DiffSegment.Kind changeKind) {
        List<DiffSegment> segments = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        DiffSegment.Kind runKind = DiffSegment.Kind.SAME;
        for (int i = 0; i < tokens.size(); i++) {
            DiffSegment.Kind kind = changed[i] ? changeKind : DiffSegment.Kind.SAME;
            if (kind != runKind && !run.isEmpty()) {
                segments.add(new DiffSegment(run.toString(), runKind));
                run.setLength(0);
            }
            runKind = kind;
            run.append(tokens.get(i));
        }
        if (!run.isEmpty()) {
            segments.add(new DiffSegment(run.toString(), runKind));
        }
        return segments;
    }

    private static List<DiffSegment> plain(String text) {
        return text.isEmpty() ? List.of() : List.of(new DiffSegment(text, DiffSegment.Kind.SAME));
    }
}
