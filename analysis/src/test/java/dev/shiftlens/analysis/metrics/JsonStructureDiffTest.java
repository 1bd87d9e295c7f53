// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shiftlens.analysis.metrics.JsonStructureDiff.ArrayLengthChange;
import dev.shiftlens.analysis.metrics.JsonStructureDiff.KeyRename;
import dev.shiftlens.analysis.metrics.JsonStructureDiff.TypeChange;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonStructureDiffTest {

    private static JsonStructureDiff diff(String baseline, String candidate) {
        return JsonStructureDiff.between(baseline, candidate).orElseThrow();
    }

    @Test
    void aKeyWithTheSameValueUnderANewNameIsARename() {
        var diff = diff("""
                {"summary": "Sales rose 4%", "total": 12}""", """
                {"exec_summary": "Sales rose 4%", "total": 12}""");

        assertThat(diff.renamedKeys()).containsExactly(new KeyRename("summary", "exec_summary"));
        assertThat(diff.addedKeys()).isEmpty();
        assertThat(diff.removedKeys()).isEmpty();
        assertThat(diff.describe()).containsExactly("key `summary` → `exec_summary`");
    }

    @Test
    void theSoleUnpairedKeysAtAParentWithParaphrasedValuesOfOneTypeAreARename() {
        var diff = diff("""
                {"report": {"summary": "Sales rose 4%", "total": 12}}""", """
                {"report": {"exec_summary": "Sales grew by four percent", "total": 12}}""");

        assertThat(diff.describe()).containsExactly("key `report.summary` → `report.exec_summary`");
    }

    @Test
    void twoUnpairedKeysWithDifferentValuesAreRemovedAndAddedRatherThanGuessedAt() {
        var diff = diff("""
                {"a": "x", "b": "y"}""", """
                {"c": "z", "d": "w"}""");

        assertThat(diff.renamedKeys()).isEmpty();
        assertThat(diff.removedKeys()).containsExactly("a", "b");
        assertThat(diff.addedKeys()).containsExactly("c", "d");
    }

    @Test
    void aSoleUnpairedKeyWhoseValueChangedTypeIsRemovedAndAdded() {
        var diff = diff("""
                {"total": 12}""", """
                {"amount": "12 EUR"}""");

        assertThat(diff.describe()).containsExactly("removed `total`", "added `amount`");
    }

    @Test
    void reportsTypeChangesAndArrayLengthChangesByPath() {
        var diff = diff("""
                {"count": 3, "items": [{"sku": "a", "qty": 1}, {"sku": "b", "qty": 2}]}""", """
                {"count": "3", "items": [{"sku": "a", "qty": "1"}]}""");

        assertThat(diff.typeChanges()).containsExactly(
                new TypeChange("count", JsonType.NUMBER, JsonType.STRING),
                new TypeChange("items[].qty", JsonType.NUMBER, JsonType.STRING));
        assertThat(diff.arrayLengthChanges()).containsExactly(new ArrayLengthChange("items", 2, 1));
        assertThat(diff.describe()).containsExactly(
                "`count`: number → string", "`items[].qty`: number → string", "`items`: 2 → 1 elements");
    }

    @Test
    void aChangeRepeatedInEveryArrayElementIsReportedOnce() {
        var diff = diff("""
                [{"id": 1, "note": "a"}, {"id": 2, "note": "b"}, {"id": 3, "note": "c"}]""", """
                [{"id": 1}, {"id": 2}, {"id": 3}]""");

        assertThat(diff.removedKeys()).containsExactly("$[].note");
        assertThat(diff.describe()).containsExactly("removed `$[].note`");
    }

    @Test
    void quotesKeysThatAreNotPlainIdentifiers() {
        var diff = diff("""
                {"a": {"b.c": 1}}""", """
                {"a": {}}""");

        assertThat(diff.removedKeys()).containsExactly("a[\"b.c\"]");
    }

    @Test
    void equalStructuresWithDifferentValuesHaveAnEmptyDiff() {
        var diff = diff("""
                {"summary": "up", "items": [1, 2]}""", """
                ```json
                {"summary": "down", "items": [3, 4]}
                ```""");

        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.describe()).isEmpty();
    }

    @Test
    void aTopLevelObjectBecomingAnArrayIsATypeChangeOfTheRoot() {
        assertThat(diff("{\"a\": 1}", "[1]").typeChanges())
                .containsExactly(new TypeChange("$", JsonType.OBJECT, JsonType.ARRAY));
    }

    @ParameterizedTest(name = "no diff between {0} and {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            {"a": 1}          | The answer is 1.
            Sure: {"a": 1}    | {"a": 1}
            {"a": 1,}         | {"a": 1}
            42                | 42
            ""                | {}
            """)
    void isAbsentWhenEitherSideIsNotAJsonObjectOrArray(String baseline, String candidate) {
        assertThat(JsonStructureDiff.between(baseline, candidate)).isEmpty();
        assertThat(JsonStructureDiff.between(candidate, baseline)).isEmpty();
    }

    @Test
    void keepsItsListsImmutable() {
        var diff = new JsonStructureDiff(new java.util.ArrayList<>(List.of("a")), List.of(), List.of(), List.of(), List.of());
        assertThat(diff.addedKeys()).isUnmodifiable();
    }
}
