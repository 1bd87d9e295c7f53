// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.sampledata;

import java.util.ArrayList;
import java.util.List;

/** Planted change 6, the improvement: setup answers become numbered steps instead of one paragraph. */
final class SetupScript implements IntentScript {

    private record Procedure(Catalog.Category category, List<Phrase> steps) {}

    private static final List<Procedure> PROCEDURES = List.of(
            new Procedure(Catalog.Category.ROUTER, Phrase.all(
                    "{connect the WAN port to your modem with the included cable|plug the modem into the router's WAN port using the supplied cable}",
                    "{power it on and wait for the LED to turn solid white|switch it on and wait until the light stays white}",
                    "{install the Meshline app and scan the QR code on the base|scan the QR code underneath with the Meshline app}",
                    "{choose a network name and a password of at least 12 characters|set your Wi-Fi name and a strong password}",
                    "{let it install the latest firmware before you connect other devices|allow the firmware update to finish, which takes about five minutes}")),
            new Procedure(Catalog.Category.TV, Phrase.all(
                    "{attach the feet or the wall mount|fit the stand feet or hang it on the wall mount}",
                    "{connect the aerial or cable box and plug in the power cord|plug in power and your antenna or set-top box}",
                    "{turn it on with the remote and pick your language and country|switch on and select language and region}",
                    "{join your Wi-Fi network and sign in or skip the account step|connect to Wi-Fi and log in with your account, or skip it}",
                    "{run the channel scan|let it search for channels}, then {accept the software update|install any pending update}")),
            new Procedure(Catalog.Category.EARBUDS, Phrase.all(
                    "{charge the case for 30 minutes before first use|give the case a 30-minute charge first}",
                    "{open the lid and hold the button on the back for 3 seconds|with the lid open, press and hold the rear button for 3 seconds}",
                    "{wait for the light to flash white|wait until the LED blinks white}",
                    "{select ${model} in your phone's Bluetooth settings|pick ${model} from the Bluetooth list on your phone}",
                    "{install the ${brand} app to update firmware and adjust the EQ|get the ${brand} app for updates and sound settings}")),
            new Procedure(Catalog.Category.PRINTER, Phrase.all(
                    "{remove all orange tape and packing material|take off the orange tape and the cardboard inserts}",
                    "{install the ink cartridges and load plain A4 or Letter paper|insert the cartridges and put paper in the tray}",
                    "{switch it on and let it prime the ink, which takes a few minutes|power on and wait while it primes, about 4 minutes}",
                    "{on the panel, open Wi-Fi Setup and join your network|use the Wi-Fi Setup wizard on the display to join your network}",
                    "{add the printer on your computer or install the Inkora app|install the Inkora app or add it in your system's printer settings}")),
            new Procedure(Catalog.Category.SMARTWATCH, Phrase.all(
                    "{charge the watch on its puck until it shows the logo|put it on the charger until the logo appears}",
                    "{install the ${brand} companion app on your phone|download the ${brand} app}",
                    "{turn on Bluetooth and choose Add device in the app|in the app, tap Add device with Bluetooth on}",
                    "{confirm the six-digit code shown on the watch|match the pairing code on the watch face}",
                    "{set your height, weight and wearing wrist|enter your profile and which wrist you wear it on}")),
            new Procedure(Catalog.Category.ROBOT_VACUUM, Phrase.all(
                    "{place the dock against a wall with 0.5 m free on each side|put the dock flat against a wall, half a metre clear on both sides}",
                    "{attach the side brushes until they click|clip in the side brushes}",
                    "{put the robot on the dock to charge fully|let it charge on the dock to 100%}",
                    "{connect it to your 2.4 GHz Wi-Fi in the Tidy app|pair it in the Tidy app on your 2.4 GHz network}",
                    "{run a mapping clean with the doors open|start a first mapping run with all doors open}")),
            new Procedure(Catalog.Category.SOUNDBAR, Phrase.all(
                    "{connect the soundbar to the TV's HDMI eARC port|plug the HDMI cable into the port marked eARC on your TV}",
                    "{plug in the soundbar and the subwoofer|power up the bar and the sub}",
                    "{turn on HDMI-CEC in the TV settings|enable HDMI-CEC (sometimes called Anynet+ or SimpLink) on the TV}",
                    "{set the TV's audio output to the receiver or HDMI device|choose the external speaker as the TV's sound output}",
                    "{run the room calibration in the ${brand} app|use the app's room calibration}")),
            new Procedure(Catalog.Category.LAPTOP, Phrase.all(
                    "{plug in the charger and press the power button|connect power and switch it on}",
                    "{choose your region and keyboard layout|pick region and keyboard}",
                    "{connect to Wi-Fi and sign in with your account|join a network and log in}",
                    "{let the system install updates, which can take 20 minutes|wait while updates install (up to 20 minutes)}",
                    "{register the laptop in the ${brand} app to activate the warranty|activate the warranty by registering it in the ${brand} app}")));

    private static final List<Phrase> QUERIES = Phrase.all(
            "How do I set up my new ${product}?",
            "Just got the ${model} - how do I get it {connected|up and running}?",
            "{Setup|Set-up} instructions for the ${model}?",
            "what are the steps to {install|set up} the ${kind} ${model}",
            "I'm not very techy. Can you walk me through setting up the ${product}?",
            "First time setup of the ${brand} ${model}, where do I start?",
            "{Hi|Hello}, {unboxed|opened} my ${kind} today. {What's the setup process?|How do I set it up properly?}");

    private static final Phrase PROSE_OPENER = Phrase.of("{To set up your ${product}, |Setting up the ${model} is easy: |For the ${model}, }");
    private static final List<String> PROSE_JOINS = List.of(", then ", "; after that, ", ", next ", ", and then ");
    private static final List<Phrase> LIST_OPENERS = Phrase.all(
            "{Here's how to set up your ${product}:|Setting up the ${model} takes a few minutes:|Follow these steps for your ${model}:}",
            "{Sure!|Happy to help!} {Here are the steps|Here's the setup} for the ${product}:");

    private static final Phrase LIST_CLOSER = Phrase.of("{That's it, you're ready to go.|You're all set.|Done! Let me know if any step doesn't work.}");

    @Override
    public Exchange write(Wording wording, RequestContext context) {
        Procedure procedure = wording.pickFrom(PROCEDURES);
        FactSheet.putProduct(wording.facts(), Catalog.product(wording.random(), List.of(procedure.category())), context, wording.random());
        String query = wording.once(QUERIES);
        String baseline = prose(wording, procedure);
        if (context.versionSkew()) {
            return Exchange.noise(Intent.SETUP, query, new Exchange.Outputs(baseline, prose(wording, procedure)));
        }
        var outputs = new Exchange.Outputs(baseline, numbered(wording, procedure));
        return new Exchange(Intent.SETUP, query, outputs, PlantedClass.SETUP_STEPS_IMPROVED);
    }

    private static String prose(Wording wording, Procedure procedure) {
        var text = new StringBuilder(wording.once(PROSE_OPENER));
        text.append(wording.chance(0.5) ? "first " : "start by making sure you ");
        List<Phrase> steps = procedure.steps();
        int firstJoin = wording.random().nextInt(PROSE_JOINS.size());
        for (int i = 0; i < steps.size(); i++) {
            if (i > 0) {
                text.append(i == steps.size() - 1 ? ", and finally " : PROSE_JOINS.get((i + firstJoin) % PROSE_JOINS.size()));
            }
            text.append(wording.once(steps.get(i)));
        }
        return text.append('.').toString();
    }

    private static String numbered(Wording wording, Procedure procedure) {
        var lines = new ArrayList<String>();
        lines.add(wording.once(LIST_OPENERS));
        List<Phrase> steps = procedure.steps();
        for (int i = 0; i < steps.size(); i++) {
            String step = wording.once(steps.get(i));
            lines.add((i + 1) + ". " + Character.toUpperCase(step.charAt(0)) + step.substring(1) + ".");
        }
        if (wording.chance(0.5)) {
            lines.add(wording.once(LIST_CLOSER));
        }
        return String.join("\n", lines);
    }
}
