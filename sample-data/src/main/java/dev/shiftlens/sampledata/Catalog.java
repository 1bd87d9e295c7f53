// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.sampledata;

import java.util.List;
import java.util.random.RandomGenerator;

/** The retailer's world: what it sells, who its customers are, where its stores are. Fictional brands. */
final class Catalog {

    enum Category { EARBUDS, HEADPHONES, LAPTOP, TV, PHONE, ROUTER, SMARTWATCH, PRINTER, ROBOT_VACUUM, SOUNDBAR, TABLET, CAMERA, COFFEE_MACHINE, MONITOR }

    record Spec(String topic, String value) {}

    record Product(String brand, String model, String kind, Category category, int priceCents, int warrantyMonths, List<Spec> specs) {
        String fullName() {
            return brand + " " + model + " " + kind;
        }
    }

    record Store(String name, String city, String weekdayHours, String weekendHours) {}

    private static Spec s(String topic, String value) {
        return new Spec(topic, value);
    }

    static final List<Product> PRODUCTS = List.of(
            new Product("Kestrel", "KX-540", "wireless earbuds", Category.EARBUDS, 12999, 12, List.of(s("battery life", "8 hours per charge and 32 hours with the case"), s("water resistance", "IPX4 (sweat and splashes)"), s("Bluetooth version", "Bluetooth 5.3 with multipoint"))),
            new Product("Sonara", "Buds Air 2", "earbuds", Category.EARBUDS, 7999, 12, List.of(s("battery life", "6 hours, 24 with the case"), s("charging time", "about 70 minutes for a full charge"), s("codec support", "AAC and SBC"))),
            new Product("Kestrel", "KH-900", "noise-cancelling headphones", Category.HEADPHONES, 29999, 24, List.of(s("battery life", "up to 40 hours with ANC on"), s("weight", "254 g"), s("quick charge", "10 minutes for 5 hours of playback"))),
            new Product("Sonara", "Studio One", "over-ear headphones", Category.HEADPHONES, 18950, 24, List.of(s("driver size", "40 mm dynamic drivers"), s("battery life", "30 hours"), s("cable", "a detachable 3.5 mm cable"))),
            new Product("Northpeak", "Aero 14", "laptop", Category.LAPTOP, 109900, 24, List.of(s("battery life", "up to 14 hours of video playback"), s("weight", "1.29 kg"), s("ports", "two USB-C (Thunderbolt 4), one USB-A and HDMI 2.1"))),
            new Product("Northpeak", "Forge 16", "gaming laptop", Category.LAPTOP, 189900, 24, List.of(s("display", "a 16-inch 240 Hz QHD+ panel"), s("graphics", "an 8 GB dedicated GPU"), s("RAM", "32 GB DDR5, upgradable to 64 GB"))),
            new Product("Lumio", "Book S13", "ultrabook", Category.LAPTOP, 84900, 12, List.of(s("weight", "1.1 kg"), s("battery life", "up to 12 hours"), s("storage", "a 512 GB NVMe SSD"))),
            new Product("Brightwave", "Q7 55\"", "QLED TV", Category.TV, 79900, 24, List.of(s("refresh rate", "120 Hz native"), s("HDMI ports", "four HDMI ports, two of them HDMI 2.1"), s("power consumption", "98 W typical"))),
            new Product("Brightwave", "OLED G3 65\"", "OLED TV", Category.TV, 229900, 24, List.of(s("peak brightness", "about 1,300 nits"), s("VESA mount", "300 x 300 mm"), s("HDR formats", "HDR10, HLG and Dolby Vision"))),
            new Product("Lumio", "View 43", "smart TV", Category.TV, 34900, 12, List.of(s("resolution", "4K UHD (3840 x 2160)"), s("smart platform", "LumioOS with built-in casting"), s("stand width", "86 cm between the feet"))),
            new Product("Voltra", "V12 Pro", "smartphone", Category.PHONE, 99900, 24, List.of(s("battery capacity", "5,000 mAh"), s("charging speed", "65 W wired and 15 W wireless"), s("storage", "256 GB, not expandable"))),
            new Product("Voltra", "V9 Lite", "smartphone", Category.PHONE, 39900, 12, List.of(s("screen size", "6.5 inches"), s("camera", "a 50 MP main camera"), s("storage", "128 GB plus a microSD slot"))),
            new Product("Meshline", "AX3000", "Wi-Fi 6 router", Category.ROUTER, 14999, 24, List.of(s("Wi-Fi standard", "Wi-Fi 6 (802.11ax), dual band"), s("ports", "four gigabit LAN ports and one 2.5 GbE WAN"), s("coverage", "up to 2,000 sq ft"))),
            new Product("Meshline", "Orbit Mesh 3-pack", "mesh Wi-Fi system", Category.ROUTER, 34999, 24, List.of(s("coverage", "up to 6,000 sq ft with all three nodes"), s("Wi-Fi standard", "tri-band Wi-Fi 6E"), s("backhaul", "a dedicated 5 GHz backhaul band"))),
            new Product("Kestrel", "Pulse 3", "smartwatch", Category.SMARTWATCH, 24900, 12, List.of(s("battery life", "up to 7 days"), s("water resistance", "5 ATM (swim-proof)"), s("sensors", "heart rate, SpO2 and GPS"))),
            new Product("Voltra", "Watch Fit", "fitness watch", Category.SMARTWATCH, 12900, 12, List.of(s("battery life", "10 days in typical use"), s("display", "a 1.6-inch AMOLED screen"), s("water resistance", "5 ATM"))),
            new Product("Inkora", "JetLine 4200", "all-in-one printer", Category.PRINTER, 17900, 12, List.of(s("print speed", "20 pages per minute in black"), s("duplex", "automatic two-sided printing"), s("connectivity", "Wi-Fi, Wi-Fi Direct and USB"))),
            new Product("Inkora", "TankJet 580", "ink tank printer", Category.PRINTER, 26900, 24, List.of(s("ink yield", "about 7,500 pages in black per refill"), s("paper tray", "a 250-sheet tray"), s("scan resolution", "1200 x 2400 dpi"))),
            new Product("Tidy", "R8 Max", "robot vacuum", Category.ROBOT_VACUUM, 54900, 24, List.of(s("suction power", "5,000 Pa"), s("runtime", "about 180 minutes"), s("dustbin", "a 400 ml bin with an auto-empty dock"))),
            new Product("Tidy", "Mini S", "robot vacuum", Category.ROBOT_VACUUM, 22900, 12, List.of(s("height", "7.9 cm, so it fits under most sofas"), s("runtime", "up to 120 minutes"), s("navigation", "gyroscope navigation (no lidar)"))),
            new Product("Sonara", "Arc 5.1", "soundbar", Category.SOUNDBAR, 44900, 24, List.of(s("channels", "5.1 with a wireless subwoofer"), s("inputs", "HDMI eARC, optical and Bluetooth"), s("total power", "420 W"))),
            new Product("Brightwave", "SB-300", "compact soundbar", Category.SOUNDBAR, 19900, 12, List.of(s("length", "76 cm"), s("inputs", "HDMI ARC and optical"), s("Dolby Atmos support", "virtual Atmos only"))),
            new Product("Lumio", "Tab 11", "tablet", Category.TABLET, 32900, 12, List.of(s("screen", "an 11-inch 90 Hz LCD"), s("battery life", "up to 13 hours"), s("stylus support", "the Lumio Pen (sold separately)"))),
            new Product("Voltra", "Pad X", "tablet", Category.TABLET, 54900, 24, List.of(s("storage", "256 GB"), s("cellular", "5G on the LTE model only"), s("weight", "489 g"))),
            new Product("Optix", "Z50", "mirrorless camera", Category.CAMERA, 89900, 24, List.of(s("sensor", "a 24 MP APS-C sensor"), s("video", "4K at 60 fps"), s("stabilisation", "5-axis in-body stabilisation"))),
            new Product("Optix", "Snap 2", "action camera", Category.CAMERA, 27900, 12, List.of(s("waterproof depth", "10 m without a housing"), s("battery life", "about 95 minutes at 4K"), s("video", "5.3K at 30 fps"))),
            new Product("Brewster", "Barista 700", "espresso machine", Category.COFFEE_MACHINE, 49900, 24, List.of(s("pump pressure", "15 bar"), s("water tank", "1.8 litres"), s("grinder", "a built-in conical burr grinder with 30 settings"))),
            new Product("Brewster", "Drip 12", "filter coffee maker", Category.COFFEE_MACHINE, 8999, 12, List.of(s("capacity", "12 cups (1.5 litres)"), s("timer", "a 24-hour programmable timer"), s("keep-warm", "a 40-minute keep-warm plate"))),
            new Product("Lumio", "UltraView 27", "4K monitor", Category.MONITOR, 38900, 36, List.of(s("resolution", "3840 x 2160"), s("ports", "USB-C with 90 W power delivery, two HDMI and DisplayPort"), s("panel", "an IPS panel covering 98% DCI-P3"))),
            new Product("Northpeak", "Arena 32", "curved gaming monitor", Category.MONITOR, 44900, 36, List.of(s("refresh rate", "165 Hz"), s("response time", "1 ms MPRT"), s("curvature", "1500R"))));

    static final List<String> FIRST_NAMES = List.of(
            "Maria", "James", "Aisha", "Tom", "Priya", "Lukas", "Sofia", "Daniel", "Mei", "Carlos", "Hannah", "Omar",
            "Grace", "Ravi", "Emma", "Jonas", "Chloe", "Mateo", "Fatima", "Ben", "Yuki", "Olivia", "Kwame", "Laura",
            "Ethan", "Ines", "Noah", "Zara", "Liam", "Elena", "Samuel", "Nadia", "Jack", "Camille", "Arjun", "Isla",
            "Leon", "Amara", "Victor", "Rosa", "Felix", "Chen", "Julia", "Mohammed", "Ava", "Tariq", "Freya", "Diego");

    static final List<String> LAST_NAMES = List.of(
            "Garcia", "Okafor", "Schmidt", "Nguyen", "Patel", "Kowalski", "Rossi", "Murphy", "Silva", "Johansson",
            "Dubois", "Khan", "Tanaka", "Fischer", "Lopez", "Brown", "Haddad", "Novak", "Mensah", "Walsh", "Costa", "Weber");

    static final List<Store> STORES = List.of(
            new Store("Riverside Mall", "Portland", "10 am to 9 pm", "10 am to 7 pm"),
            new Store("Downtown Flagship", "Chicago", "9 am to 9 pm", "10 am to 8 pm"),
            new Store("Harbour Point", "Boston", "10 am to 8 pm", "11 am to 6 pm"),
            new Store("Westfield Plaza", "San Diego", "10 am to 9 pm", "10 am to 8 pm"),
            new Store("Kings Cross", "London", "9 am to 8 pm", "10 am to 6 pm"),
            new Store("Alexanderplatz", "Berlin", "10 am to 8 pm", "10 am to 8 pm (Saturday only)"),
            new Store("Gran Via", "Madrid", "10 am to 10 pm", "11 am to 9 pm"),
            new Store("Marina Bay", "Singapore", "11 am to 10 pm", "10 am to 10 pm"),
            new Store("Northgate", "Seattle", "10 am to 9 pm", "11 am to 7 pm"),
            new Store("Canal Street", "Manchester", "9 am to 7 pm", "10 am to 5 pm"));

    static final List<String> CARRIERS = List.of("UPS", "FedEx", "DHL", "DPD", "USPS");

    static final List<String> ACCESSORIES = List.of(
            "USB-C fast charger (65 W)", "Kestrel KX wireless charging pad", "Lumio Pen stylus", "Meshline range extender",
            "Sonara SW-10 subwoofer", "Optix 64 GB V30 memory card", "Northpeak Dock Pro", "Brightwave wall mount WM-2",
            "Voltra 25 W car charger", "HDMI 2.1 cable (2 m)");

    private Catalog() {}

    static Product product(RandomGenerator random) {
        return PRODUCTS.get(random.nextInt(PRODUCTS.size()));
    }

    static Product product(RandomGenerator random, List<Category> categories) {
        Category wanted = categories.get(random.nextInt(categories.size()));
        List<Product> matching = PRODUCTS.stream().filter(p -> p.category() == wanted).toList();
        return matching.get(random.nextInt(matching.size()));
    }
}
