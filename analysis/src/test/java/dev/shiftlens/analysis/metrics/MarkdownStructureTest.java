// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownStructureTest {

    @Test
    void countsBulletedAndNumberedItemsHeadingsCodeBlocksAndTables() {
        String text = """
                # Warranty
                ## Coverage
                - parts
                * labour
                  + nested shipping
                1. Register the product
                2) Keep the receipt
                ```java
                - not an item
                # not a heading
                ```
                | Plan | Years |
                |------|:-----:|
                | Basic | 2 |
                ~~~
                code
                ~~~
                """;

        assertThat(MarkdownStructure.of(text)).isEqualTo(new MarkdownStructure(3, 2, 2, 2, 1));
    }

    @Test
    void doesNotCountThematicBreaksHashtagsOrNumbersAsStructure() {
        String text = """
                * * *
                ---
                #hashtag and ####### seven hashes
                    # indented four spaces
                3.5 stars
                -dash without space
                """;

        assertThat(MarkdownStructure.of(text)).isEqualTo(MarkdownStructure.NONE);
    }

    @Test
    void countsAnUnclosedFenceAsACodeBlockAndNothingAfterIt() {
        assertThat(MarkdownStructure.of("```\n- a\n# b")).isEqualTo(new MarkdownStructure(0, 0, 0, 1, 0));
    }

    @Test
    void sumsBothKindsOfListItems() {
        assertThat(new MarkdownStructure(3, 2, 0, 0, 0).listItems()).isEqualTo(5);
    }
}
