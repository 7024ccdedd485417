package io.github.inamirules.examples.storytelling;

import io.github.inamirules.rules.RuleReference;

/**
 * The storytelling rules, each with a fictional id and a fictional source address: no such rule or
 * text exists; the addresses are on {@code example.org}, reserved for documentation.
 */
public final class StoryRule {
    /** A session is reimbursed only under a prescription, and not before its date (fictional). */
    public static final RuleReference ST_01 =
            RuleReference.of("ST-01", "https://example.org/fictional/storytelling/st-01-prescription");
    /** Every session of a saga needs a saga approval holding on its date (fictional). */
    public static final RuleReference ST_02 =
            RuleReference.of("ST-02", "https://example.org/fictional/storytelling/st-02-saga-approval");
    /** Sessions per episode per calendar year: a first band, then another, then the maximum (fictional). */
    public static final RuleReference ST_03 =
            RuleReference.of("ST-03", "https://example.org/fictional/storytelling/st-03-yearly-count");
    /** The band and the setting select the nomenclature code (fictional). */
    public static final RuleReference ST_04 =
            RuleReference.of("ST-04", "https://example.org/fictional/storytelling/st-04-codes");
    /** Insurance amount = official fee − fixed patient share (fictional). */
    public static final RuleReference ST_05 =
            RuleReference.of("ST-05", "https://example.org/fictional/storytelling/st-05-pricing");

    private StoryRule() {
    }
}
