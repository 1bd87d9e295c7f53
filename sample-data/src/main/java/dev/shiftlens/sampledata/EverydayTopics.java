// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.sampledata;

import java.util.List;

/** The everyday traffic no change was planted in: shipping, payments, accounts, store hours and more. */
final class EverydayTopics {

    record Topic(Intent intent, String language, List<Phrase> queries, Phrase answer) {}

    private static Topic en(Intent intent, String answer, String... queries) {
        return new Topic(intent, "en", Phrase.all(queries), Phrase.of(answer));
    }

    private static Topic of(String language, Intent intent, String answer, String... queries) {
        return new Topic(intent, language, Phrase.all(queries), Phrase.of(answer));
    }

    static final List<Topic> TOPICS = List.of(
            en(Intent.ORDER_STATUS,
                    "{Good news|Thanks for checking}{, ${name}|}: order ${order} {shipped on ${shipDate} with ${carrier}|left our warehouse on ${shipDate} via ${carrier}} and {should arrive by ${eta}|is expected by ${eta}}. {You can follow it with|Track it using} tracking number ${tracking}{ on the carrier's site|}. {If it hasn't arrived by then, let us know and we'll chase it.|If it's late, reply here and we'll look into it.}",
                    "Where is my order ${order}?", "{Hi|Hello}, any update on order ${order}? {It's been a few days.|Still no email.}",
                    "When will my ${product} arrive? Order ${order}.", "order ${order} status pls", "Has my ${model} shipped yet? I ordered it last week."),
            en(Intent.SHIPPING_OPTIONS,
                    "We offer {free standard delivery (3-5 business days) on orders over $35|standard delivery in 3-5 business days, free above $35}, {express delivery for $9.99 (1-2 days)|next-day express for $9.99 if you order before 2 pm}, and {free pickup at ${store} within 2 hours|free in-store pickup at ${store}, usually ready in 2 hours}. {Large items like TVs ship with a two-person crew for $49.|TVs and other large items come with two-person delivery for $49.}",
                    "What shipping options do you have?", "How much is express delivery {to ${city}|for a ${kind}}?",
                    "Can I pick up the ${model} in store instead of shipping?", "{Do you|Can you} deliver a ${product} {next day|by tomorrow}?", "Is shipping free?"),
            en(Intent.PAYMENT_METHODS,
                    "{We accept|You can pay with} Visa, Mastercard, American Express, PayPal, Apple Pay and Google Pay{, plus gift cards|; gift cards work too}. {For purchases over $299 you can split the cost into 4 interest-free payments at checkout.|Orders above $299 can be paid in four interest-free instalments.} {We don't take cheques or cash on delivery.|Cash on delivery and cheques aren't accepted.}",
                    "What payment methods do you accept?", "Can I pay for the ${product} in instalments?", "Do you take PayPal{ or Apple Pay|}?",
                    "{Is Amex accepted|Can I use Amex} for online orders?", "payment options for a ${price} order?"),
            en(Intent.ACCOUNT_ACCESS,
                    "{To reset your password|For a password reset}, {tap Sign in > Forgot password and enter your email|choose Forgot password on the sign-in page and type your email address}; {the link is valid for 30 minutes|the link expires after 30 minutes}. {If the email doesn't arrive, check spam or|No email? Look in spam, or} {reply here and I'll send it again|ask me to resend it}. {For a locked account, wait 15 minutes after five failed attempts.|After five wrong attempts the account locks for 15 minutes.}",
                    "I can't log in to my account.", "Forgot my password, {how do I reset it|what now}?", "My account is locked after too many tries.",
                    "{Hi|Hello}, the password reset email never arrives.", "how do i change my login email"),
            en(Intent.STORE_HOURS,
                    "{${store} in ${city} is open|Our ${city} store (${store}) opens} ${weekdayHours} on weekdays and ${weekendHours} at the weekend. {Hours can differ on public holidays, so check the store page before you go.|On public holidays the hours may change; the store page has the latest.} {The repair desk closes an hour before the store.|Note that the repair desk closes one hour earlier.}",
                    "What are your opening hours in ${city}?", "Is ${store} open on Sunday?", "{When does|What time does} the ${city} store close tonight?",
                    "store hours ${store}?", "Are you open on the public holiday {next week|on Monday}?"),
            en(Intent.COMPATIBILITY,
                    "{Yes|Good question}{, ${name}|}: the ${accessory} {works with|is compatible with} the ${product}{ out of the box|}. {You may need the latest firmware on the ${model}, which you can install from its settings menu.|Make sure the ${model} is on the latest firmware (Settings > About > Update).} {If it doesn't work, you can return the accessory within 30 days.|Accessories can be returned within 30 days if they don't fit your setup.}",
                    "Will the ${accessory} work with my ${product}?", "Is the ${accessory} compatible with the ${model}?",
                    "Does the ${model} support the ${accessory}?", "{Can I use|Will I be able to use} a ${accessory} with the ${kind} ${model}?"),
            en(Intent.PRICE_MATCH,
                    "{We match|We'll match} the price of {major national retailers|large national competitors} for identical items in stock, {within 14 days of purchase|up to 14 days after you buy}. {Share the competitor's link with order ${order} and we'll refund the difference to your card|Send us the link and your order number ${order}, and we'll refund the difference}. {Marketplace sellers and flash sales aren't included.|This doesn't cover marketplace sellers or time-limited flash deals.}",
                    "I found the ${model} cheaper elsewhere, do you price match?", "The ${product} dropped in price a week after I bought it. Can I get the difference?",
                    "price match policy?", "{Another store|A competitor} has the ${model} for less. {Will you match it?|Can you beat that?}"),
            en(Intent.GIFT_CARD,
                    "{Your gift card balance is|The card currently holds} ${giftBalance}. {Gift cards never expire and work online and in store.|They don't expire and can be used in store or online.} {At checkout, enter the 16-digit number and the PIN under the scratch strip|Enter the 16-digit number and the PIN from the back at checkout}{; you can combine up to three cards per order|, up to three cards per order}.",
                    "How much is left on my gift card?", "Can I use a gift card online?", "Do your gift cards expire?",
                    "{Gift card|Giftcard} balance check please", "How do I use two gift cards for the ${model}?"),
            en(Intent.LOYALTY_POINTS,
                    "{You have|Your account shows} ${points} points{, ${name}|}. {Every 500 points are worth $5 off, and you can redeem them at checkout|500 points give $5 off at checkout}. {Points from a purchase arrive 30 days after delivery, once the return window has closed.|New points show up 30 days after delivery, when the return period ends.} {They expire after 12 months without activity.|They lapse after a year with no purchases.}",
                    "How many reward points do I have?", "Why didn't I get points for order ${order}?", "How do I use my loyalty points on the ${model}?",
                    "{Do|When do} my points expire?"),
            en(Intent.DELIVERY_ADDRESS,
                    "{I can update the address as long as|The address can still be changed while} order ${order} hasn't shipped{ yet|}. {Go to Orders > ${order} > Change address|Open order ${order} and choose Change address} before {8 pm today|tonight's 8 pm cut-off}. {Once it's with ${carrier}, you can redirect it on their site using tracking number ${tracking}.|If ${carrier} already has it, redirect it on their website with tracking ${tracking}.}",
                    "Can I change the delivery address for order ${order}?", "I moved, {need to update|how do I update} the shipping address on my order.",
                    "Wrong address on order ${order}! {Help|Can you fix it}?", "Send my ${model} to my office instead?"),
            en(Intent.INVOICE_COPY,
                    "{You can download the invoice|The invoice is available} under Orders > ${order} > Invoice{ as a PDF|}. {For a VAT invoice with your company name, add the company details there and regenerate it.|To add a company name and VAT number, edit the billing details and download it again.} {Invoices stay available for seven years.|We keep invoices available for seven years.}",
                    "I need an invoice for order ${order}.", "Can I get a VAT invoice for the ${product}?", "{Where|How} do I download my receipt?",
                    "need a copy of the invoice for my ${model} for work expenses"),
            en(Intent.STOCK_CHECK,
                    "{The ${product} is in stock at ${store}|${store} has the ${model} in stock}{ right now|} and {online it ships within 24 hours|online orders ship within a day}. {Stock changes quickly, so reserve it for pickup to hold one for 48 hours.|Reserving it for pickup holds a unit for 48 hours.} {The price is ${price}.|It's ${price}.}",
                    "Do you have the ${model} in stock?", "Is the ${product} available at ${store}?", "{When will the ${model} be back in stock|Will the ${model} restock soon}?",
                    "in stock in ${city}? ${model}"),
            en(Intent.TRADE_IN,
                    "{We accept trade-ins of|You can trade in} phones, tablets, laptops and smartwatches in working condition{ in store or by post|, either by post or in store}. {Get a quote on the Trade-in page by entering the model and condition|The Trade-in page gives an instant quote once you enter the model and condition}; {the value becomes store credit after we check the device|after inspection the value is added as store credit}. {Please wipe the device and remove any SIM or memory card first.|Remember to factory-reset it and take out SIM and memory cards.}",
                    "Can I trade in my old ${kind}?", "How much would I get for trading in a ${model}?", "Do you do trade-ins {on laptops|for phones}?",
                    "{Trade-in|Trade in} process{, please|?}"),
            en(Intent.CANCEL_ORDER,
                    "{Order ${order} can still be cancelled|You can still cancel order ${order}} because it hasn't been packed yet. {Open the order and tap Cancel|Use Cancel on the order page}; {the refund of ${price} goes back to your payment method within 3-5 business days|you'll get ${price} back on your original payment method in 3 to 5 business days}. {If it has already shipped, refuse the delivery or start a return instead.|Once shipped, you'd need to refuse delivery or return it.}",
                    "Please cancel order ${order}.", "I ordered the ${model} by mistake, can I cancel?", "How do I cancel my order?",
                    "{Cancel|Need to cancel} ${order} {asap|today}"),
            en(Intent.RECYCLING,
                    "{We recycle old electronics for free|Recycling your old electronics is free} at every store, {including|even} {batteries, cables and small appliances|cables, batteries and small devices}. {When we deliver a new TV or large appliance, the crew can take the old one away for $15.|Our delivery crew can haul away an old TV or large appliance for $15 when they bring the new one.} {Please wipe personal data before you drop devices off.|Remember to erase your data first.}",
                    "Can I recycle my old ${kind} with you?", "Do you take old TVs when you deliver a new one?", "Where can I drop off old batteries in ${city}?",
                    "{e-waste|electronics recycling} {policy|options}?"),
            of("de", Intent.ORDER_STATUS,
                    "{Gute Nachricht|Danke für die Nachfrage}{, ${name}|}: Bestellung ${order} wurde am ${shipDate} mit ${carrier} {verschickt|versendet} und {kommt voraussichtlich bis ${eta}|sollte bis ${eta} ankommen}. {Die Sendungsnummer lautet|Sie können sie verfolgen mit der Nummer} ${tracking}.",
                    "Wo ist meine Bestellung ${order}?", "{Hallo|Guten Tag}, wann kommt mein ${model}? Bestellnummer ${order}.", "Status von Bestellung ${order}?"),
            of("de", Intent.STORE_HOURS,
                    "{Unsere Filiale|Der Markt} ${store} in ${city} hat werktags von ${weekdayHours} geöffnet{, am Wochenende| und am Wochenende} ${weekendHours}. {An Feiertagen können die Zeiten abweichen.|Feiertags gelten ggf. andere Zeiten.}",
                    "Wie sind die Öffnungszeiten in ${city}?", "Hat ${store} am Samstag offen?", "Wann schließt die Filiale heute?"),
            of("de", Intent.PAYMENT_METHODS,
                    "{Wir akzeptieren|Sie können zahlen mit} Visa, Mastercard, PayPal, Apple Pay, Google Pay und Kauf auf Rechnung{ sowie Geschenkkarten|}. {Ab 299 € ist Ratenzahlung in vier Raten ohne Zinsen möglich.|Bestellungen über 299 € lassen sich zinsfrei in vier Raten zahlen.}",
                    "Welche Zahlungsarten gibt es?", "Kann ich auf Rechnung zahlen?", "Geht Ratenzahlung für den ${model}?"),
            of("de", Intent.SHIPPING_OPTIONS,
                    "{Standardversand dauert 2-4 Werktage und ist ab 35 € kostenlos|Der Standardversand (2-4 Werktage) ist ab 35 € gratis}. {Expressversand kostet 9,99 €.|Express gibt es für 9,99 €.} {Abholung in ${store} ist kostenlos und meist nach 2 Stunden bereit.|In ${store} können Sie kostenlos abholen, meist nach zwei Stunden.}",
                    "Wie lange dauert der Versand?", "Was kostet Expressversand?", "Kann ich den ${model} im Markt abholen?"),
            of("es", Intent.ORDER_STATUS,
                    "{Buenas noticias|Gracias por consultar}{, ${name}|}: el pedido ${order} {salió el ${shipDate}|se envió el ${shipDate}} con ${carrier} y {debería llegar antes del ${eta}|llegará como muy tarde el ${eta}}. {El número de seguimiento es|Puedes seguirlo con el número} ${tracking}.",
                    "¿Dónde está mi pedido ${order}?", "{Hola|Buenas}, ¿cuándo llega mi ${model}? Pedido ${order}.", "Estado del pedido ${order}"),
            of("es", Intent.STORE_HOURS,
                    "{La tienda|Nuestra tienda} ${store} de ${city} abre de ${weekdayHours} entre semana y de ${weekendHours} el fin de semana. {En festivos el horario puede cambiar.|Los festivos puede haber otro horario.}",
                    "¿Qué horario tiene la tienda de ${city}?", "¿Abre ${store} el domingo?", "¿A qué hora cierran hoy?"),
            of("es", Intent.PAYMENT_METHODS,
                    "{Aceptamos|Puedes pagar con} Visa, Mastercard, PayPal, Apple Pay y Google Pay{, además de tarjetas regalo|}. {Para compras de más de 299 € puedes pagar en cuatro plazos sin intereses.|A partir de 299 € hay pago en cuatro plazos sin intereses.}",
                    "¿Qué formas de pago aceptan?", "¿Puedo pagar el ${model} a plazos?", "¿Aceptan PayPal?"),
            of("es", Intent.SHIPPING_OPTIONS,
                    "{El envío estándar tarda 2-4 días laborables y es gratis desde 35 €|El envío normal (2-4 días laborables) es gratuito a partir de 35 €}. {El envío exprés cuesta 9,99 €.|El exprés sale por 9,99 €.} {También puedes recoger gratis en ${store}.|La recogida en ${store} es gratuita.}",
                    "¿Cuánto tarda el envío?", "¿Cuánto cuesta el envío exprés?", "¿Puedo recoger el ${model} en tienda?"));

    private EverydayTopics() {}

    static List<Topic> forLanguage(String language) {
        return TOPICS.stream().filter(t -> t.language().equals(language)).toList();
    }
}
