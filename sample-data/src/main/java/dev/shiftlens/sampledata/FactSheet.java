// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.sampledata;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** Fills a request's {@link Facts}: a customer, an order, a store near their region, dates, prices. */
final class FactSheet {

    private static final List<String> MONTHS_EN = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final List<String> MONTHS_DE = List.of("Januar", "Februar", "März", "April", "Mai", "Juni",
            "Juli", "August", "September", "Oktober", "November", "Dezember");
    private static final List<String> MONTHS_ES = List.of("enero", "febrero", "marzo", "abril", "mayo", "junio",
            "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre");
    private static final List<String> WEEKDAYS_EN = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    private static final List<String> TIMES = List.of("9:30 am", "10 am", "11:15 am", "noon", "1:30 pm", "2 pm", "3:45 pm", "4:30 pm", "5 pm", "6 pm");

    /** Store indices in {@link Catalog#STORES} per region. */
    private static final Map<String, int[]> STORES_BY_REGION = Map.of(
            "us-east", new int[] {1, 2},
            "us-west", new int[] {0, 3, 8},
            "eu-west", new int[] {4, 9, 6},
            "eu-central", new int[] {5},
            "ap-southeast", new int[] {7});

    private FactSheet() {}

    static Facts build(RandomGenerator random, RequestContext context) {
        var facts = new Facts();
        String language = context.language();
        String region = context.segment().region();
        LocalDate today = LocalDate.ofInstant(context.timestamp(), ZoneOffset.UTC);

        String first = pick(random, Catalog.FIRST_NAMES);
        facts.put("name", first).put("fullName", first + " " + pick(random, Catalog.LAST_NAMES));

        int[] storeChoices = STORES_BY_REGION.get(region);
        Catalog.Store store = Catalog.STORES.get(storeChoices[random.nextInt(storeChoices.length)]);
        facts.put("store", store.name()).put("city", store.city())
                .put("weekdayHours", store.weekdayHours()).put("weekendHours", store.weekendHours())
                .put("storeId", Integer.toString(100 + random.nextInt(380)));

        facts.put("order", "W" + (20_000_000 + random.nextInt(79_999_999)))
                .put("tracking", trackingNumber(random))
                .put("carrier", pick(random, Catalog.CARRIERS))
                .put("code", confirmationCode(random))
                .put("accessory", pick(random, Catalog.ACCESSORIES))
                .put("points", Integer.toString(50 * (4 + random.nextInt(160))))
                .put("giftBalance", money(region, language, 500 * (2 + random.nextInt(40))))
                .put("page", Integer.toString(4 + random.nextInt(60)))
                .put("rev", Integer.toString(2 + random.nextInt(6)))
                .put("ageMonths", Integer.toString(1 + random.nextInt(20)));

        LocalDate shipped = today.minusDays(1 + random.nextInt(4));
        LocalDate purchase = today.minusDays(3 + random.nextInt(300));
        LocalDate appointment = today.plusDays(1 + random.nextInt(9));
        facts.put("shipDate", date(shipped, language))
                .put("eta", date(today.plusDays(1 + random.nextInt(5)), language))
                .put("purchaseDate", date(purchase, language))
                .put("apptDay", WEEKDAYS_EN.get(appointment.getDayOfWeek().getValue() - 1) + " " + date(appointment, language))
                .put("apptTime", pick(random, TIMES))
                .put("week", isoWeek(today.minusWeeks(1)));

        putProduct(facts, Catalog.product(random), region, language, purchase);
        return facts;
    }

    static void putProduct(Facts facts, Catalog.Product product, RequestContext context, RandomGenerator random) {
        LocalDate today = LocalDate.ofInstant(context.timestamp(), ZoneOffset.UTC);
        putProduct(facts, product, context.segment().region(), context.language(), today.minusDays(3 + random.nextInt(300)));
    }

    private static void putProduct(Facts facts, Catalog.Product product, String region, String language, LocalDate purchase) {
        facts.put("product", product.fullName()).put("model", product.model()).put("brand", product.brand())
                .put("kind", product.kind())
                .put("price", money(region, language, product.priceCents()))
                .put("warrantyMonths", Integer.toString(product.warrantyMonths()))
                .put("purchaseDate", date(purchase, language))
                .put("warrantyEnd", date(purchase.plusMonths(product.warrantyMonths()), language));
    }

    static String money(String region, String language, int cents) {
        String amount = (cents / 100) + "." + String.format(java.util.Locale.ROOT, "%02d", cents % 100);
        if (!language.equals("en")) {
            return amount.replace('.', ',') + " €";
        }
        return switch (region) {
            case "eu-west", "eu-central" -> "€" + amount;
            case "ap-southeast" -> "S$" + amount;
            default -> "$" + amount;
        };
    }

    static String date(LocalDate date, String language) {
        int month = date.getMonthValue() - 1;
        return switch (language) {
            case "de" -> date.getDayOfMonth() + ". " + MONTHS_DE.get(month) + " " + date.getYear();
            case "es" -> date.getDayOfMonth() + " de " + MONTHS_ES.get(month) + " de " + date.getYear();
            default -> MONTHS_EN.get(month) + " " + date.getDayOfMonth() + ", " + date.getYear();
        };
    }

    private static String isoWeek(LocalDate date) {
        int week = date.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        int year = date.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR);
        return year + "-W" + (week < 10 ? "0" : "") + week;
    }

    private static String trackingNumber(RandomGenerator random) {
        var out = new StringBuilder("1Z");
        for (int i = 0; i < 14; i++) {
            out.append((char) ('0' + random.nextInt(10)));
        }
        return out.toString();
    }

    private static String confirmationCode(RandomGenerator random) {
        String letters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        var out = new StringBuilder("APT-");
        for (int i = 0; i < 5; i++) {
            out.append(i < 2 ? letters.charAt(random.nextInt(letters.length())) : (char) ('0' + random.nextInt(10)));
        }
        return out.toString();
    }

    private static <T> T pick(RandomGenerator random, List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
