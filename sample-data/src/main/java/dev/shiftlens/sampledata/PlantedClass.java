// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.sampledata;

/** What the generator actually did to a request's candidate output; the truth file's {@code planted_class}. */
public enum PlantedClass {
    WARRANTY_SHORTER("warranty_shorter"),
    JSON_KEY_RENAME("json_key_rename"),
    BOOKING_REFUSAL("booking_refusal"),
    CITATION_FORMAT("citation_format"),
    FLATTERY("flattery"),
    SETUP_STEPS_IMPROVED("setup_steps_improved"),
    /** Only the variation two runs of one model show; also planted intents where no change was applied. */
    PARAPHRASE_NOISE("paraphrase_noise");

    private final String wireName;

    PlantedClass(String wireName) {
        this.wireName = wireName;
    }

    /** The name used in truth.csv and the README. */
    public String wireName() {
        return wireName;
    }
}
