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
    /** A heading that opens a list of sources: {@code Sources:}, {@code ### References}, {@code Further reading}. */
    SOURCE_LIST,
    /** A section, paragraph or article of a document: {@code (see § 4.2)}, {@code (Section 3.1)}, {@code (para. 12)}. */
    SECTION_REFERENCE,
    /** Author and year: {@code (Smith, 2020)}, {@code (Smith et al. 2021)}, {@code (Lee & Kim, 2019, p. 4)}, {@code Smith et al. (2020)}
     * (a bare {@code Title (1998)} is a film or a book, not a citation). */
    AUTHOR_YEAR,
    /** Bracketed numbers: {@code [1]}, {@code [2, 3]}, {@code [4-6]}. */
    NUMBERED_BRACKETS,
    /** A bare or Markdown-linked web address. */
    URL
}
