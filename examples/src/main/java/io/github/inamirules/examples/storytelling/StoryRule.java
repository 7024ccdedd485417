package io.github.inamirules.examples.storytelling;

import io.github.inamirules.rules.RuleReference;

/**
 * The storytelling rules, each with a fictional id and a fictional source address: no such rule or
 * text exists; the addresses are on {@code example.org}, reserved for documentation.
 */
public enum StoryRule implements RuleReference {
    /** A session is reimbursed only under a prescription, and not before its date (fictional). */
    ST_01("ST-01", "https://example.org/fictional/storytelling/st-01-prescription"),
    /** Every session of a saga needs a saga approval holding on its date (fictional). */
    ST_02("ST-02", "https://example.org/fictional/storytelling/st-02-saga-approval"),
    /** Sessions per episode per calendar year: a first band, then another, then the maximum (fictional). */
    ST_03("ST-03", "https://example.org/fictional/storytelling/st-03-yearly-count"),
    /** The band and the setting select the nomenclature code (fictional). */
    ST_04("ST-04", "https://example.org/fictional/storytelling/st-04-codes"),
    /** Insurance amount = official fee − fixed patient share (fictional). */
    ST_05("ST-05", "https://example.org/fictional/storytelling/st-05-pricing");

    private final String id;
    private final String source;

    StoryRule(String id, String source) {
        this.id = id;
        this.source = source;
    }

    /**
     * Returns the fictional rule id.
     *
     * @return the id, e.g. {@code "ST-03"}
     */
    @Override
    public String id() {
        return id;
    }

    /**
     * Returns the fictional address of the rule's source.
     *
     * @return the URL, on {@code example.org}
     */
    @Override
    public String source() {
        return source;
    }
}
