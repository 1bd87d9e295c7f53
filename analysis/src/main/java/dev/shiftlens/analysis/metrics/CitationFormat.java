// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.metrics;

/** How an output marks its sources; declared in the order ties are broken. */
public enum CitationFormat {
    /** No citation markers. */
    NONE,
    /** Markdown footnote references {@code [^1]} or superscript digits {@code ¹²}. */
    FOOTNOTE,
    /** A labelled source in parentheses or brackets: {@code (source: manual)}, {@code [ref: RFC 9110]}. */
    SOURCE_PARENTHETICAL,
    /** Author and year in parentheses: {@code (Smith, 2020)}, {@code (Smith et al. 2021)}. */
    AUTHOR_YEAR,
    /** Bracketed numbers: {@code [1]}, {@code [2, 3]}, {@code [4-6]}. */
    NUMBERED_BRACKETS,
    /** A bare or Markdown-linked web address. */
    URL
}
