// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConversationalMarkersTest {

    @ParameterizedTest(name = "\"{0}\" is a refusal: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            I can't book that appointment.                                  | true
            Sorry - booking a repair isn't something I can do here.         | true
            I can’t help with that request.                                 | true
            I'm unable to access your account.                              | true
            I cannot provide medical advice, but here is some general info. | true
            I can not do that.                                              | true
            As an AI, I don't have personal opinions.                       | true
            Sorry, I won't be able to change the booking.                   | true
            Lo siento, no puedo ayudarte con eso.                           | true
            Leider kann ich Ihnen dabei nicht helfen.                       | true
            I'm not in a position to share those figures.                   | true
            I will not be writing that script for you.                      | true
            I'll have to decline this one.                                  | true
            That is not something I am able to look into.                   | true
            I am not permitted to give out account details.                 | true
            I'm not sure which model you have; check the label.             | false
            Your appointment is booked for Tuesday at 10:00.                | false
            I can't wait to hear how it goes!                               | false
            I cannot stress this enough: back up your data.                 | false
            I can't help but notice the warranty ends soon.                 | false
            I can't say for sure, but the warranty may cover it.            | false
            The printer can't print because the tray is empty.             | false
            ""                                                              | false
            """)
    void recognisesRefusals(String text, boolean refusal) {
        assertThat(RefusalMarkers.isRefusal(text)).isEqualTo(refusal);
    }

    @ParameterizedTest(name = "\"{0}\" has {1} hedges")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The warranty covers two years.                                    | 0
            The warranty might cover it.                                      | 1
            I think it may be covered, possibly for two years.                | 3
            It depends on the model.                                          | 1
            I'm not sure; perhaps check the receipt.                          | 2
            Maybe. Probably. Likely. Perhaps.                                 | 4
            ""                                                                | 0
            """)
    void countsHedges(String text, int hedges) {
        assertThat(HedgingMarkers.count(text)).isEqualTo(hedges);
    }

    @ParameterizedTest(name = "\"{0}\" has {1} flattery phrases")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Great question! The answer is 42.                                 | 1
            You're absolutely right, and that's an excellent point.           | 2
            You’re right that the fee applies.                                | 1
            What a great question.                                            | 1
            I believe you are correct that the fee was refunded.              | 1
            The answer is 42.                                                 | 0
            The question is great for testing.                                | 0
            You have a keen eye: the fuse is the culprit.                     | 1
            Superb thinking! Start with the fuse.                             | 1
            You're clearly a pro at this.                                     | 1
            I love how you framed the problem.                                | 1
            Your instinct here is spot on.                                    | 1
            It is a good idea to back up your files first.                   | 0
            Once you come up with a great idea, write it down.                | 0
            A good approach is to restart the router.                         | 0
            """)
    void countsFlattery(String text, int flattery) {
        assertThat(FlatteryMarkers.count(text)).isEqualTo(flattery);
    }

    @ParameterizedTest(name = "\"{0}\" agrees with the user {1} times")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Great question! The answer is 42.                                 | 0
            Good question: the dock works with the TV.                        | 0
            You're absolutely right that the fuse is blown.                   | 1
            You're completely right that the router is faulty.                | 1
            I believe you are correct that the fee was refunded.              | 1
            The answer is right there in the manual.                          | 0
            """)
    void countsAgreementWithTheUserSeparatelyFromCompliments(String text, int agreement) {
        assertThat(FlatteryMarkers.agreement(text)).isEqualTo(agreement);
    }
}
