// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.report;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Opens the HTML report in headless Chromium and reads back the DOM after the page ran: a
 * {@code <script>} or {@code <img onerror>} in an output must arrive as text, create no element and
 * change nothing. Also checks the escaping alone, by opening a copy with the CSP removed.
 */
class ReportEscapingInBrowserTest {

    private static final List<String> CHROMIUM = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");

    private static String chromium;

    @TempDir
    Path folder;

    @BeforeAll
    static void findChromium() {
        chromium = CHROMIUM.stream().filter(path -> Files.isExecutable(Path.of(path))).findFirst().orElse(null);
        assumeTrue(chromium != null, "headless Chromium is needed (apt-get install -y chromium)");
    }

    @Test
    void hostileOutputsShowAsTextAndNeverRun() throws Exception {
        Path report = ReportFiles.write(folder, ReportOptions.defaults()).resolve("report.html");

        String dom = dumpDom(report);

        assertThat(dom).contains("<title>Shiftlens report: fixture.jsonl</title>");
        assertThat(dom).doesNotContain("PWNED</title>").doesNotContain("<script").doesNotContain("<img src=\"x\"")
                .doesNotContain("<svg").doesNotContain("<b>customers").doesNotContain("<i>(details");
        assertThat(dom).contains("&lt;script&gt;document.title='PWNED'&lt;/script&gt;", "&lt;img src=x onerror=");
    }

    @Test
    void escapingHoldsEvenWithoutTheContentSecurityPolicy() throws Exception {
        Path report = ReportFiles.write(folder, ReportOptions.defaults()).resolve("report.html");
        Path withoutPolicy = folder.resolve("no-csp.html");
        Files.writeString(withoutPolicy, Files.readString(report).replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", ""));

        String dom = dumpDom(withoutPolicy);

        assertThat(dom).doesNotContain("Content-Security-Policy").doesNotContain("PWNED</title>")
                .doesNotContain("<script").doesNotContain("<img src=\"x\"");
    }

    private String dumpDom(Path page) throws IOException, InterruptedException {
        Path profile = Files.createDirectories(folder.resolve("profile"));
        Process process = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--user-data-dir=" + profile, "--virtual-time-budget=2000", "--dump-dom", page.toUri().toString())
                .redirectError(folder.resolve("chromium.log").toFile()).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String dom = new String(out, StandardCharsets.UTF_8);
        assertThat(dom).as("Chromium printed the DOM (see chromium.log)").contains("</html>");
        return dom;
    }
}
