package io.github.inamirules.psychology;

/**
 * Who takes part in a session: the beneficiary alone, a group, or the beneficiary's entourage
 * (parents, guardian, a family member; séance avec l'entourage / sessie met de context). Named in files
 * {@code individual}, {@code group}, {@code entourage}; a session without this fact is individual.
 */
public enum SessionType {
    /** An individual session with the beneficiary. */
    INDIVIDUAL,
    /** A group session (intervention de groupe / groepssessie). */
    GROUP,
    /** A session with the parents, the guardian or a family member: excepted from the one-a-day rule (PSY-30). */
    ENTOURAGE;

    /**
     * Tells whether the session is individual in the sense of the caps and patient shares: an
     * individual or an entourage session.
     *
     * @return true unless a group session
     */
    boolean isIndividual() {
        return this != GROUP;
    }
}
