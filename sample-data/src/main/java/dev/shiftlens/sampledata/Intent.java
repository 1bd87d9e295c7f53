// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.sampledata;

/** What the customer asked for; the truth file's {@code intent}. The first six carry a planted change. */
public enum Intent {
    WARRANTY_RETURNS("warranty_returns"),
    WEEKLY_REPORT("weekly_report"),
    BOOKING("booking"),
    PRODUCT_SPEC("product_spec"),
    TROUBLESHOOTING("troubleshooting"),
    SETUP("setup"),
    ORDER_STATUS("order_status"),
    SHIPPING_OPTIONS("shipping_options"),
    PAYMENT_METHODS("payment_methods"),
    ACCOUNT_ACCESS("account_access"),
    STORE_HOURS("store_hours"),
    COMPATIBILITY("compatibility"),
    PRICE_MATCH("price_match"),
    GIFT_CARD("gift_card"),
    LOYALTY_POINTS("loyalty_points"),
    DELIVERY_ADDRESS("delivery_address"),
    INVOICE_COPY("invoice_copy"),
    STOCK_CHECK("stock_check"),
    TRADE_IN("trade_in"),
    CANCEL_ORDER("cancel_order"),
    RECYCLING("recycling");

    private final String wireName;

    Intent(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
