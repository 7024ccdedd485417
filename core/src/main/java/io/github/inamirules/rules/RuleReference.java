package io.github.inamirules.rules;

/**
 * A rule of the law as the project's research names it: an id ({@code "P-21"}, {@code "PSY-45"}) and
 * the address of its source. Every {@link io.github.inamirules.assessment.Reason} cites one. A
 * profession module usually declares its rules as an enum implementing this interface.
 */
public interface RuleReference {

    /**
     * Returns the rule id in the project's research.
     *
     * @return the id, e.g. {@code "P-21"}
     */
    String id();

    /**
     * Returns the address of the rule's legal or official source.
     *
     * @return the URL
     */
    String source();
}
