// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.sampledata;

/** Writes one request of an intent: the customer's query and what each model answered. */
interface IntentScript {

    Exchange write(Wording wording, RequestContext context);
}
