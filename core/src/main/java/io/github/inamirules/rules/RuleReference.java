package io.github.inamirules.rules;

/**
 * A rule of the law as the project's research names it: an id ({@code "P-21"}, {@code "PSY-45"}) and
 * the address of its source. Every {@link io.github.inamirules.assessment.Reason} cites one. A
 * profession module declares its rules as constants, each with the sentence it implements:
 *
 * <pre>{@code
 * public final class SpeechRule {
 *     /** Reimbursed only on a physician's prescription. *&#47;
 *     public static final RuleReference S_01 = RuleReference.of("S-01", "https://example.org/s-01");
 * }
 * }</pre>
 */
public interface RuleReference {

    /**
     * Obtains a rule reference.
     *
     * @param id the rule id in the project's research, e.g. {@code "P-21"}
     * @param source the address of the rule's legal or official source
     * @return the reference; equal to another of the same id and source
     * @throws io.github.inamirules.NullValueException if either is null
     */
    static RuleReference of(String id, String source) {
        return new SourcedRule(id, source);
    }

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
