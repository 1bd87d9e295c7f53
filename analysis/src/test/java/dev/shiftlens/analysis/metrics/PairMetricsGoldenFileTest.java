// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shiftlens.analysis.pair.PairRecord;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The persisted form of pair metrics changes only on purpose: update the golden file in the same commit. */
class PairMetricsGoldenFileTest {

    private static final String GOLDEN = "pair-metrics.golden.json";

    private static final PairMetrics METRICS = PairMetricsCalculator.withSchema("""
            {"type": "object", "required": ["summary"]}""")
            .compute(PairRecord.of("r1", "q", """
                    {"summary": "Sales rose 4% [1]", "count": 3, "items": [1, 2]}""", """
                    {"exec_summary": "Sales rose 4% (source: ledger)", "count": "3", "items": [1]}"""))
            .withSemanticSimilarity(0.875);

    @Test
    void writesTheGoldenDocument() throws IOException {
        var mapper = new ObjectMapper();

        assertThat(mapper.readTree(METRICS.toJson())).isEqualTo(golden(mapper));
    }

    @Test
    void readsTheGoldenDocumentBack() throws IOException {
        assertThat(PairMetrics.fromJson(golden(new ObjectMapper()).toString())).isEqualTo(METRICS);
    }

    private static JsonNode golden(ObjectMapper mapper) throws IOException {
        try (InputStream in = PairMetricsGoldenFileTest.class.getResourceAsStream(GOLDEN)) {
            assertThat(in).as(GOLDEN).isNotNull();
            return mapper.readTree(in);
        }
    }
}
