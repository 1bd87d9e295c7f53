// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.report;

import java.util.Locale;

/**
 * CSV cells (RFC 4180 quoting) that a spreadsheet cannot turn into formulas: a text cell starting
 * with =, +, -, @, tab or carriage return gets a leading apostrophe (OWASP's advice for CSV
 * injection). Numbers we write ourselves are left alone so they stay numbers.
 */
final class CsvCells {

    /** Spreadsheets stop at 32,767 characters a cell; longer outputs are cut with a marker. */
    static final int MAX_CELL = 32_000;

    private CsvCells() {
    }

    static String text(String value) {
        String text = value.length() > MAX_CELL ? value.substring(0, MAX_CELL) + " …[cut]" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0 || text.startsWith("'");
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    static String number(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.6g", value).replaceFirst("\\.?0+(e|$)", "$1");
    }

    static String number(long value) {
        return Long.toString(value);
    }

    static String line(String... cells) {
        return String.join(",", cells) + "\r\n";
    }
}
