// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.sampledata;

import java.util.List;

/** Planted change 1: warranty and returns answers get much shorter and drop the details. */
final class WarrantyScript implements IntentScript {

    private static final List<Phrase> WARRANTY_QUERIES = Phrase.all(
            "{Hi|Hello|Hey there}, my ${product} {stopped working|won't turn on anymore|started making a buzzing noise|keeps restarting by itself} after ${ageMonths} months. Is it still under warranty?",
            "Is the ${model} covered by warranty if {the battery swells|it gets dead pixels|a button stops responding|the charging port gets loose}?",
            "What does the warranty on the ${product} actually cover? {Thinking of buying one.|Want to know before I open it.|Mine is acting up.}",
            "warranty claim for order ${order} - ${model} {not charging|has dead pixels|won't pair anymore|overheats}. what do i do",
            "${name} here. The ${model} I paid ${price} for broke {within a month|after six weeks|just after the holidays}. {Repair, replacement or refund?|What are my options?}",
            "Does the {warranty|extended protection plan} for my ${product} cover {accidental damage|a cracked screen|water damage}?",
            "How long is the warranty on a ${kind} like the ${model}, and how do I make a claim?",
            "My ${brand} ${kind} (bought ${purchaseDate}) has a fault. {Can I get it repaired for free?|Is that a warranty case?}");

    private static final List<Phrase> RETURN_QUERIES = Phrase.all(
            "I bought a ${product} on ${purchaseDate} (order ${order}). Can I still return it?",
            "How do I return the ${kind} I ordered? It {doesn't fit my desk|isn't what I expected|arrived with a scratch on the side}.",
            "{Can I|Could I} get a refund for the ${model}? {Opened the box but never used it.|Used it twice and didn't like it.|It was a gift I don't need.}",
            "what's your return policy for ${kind}s? order ${order}",
            "{Hello|Hi}, I'd like to send back the ${product}. {Who pays for shipping?|Do I need the original box?|How long does the refund take?}",
            "Return request: ${model}, order ${order}. {Changed my mind.|Wrong colour.|Found it cheaper elsewhere.}");

    private static final Phrase WARRANTY_ANSWER = Phrase.of(
            "{Thanks for reaching out|Sorry to hear about the trouble|Thanks for the details}{, ${name}|}. The ${product} comes with a ${warrantyMonths}-month manufacturer warranty from the purchase date, so {a purchase on ${purchaseDate} is covered until ${warrantyEnd}|you are covered until ${warrantyEnd} for a purchase made on ${purchaseDate}}. "
                    + "It covers {manufacturing defects and hardware faults|defects in materials and workmanship}, including {battery failure|power and charging faults} and {dead pixels or unresponsive buttons|faulty ports and buttons}, but not {accidental damage, liquid damage or normal wear|drops, spills or cosmetic wear}. "
                    + "{To start a claim|To open a claim}, {go to Orders > ${order} > Get help|open order ${order} in your account and choose Get help}, describe the fault and {attach a photo or short video|add a photo of the issue}; we email a prepaid shipping label within 24 hours. "
                    + "{Repairs usually take 5-7 business days|Most repairs are done within 5 to 7 business days}, and if the unit can't be repaired we replace it or refund the ${price} you paid.");

    private static final Phrase RETURN_ANSWER = Phrase.of(
            "{You can return the ${product}|The ${product} can be returned} within 30 days of delivery for a full refund of ${price}{, as long as all accessories are in the box|, provided it comes back with its accessories}. "
                    + "{Opened items are fine|Opened boxes are accepted} if the device is undamaged; {a 15% restocking fee applies only to opened TVs and cameras|only opened TVs and cameras carry a 15% restocking fee}. "
                    + "{To start|To begin the return}, open order ${order}, choose Return item and pick a reason, then {print the prepaid label or show the QR code at any ${carrier} drop-off|drop the parcel at a ${carrier} point with the QR code we email you}. "
                    + "{Refunds reach your original payment method 3-5 business days after we receive the parcel|Once the parcel arrives, the refund takes 3 to 5 business days to reach your original payment method}. "
                    + "If the item is faulty rather than unwanted, the ${warrantyMonths}-month warranty {also applies|applies as well} after the 30 days and we cover return shipping.");

    private static final List<Phrase> SHORT_WARRANTY_ANSWERS = Phrase.all(
            "{Yes|Sure}, the ${model} has a ${warrantyMonths}-month warranty{ that should cover this|}. {You can start a claim from your order page and we'll take it from there.|Open a claim from your order page and our team will follow up.} {Let me know if you need anything else.|Anything else I can help with?}",
            "{Sorry about that|Sorry to hear it}{, ${name}|}. {That should be covered under the manufacturer warranty|It's likely a warranty case}, so {open a claim from order ${order} in your account.|please file a claim via order ${order} in your account.} {We'll guide you from there.|Support will handle the rest.}",
            "The ${product} is covered for ${warrantyMonths} months. {Contact support with your order number to start a claim.|Reach out to support with order ${order} to begin the claim.} {Hope that helps!|Thanks for your patience.}",
            "{It's covered|That's covered} by the manufacturer warranty{, ${name}|}. {Start a claim in your account under order ${order} and we'll take a look.|Use Get help on order ${order} to start, and we'll take a look.}");

    private static final List<Phrase> SHORT_RETURN_ANSWERS = Phrase.all(
            "{You can return it within 30 days.|Returns are accepted within 30 days of delivery.} {Use Return item on order ${order} and follow the steps.|Start from order ${order} in your account and follow the steps.} {Let me know if you need anything else.|Anything else I can help with?}",
            "{Yes|Sure}, {the ${model} can go back|you can send the ${model} back} within 30 days for a refund. {Start the return from your orders page and pick a reason.|Begin from your orders page and choose a reason.}",
            "{Sure|Of course}{, ${name}|}. Start a return from order ${order} and {we'll email you a label|you'll get a shipping label by email}. {The refund follows once it arrives.|You'll be refunded once it's back with us.}",
            "{Returns are free within 30 days.|You have 30 days to return it.} {Open order ${order} to begin the return.|Go to order ${order} to start the return.} {Hope that helps!|Thanks!}");

    /** Said after every short answer: friendly, but no detail the customer could act on. */
    private static final Phrase SHORT_SIGN_OFF = Phrase.of(
            " {Our support team is available seven days a week if you have more questions.|If anything is unclear, our support team is happy to help any day of the week.|Thanks for shopping with us, and sorry for the inconvenience.}");

    @Override
    public Exchange write(Wording wording, RequestContext context) {
        boolean isReturn = wording.chance(0.4);
        String query = wording.once(isReturn ? RETURN_QUERIES : WARRANTY_QUERIES);
        Phrase detailed = isReturn ? RETURN_ANSWER : WARRANTY_ANSWER;
        if (context.versionSkew()) {
            return Exchange.noise(Intent.WARRANTY_RETURNS, query, wording.twoRuns(detailed));
        }
        String baseline = wording.once(detailed);
        String candidate = wording.once(isReturn ? SHORT_RETURN_ANSWERS : SHORT_WARRANTY_ANSWERS) + wording.once(SHORT_SIGN_OFF);
        return new Exchange(Intent.WARRANTY_RETURNS, query, new Exchange.Outputs(baseline, candidate), PlantedClass.WARRANTY_SHORTER);
    }
}
