// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.sampledata;

import java.util.List;
import java.util.regex.Pattern;

/** Planted change 4: citation markers like {@code [1]} become "(source: manual)" or vanish. */
final class ProductSpecScript implements IntentScript {

    /** Of the changed answers, this share says "(source: manual)"; the rest lose their markers. */
    static final double SOURCE_NOTE_SHARE = 0.6;

    private static final Pattern MARKER = Pattern.compile(" \\[[12]\\]");
    private static final String SOURCES_HEADING = "\n\nSources:";

    private static final List<Phrase> QUERIES = Phrase.all(
            "What is the ${topic} of the ${product}?",
            "Quick question about the ${model}: what's the ${topic}?",
            "Can you tell me the ${topic} for the ${product}? {Need it before I buy.|Comparing a few models.|My manual is lost.}",
            "${model} ${topic}?",
            "{Hi|Hello}, I'm looking at the ${brand} ${model}. {How about|What about} its ${topic}{, and anything else I should know|}?",
            "Does the spec sheet say anything about the ${topic} on the ${kind} ${model}?",
            "{I need|Looking for} the official ${topic} figure for the ${product}, with a source please.",
            "Before I order the ${model} - {what's|what is} the ${topic} exactly?");

    private static final Phrase ANSWER = Phrase.of(
            "{The manual lists the ${topic} of the ${product} as|The official spec sheet lists the ${topic} of the ${product} as|According to the documentation, the ${topic} of the ${product} is} ${value} [1]. "
                    + "{It also lists the ${otherTopic} as|The same sheet gives the ${otherTopic} as|Also worth knowing: the ${otherTopic} is} ${otherValue} [2]."
                    + "{ Figures are for the standard retail model.| Regional versions can differ slightly.|}"
                    + SOURCES_HEADING + " [1] ${brand} ${model} user manual, p. ${page}; [2] ${brand} product spec sheet, rev. ${rev}.");

    @Override
    public Exchange write(Wording wording, RequestContext context) {
        Catalog.Product product = Catalog.product(wording.random());
        FactSheet.putProduct(wording.facts(), product, context, wording.random());
        List<Catalog.Spec> specs = product.specs();
        int asked = wording.random().nextInt(specs.size());
        Catalog.Spec spec = specs.get(asked);
        Catalog.Spec other = specs.get((asked + 1 + wording.random().nextInt(specs.size() - 1)) % specs.size());
        wording.facts().put("topic", spec.topic()).put("value", spec.value())
                .put("otherTopic", other.topic()).put("otherValue", other.value());

        String query = wording.once(QUERIES);
        Exchange.Outputs runs = wording.twoRuns(ANSWER);
        if (context.versionSkew()) {
            return Exchange.noise(Intent.PRODUCT_SPEC, query, runs);
        }
        String withoutSources = runs.candidate().substring(0, runs.candidate().indexOf(SOURCES_HEADING));
        String candidate = wording.chance(SOURCE_NOTE_SHARE)
                ? MARKER.matcher(withoutSources).replaceAll(" (source: manual)")
                : MARKER.matcher(withoutSources).replaceAll("");
        return new Exchange(Intent.PRODUCT_SPEC, query, new Exchange.Outputs(runs.baseline(), candidate), PlantedClass.CITATION_FORMAT);
    }
}
