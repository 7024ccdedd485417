package io.github.inamirules.testprofession;

import io.github.inamirules.rules.RuleReference;

/** The rules of the fictional dietetics profession. */
public enum DietRule implements RuleReference {
    /** A session needs a prescription. */
    D_01,
    /** An intensive episode needs an accord holding on the day. */
    D_02,
    /** At most {@code sessions_max} sessions per episode and calendar year. */
    D_03,
    /** From 2026, home sessions only while {@code home.allowed}. */
    D_04,
    /** The code comes from the code table, keyed band and place. */
    D_05,
    /** Insurance = fee - fixed patient share, unless the tariff says otherwise. */
    D_06;

    @Override
    public String id() {
        return name().replace('_', '-');
    }

    @Override
    public String source() {
        return "https://example.org/dietetics-fiction/" + id();
    }
}
