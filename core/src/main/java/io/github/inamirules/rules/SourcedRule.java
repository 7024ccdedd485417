package io.github.inamirules.rules;

import io.github.inamirules.NullValueException;

/**
 * The plain {@link RuleReference} made by {@link RuleReference#of(String, String)}. Package-private.
 *
 * @param id the rule id
 * @param source the address of its source
 */
record SourcedRule(String id, String source) implements RuleReference {
    SourcedRule {
        if (id == null) {
            throw new NullValueException("rule.id");
        }
        if (source == null) {
            throw new NullValueException("rule.source");
        }
    }

    @Override
    public String toString() {
        return id + " <" + source + ">";
    }
}
