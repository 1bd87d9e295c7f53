// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.replay;

import java.util.OptionalDouble;

/**
 * Money spent and money promised to requests in flight. A request goes out only when what is
 * spent, plus what requests in flight may still cost, plus its own worst case fits under the cap:
 * so the cap is never exceeded, at the price of stopping a little early.
 */
final class SpendBudget {

    private final OptionalDouble cap;
    private double spent;
    private double reserved;
    private boolean capReached;

    SpendBudget(OptionalDouble cap) {
        this.cap = cap;
    }

    synchronized boolean reserve(double worstCase) {
        if (cap.isPresent() && spent + reserved + worstCase > cap.getAsDouble()) {
            capReached = true;
            return false;
        }
        reserved += worstCase;
        return true;
    }

    synchronized void settle(double worstCase, double actual) {
        reserved -= worstCase;
        spent += actual;
    }

    synchronized void release(double worstCase) {
        reserved -= worstCase;
    }

    synchronized double spent() {
        return spent;
    }

    synchronized boolean capReached() {
        return capReached;
    }
}
