// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageIdentifierTest {

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The warranty covers parts and labour for two years from the date of purchase.        | en
            Die Garantie deckt Teile und Arbeit für zwei Jahre ab dem Kaufdatum ab.                | de
            La garantía cubre piezas y mano de obra durante dos años desde la fecha de compra.     | es
            La garantie couvre les pièces et la main-d'œuvre pendant deux ans à partir de l'achat. | fr
            La garanzia copre parti e manodopera per due anni dalla data di acquisto del prodotto. | it
            A garantia cobre peças e mão de obra durante dois anos a partir da data da compra.     | pt
            De garantie dekt onderdelen en arbeid voor twee jaar vanaf de aankoopdatum van het product. | nl
            保修涵盖自购买之日起两年内的零件和人工费用。                                             | zh
            保証は購入日から2年間、部品と工賃をカバーします。                                        | ja
            보증은 구입일로부터 2년 동안 부품과 인건비를 보장합니다.                                   | ko
            Гарантия распространяется на детали и работу в течение двух лет с даты покупки.        | ru
            Гарантія поширюється на деталі та роботу протягом двох років з дати покупки.           | uk
            يغطي الضمان القطع والعمالة لمدة عامين من تاريخ الشراء.                                 | ar
            Η εγγύηση καλύπτει ανταλλακτικά και εργασία για δύο χρόνια.                            | el
            האחריות מכסה חלקים ועבודה למשך שנתיים.                                                 | he
            वारंटी खरीद की तारीख से दो साल तक पुर्जों और श्रम को कवर करती है।                         | hi
            OK                                                                                     | und
            42 + 17 = 59                                                                           | und
            ""                                                                                     | und
            Lorem ipsum dolor sit amet consectetur adipiscing elit.                                | und
            """)
    void namesTheLanguageOrSaysUndetermined(String text, String language) {
        assertThat(LanguageIdentifier.identify(text)).isEqualTo(language);
    }

    /** Each file is a natural answer of 50+ words; {@code pl} was identified as Portuguese by stop-word counts. */
    @ParameterizedTest
    @ValueSource(strings = {"pl", "de", "pt", "es", "fr", "en"})
    void identifiesAnAnswerOfFiftyWordsAndMore(String language) throws IOException {
        String answer = answer(language);

        assertThat(WordTokens.of(answer)).hasSizeGreaterThanOrEqualTo(50);
        assertThat(LanguageIdentifier.identify(answer)).isEqualTo(language);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Merci
            Hola amigo
            pizza pasta
            How do I reset my password?
            Jak zresetować hasło?
            Как сбросить пароль?
            """)
    void saysUndeterminedForTextsTooShortToTell(String text) {
        assertThat(LanguageIdentifier.identify(text)).isEqualTo(LanguageIdentifier.UNDETERMINED);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Napisz funkcję w Pythonie, która odwraca listę.         | pl
            Wie kann ich das Passwort für mein Kundenkonto ändern?  | de
            Hoe kan ik mijn wachtwoord opnieuw instellen?           | nl
            Explain the difference between TCP and UDP.            | en
            Як скинути пароль до облікового запису в застосунку?    | uk
            """)
    void namesTheLanguageOfAQueryOfOneSentence(String text, String language) {
        assertThat(LanguageIdentifier.identify(text)).isEqualTo(language);
    }

    @Test
    void readsAPolishAnswerAsPolishWhenItOpensWithAnEnglishLine() throws IOException {
        String answer = "Sure, here is the answer in Polish:\n\n" + answer("pl");

        assertThat(LanguageIdentifier.identify(answer)).isEqualTo("pl");
    }

    @Test
    void samplesTheHeadAndMiddleOfALongTextAtWordBoundaries() {
        String text = "alpha beta gamma delta ".repeat(100);

        String sample = LanguageIdentifier.sample(text);

        assertThat(sample.length()).isLessThanOrEqualTo(LanguageIdentifier.SAMPLE_CHARS);
        assertThat(sample.split("\\s+")).allMatch(word -> word.matches("alpha|beta|gamma|delta"));
        assertThat(LanguageIdentifier.sample("short text")).isEqualTo("short text");
    }

    private static String answer(String language) throws IOException {
        try (InputStream in = LanguageIdentifierTest.class.getResourceAsStream("answers/" + language + ".txt")) {
            assertThat(in).as("answers/%s.txt", language).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
