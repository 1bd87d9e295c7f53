// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.pii;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PiiRedactorTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Write to jane.doe+orders@example.co.uk today      | Write to [redacted email] today
            Call +44 20 7946 0958 or (415) 555-0132.          | Call [redacted phone number] or [redacted phone number].
            US office: 415-555-0132                           | US office: [redacted phone number]
            Card 4111 1111 1111 1111 was charged              | Card [redacted card number] was charged
            Card 4111-1111-1111-1111 was charged              | Card [redacted card number] was charged
            key sk-proj-AbCdEfGhIjKlMnOpQrStUv123456 leaked   | key [redacted api key] leaked
            AWS AKIAIOSFODNN7EXAMPLE here                     | AWS [redacted api key] here
            Authorization: Bearer abcdefghijklmnopqrstuvwxyz012345 | Authorization: [redacted api key]
            token ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789 x | token [redacted api key] x
            """)
    void redactsWhatLooksPersonalOrSecret(String text, String redacted) {
        assertThat(PiiRedactor.redacting().redact(text)).isEqualTo(redacted);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            It costs €149.99 or $1,299.00 with 4 payments
            Order W21349040 ships on 2026-04-06 at 10:15
            Prompt v47 on build 1.20.0-beta30
            request 3f2a9c4e-1b7d-4e8a-9c0f-5d6e7f8a9b0c and digest 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
            Card-like but not Luhn: 4111 1111 1111 1112
            Call within 24 hours, 5 to 7 business days
            """)
    void leavesPricesDatesIdsAndVersionsAlone(String text) {
        assertThat(PiiRedactor.redacting().redact(text)).isEqualTo(text);
    }

    @Test
    void keepingLeavesEverything() {
        String text = "jane@example.com +44 20 7946 0958";

        assertThat(PiiRedactor.keeping().redact(text)).isEqualTo(text);
    }

    @Test
    void countsEachKind() {
        assertThat(PiiRedactor.count("a@b.io, c@d.io, 4111 1111 1111 1111, +1 415 555 0132"))
                .isEqualTo(Map.of(PiiKind.EMAIL, 2, PiiKind.CARD_NUMBER, 1, PiiKind.PHONE, 1));
    }
}
