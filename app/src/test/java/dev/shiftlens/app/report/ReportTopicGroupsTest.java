// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The topics inside a cluster's change reach every report, escaped and redacted like the cluster's own texts. */
class ReportTopicGroupsTest {

    @TempDir
    Path folder;

    @Test
    void analysisJsonListsEachClustersTopicGroupsRedacted() throws IOException {
        Path out = ReportFiles.write(folder, ReportOptions.defaults());
        JsonNode clusters = new ObjectMapper().readTree(out.resolve("analysis.json").toFile()).get("clusters");

        JsonNode groups = clusters.get(0).get("groups");
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).get("label").asText()).isEqualTo("warranty, " + ReportFixture.IMG);
        assertThat(groups.get(0).get("size").asInt()).isEqualTo(4);
        assertThat(groups.get(0).get("share").asDouble()).isEqualTo(4.0 / 6);
        assertThat(groups.get(0).get("query_terms").get(0).asText()).isEqualTo("warranty");
        assertThat(groups.get(0).get("representative_pairs")).extracting(JsonNode::asText).containsExactly("req-004", "req-006");
        assertThat(groups.get(1).get("label").asText()).isEqualTo("[redacted email], call");
        assertThat(groups.get(1).get("query_terms").get(0).asText()).isEqualTo("[redacted email]");
        assertThat(clusters.get(1).get("groups")).isEmpty();
    }

    @Test
    void htmlReportShowsTheTopicsOfAClusterAsEscapedText() {
        String html = ReportFiles.read(ReportFiles.write(folder, ReportOptions.defaults()).resolve("report.html"));

        assertThat(html).contains("<p><strong>Topics:</strong> warranty, &lt;img src=x onerror=&quot;document.title=&#39;PWNED&#39;&quot;&gt;"
                + " — 66.7% (4 pairs) · [redacted email], call — 33.3% (2 pairs)</p>");
    }

    @Test
    void markdownReportShowsTheTopicsOfAClusterAsInertText() {
        String md = ReportFiles.read(ReportFiles.write(folder, ReportOptions.defaults()).resolve("report.md"));

        assertThat(md).contains("- topics: warranty, &lt;img src=x onerror=\"document.title='PWNED'\"&gt; — 66.7% (4 pairs)"
                + " · \\[redacted email\\], call — 33.3% (2 pairs)\n");
    }

    @Test
    void aClusterOfOneTopicHasNoTopicsLine() {
        String md = ReportFiles.read(ReportFiles.write(folder, ReportOptions.defaults()).resolve("report.md"));

        assertThat(md.split("- topics:", -1)).hasSize(2);
    }
}
