// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.sampledata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Planted change 2: JSON weekly reports rename the key {@code summary} to {@code exec_summary}. */
final class WeeklyReportScript implements IntentScript {

    static final double RENAME_SHARE = 0.97;

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<Phrase> QUERIES = Phrase.all(
            "Generate the weekly sales report for store ${storeId} (${city}) for ${week}. Return JSON only.",
            "Weekly report, ${week}, store ${storeId}. Output must be valid JSON with the usual fields.",
            "JSON please: weekly summary of sales and returns for the ${city} store, week ${week}.",
            "Need the {weekly|week's} performance report for ${store} as JSON (keys: week, store, summary, metrics, top_issues).",
            "Produce the ${week} store report in JSON for store #${storeId}; it goes straight into the {dashboard|BI pipeline}.",
            "{Please create|Create} the {weekly|end-of-week} report for ${store}, ${city} ({week ${week}|${week}}). Respond with a JSON object, no prose.",
            "report_request: type=weekly store=${storeId} week=${week} format=json");

    private static final Phrase SUMMARY = Phrase.of(
            "{Revenue was|Revenue came in|Sales were} ${revenueChange} week over week{, driven by|, mostly thanks to} {strong sales of ${topCategory}|demand for ${topCategory}}. "
                    + "{Returns held at|The return rate stayed near} ${returnRate}% and NPS {was|landed at} ${nps}{; watch ${issue}.|. Main issue: ${issue}.}");

    private static final List<String> CATEGORIES = List.of("earbuds", "laptops", "TVs", "smartwatches", "routers", "coffee machines", "tablets", "monitors");
    private static final List<String> ISSUES = List.of(
            "late deliveries from the regional hub", "out-of-stock Wi-Fi 6 routers", "long queues at the repair desk",
            "price-match requests on TVs", "damaged packaging on monitors", "missing chargers in open-box returns",
            "slow app checkout on Saturdays", "short staffing on Sunday");

    @Override
    public Exchange write(Wording wording, RequestContext context) {
        RandomGenerator random = wording.random();
        var figures = Figures.draw(random);
        wording.facts().put("revenueChange", figures.revenueChangeText()).put("returnRate", figures.returnRate())
                .put("nps", Integer.toString(figures.nps())).put("topCategory", wording.pickFrom(CATEGORIES))
                .put("issue", figures.issues().getFirst());
        String query = wording.once(QUERIES);
        Exchange.Outputs summaries = wording.twoRuns(SUMMARY);
        boolean rename = !context.versionSkew() && wording.chance(RENAME_SHARE);
        String baseline = report(wording, figures, "summary", summaries.baseline());
        String candidate = report(wording, figures, rename ? "exec_summary" : "summary", summaries.candidate());
        var outputs = new Exchange.Outputs(baseline, candidate);
        return rename
                ? new Exchange(Intent.WEEKLY_REPORT, query, outputs, PlantedClass.JSON_KEY_RENAME)
                : Exchange.noise(Intent.WEEKLY_REPORT, query, outputs);
    }

    private static String report(Wording wording, Figures figures, String summaryKey, String summary) {
        ObjectNode root = JSON.createObjectNode();
        root.put("week", wording.facts().get("week"));
        root.put("store", wording.facts().get("storeId"));
        root.put(summaryKey, summary);
        ObjectNode metrics = root.putObject("metrics");
        metrics.put("revenue", figures.revenue());
        metrics.put("orders", figures.orders());
        metrics.put("return_rate", new java.math.BigDecimal(figures.returnRate()).movePointLeft(2));
        metrics.put("nps", figures.nps());
        var issues = root.putArray("top_issues");
        figures.issues().forEach(issues::add);
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Figures(long revenue, int orders, int revenueChangeTenths, String returnRate, int nps, List<String> issues) {
        static Figures draw(RandomGenerator random) {
            int orders = 300 + random.nextInt(2400);
            long revenue = orders * (90L + random.nextInt(140));
            int change = random.nextInt(-120, 181);
            int returnTenths = 25 + random.nextInt(70);
            String returnRate = (returnTenths / 10) + "." + (returnTenths % 10);
            var issues = new ArrayList<>(ISSUES);
            var chosen = new ArrayList<String>();
            int count = 2 + random.nextInt(2);
            for (int i = 0; i < count; i++) {
                chosen.add(issues.remove(random.nextInt(issues.size())));
            }
            return new Figures(revenue, orders, change, returnRate, 20 + random.nextInt(50), List.copyOf(chosen));
        }

        String revenueChangeText() {
            String sign = revenueChangeTenths >= 0 ? "up " : "down ";
            int abs = Math.abs(revenueChangeTenths);
            return sign + (abs / 10) + "." + (abs % 10) + "%";
        }
    }
}
