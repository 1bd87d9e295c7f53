// SPDX-License-Identifier: GPL-3.0-or-later
/** Personal data in texts: finding and redacting emails, phone numbers, card-like numbers and API-key-like strings. */
package dev.shiftlens.analysis.privacy;
