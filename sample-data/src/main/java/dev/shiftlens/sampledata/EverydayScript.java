// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.sampledata;

import java.util.List;
import java.util.Map;

/** The large majority of traffic: everyday questions where the two models differ only by paraphrase. */
final class EverydayScript implements IntentScript {

    private static final Map<String, List<EverydayTopics.Topic>> BY_LANGUAGE = Map.of(
            "en", EverydayTopics.forLanguage("en"),
            "de", EverydayTopics.forLanguage("de"),
            "es", EverydayTopics.forLanguage("es"));

    @Override
    public Exchange write(Wording wording, RequestContext context) {
        EverydayTopics.Topic topic = wording.pickFrom(BY_LANGUAGE.get(context.language()));
        return Exchange.noise(topic.intent(), wording.once(topic.queries()), wording.twoRuns(topic.answer()));
    }
}
