// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.detail;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JsonTreeDiffTest {

    @Test
    void aRenamedKeyIsOneNodeNamedOldToNew() {
        JsonDiffNode root = JsonTreeDiff.compare("""
                {"title": "Q3", "summary": "Revenue rose 4%", "total": 12}""", """
                {"title": "Q3", "exec_summary": "Revenue rose 4%", "total": 13, "region": "EU"}""").orElseThrow();

        assertThat(root.children()).extracting(JsonDiffNode::name, JsonDiffNode::change).containsExactly(
                org.assertj.core.groups.Tuple.tuple("title", JsonDiffNode.Change.SAME),
                org.assertj.core.groups.Tuple.tuple("summary → exec_summary", JsonDiffNode.Change.RENAMED),
                org.assertj.core.groups.Tuple.tuple("total", JsonDiffNode.Change.VALUE_CHANGED),
                org.assertj.core.groups.Tuple.tuple("region", JsonDiffNode.Change.ADDED));
        assertThat(root.children().get(2).value()).isEqualTo("12 → 13");
        assertThat(root.differs()).isTrue();
    }

    @Test
    void nestedRemovalsTypeChangesAndArrayLengthsAreMarked() {
        JsonDiffNode root = JsonTreeDiff.compare("""
                {"report": {"items": [1, 2, 3], "owner": {"name": "A"}, "score": "7"}}""", """
                ```json
                {"report": {"items": [1, 2], "score": 7}}
                ```""").orElseThrow();

        JsonDiffNode report = root.children().getFirst();
        assertThat(report.children()).extracting(JsonDiffNode::name, JsonDiffNode::change).containsExactly(
                org.assertj.core.groups.Tuple.tuple("items", JsonDiffNode.Change.SAME),
                org.assertj.core.groups.Tuple.tuple("owner", JsonDiffNode.Change.REMOVED),
                org.assertj.core.groups.Tuple.tuple("score", JsonDiffNode.Change.TYPE_CHANGED));
        JsonDiffNode items = report.children().getFirst();
        assertThat(items.value()).isEqualTo("3 → 2 elements");
        assertThat(items.children().getLast().change()).isEqualTo(JsonDiffNode.Change.REMOVED);
    }

    @Test
    void proseOnEitherSideHasNoTree() {
        assertThat(JsonTreeDiff.compare("{\"a\": 1}", "Sure! Here is the answer.")).isEmpty();
    }
}
