// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldPathTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            prompt                                  | q
            old.text                                | a
            choices[0].message.content              | first
            messages[-1].content                    | last
            attributes.gen_ai.prompt.0.content      | dotted
            metadata.region                         | flat
            """)
    void pathsFindTheirValueInNestedOrDottedKeys(String path, String expected) throws Exception {
        var row = JSON.readTree("""
                {"prompt":"q","old":{"text":"a"},"choices":[{"message":{"content":"first"}}],
                 "messages":[{"content":"x"},{"content":"last"}],
                 "attributes":{"gen_ai.prompt.0.content":"dotted"},"metadata.region":"flat"}""");

        assertThat(FieldPath.parse(path).textIn(row)).contains(expected);
    }

    @Test
    void malformedPathsSayWhatIsWrong() {
        assertThatThrownBy(() -> FieldPath.parse("a[x]")).hasMessageContaining("expected a number between [ and ]");
        assertThatThrownBy(() -> FieldPath.parse("a..b")).hasMessageContaining("empty key between dots");
    }

    @Test
    void mapSpecificationOverridesFieldsAndSegmentsAndRejectsUnknownKeys() {
        ColumnMapping mapping = ColumnMapping.empty("inferred: x")
                .overriddenBy("query=prompt,baseline_output=old.text,metadata.region=geo.region,timestamp=");

        assertThat(mapping.specification()).isEqualTo("query=prompt,baseline_output=old.text,metadata.region=geo.region");
        assertThat(mapping.origin()).isEqualTo("inferred: x, edited");
        assertThatThrownBy(() -> mapping.overriddenBy("qeury=prompt"))
                .hasMessageContaining("`qeury` in --map is not a field");
    }
}
