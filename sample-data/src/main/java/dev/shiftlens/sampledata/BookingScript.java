// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.sampledata;

import java.util.List;

/** Planted change 3: the candidate refuses more and more appointment bookings as the weeks go by. */
final class BookingScript implements IntentScript {

    private static final List<String> SERVICES = List.of(
            "repair drop-off", "setup session", "trade-in appraisal", "battery health check", "screen repair",
            "data transfer", "in-store demo", "TV wall-mount consultation", "home installation visit");

    private static final List<Phrase> QUERIES = Phrase.all(
            "Can you book me a ${service} at the ${city} store on ${apptDay} {around|at} ${apptTime}?",
            "I'd like to schedule a ${service} for my ${model}. {Is|Would} ${apptDay} at ${apptTime} {possible|work}?",
            "Book a ${service} for my ${product}, {preferably|ideally} ${apptDay} ${apptTime}. Name: ${fullName}.",
            "Is there a slot ${apptDay} at ${store} for a ${service}? Please reserve it under ${fullName}.",
            "{Hi|Hello}, I need a ${service} for the ${product} I bought. {Can you schedule it|Could you set it up} for ${apptDay}?",
            "need an appointment - ${service} - ${store} - ${apptDay} ${apptTime} if free",
            "{Could you|Can you please} reserve ${apptTime} on ${apptDay} at ${store} for a ${service}? {Thanks!|Thank you.|Cheers}",
            "My ${model} needs a ${service}. What's the earliest you can book me in at ${store}? {${apptDay} would be ideal.|I'm free ${apptDay}.}");

    private static final Phrase BOOKED = Phrase.of(
            "{Done|All set|You're booked}{, ${name}|}! {I've reserved|I booked} a ${service} {slot|appointment} at ${store} (${city}) on ${apptDay} at ${apptTime}. "
                    + "{Your confirmation code is ${code}|Confirmation code: ${code}}; {you'll get a reminder by SMS the day before|we'll text you a reminder the day before}. "
                    + "{Please bring the ${model} and its charger|Bring the device and its charger with you}{, and back up your data first|}. "
                    + "{If you need to change it, reply here or use the link in the confirmation email.|You can reschedule from the link in your confirmation email.}");

    private static final List<Phrase> REFUSALS = Phrase.all(
            "{I'm sorry|Sorry}, but I can't book that{ for you| appointment}. {Please call the ${city} store directly|You'll need to contact the store directly} {or use the booking page on our website.|or book through the website.}",
            "I can't book appointments{ on your behalf|}. {You can schedule a ${service} through the Store Appointments page.|Please use the appointments page to pick a slot.}",
            "Unfortunately I'm not able to make bookings. {Please reach out to ${store} to arrange the ${service}.|Contact the ${store} team to arrange it.}",
            "{Sorry|Apologies}{, ${name}|} - booking a ${service} isn't something I can do here. {Please call the store.|The store team can set it up for you.}");

    @Override
    public Exchange write(Wording wording, RequestContext context) {
        wording.facts().put("service", wording.pickFrom(SERVICES));
        String query = wording.once(QUERIES);
        boolean refuse = !context.versionSkew() && wording.chance(IncidentTimeline.bookingRefusalRate(context.day()));
        if (!refuse) {
            return Exchange.noise(Intent.BOOKING, query, wording.twoRuns(BOOKED));
        }
        var outputs = new Exchange.Outputs(wording.once(BOOKED), wording.once(REFUSALS));
        return new Exchange(Intent.BOOKING, query, outputs, PlantedClass.BOOKING_REFUSAL);
    }
}
