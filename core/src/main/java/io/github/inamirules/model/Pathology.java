package io.github.inamirules.model;

import io.github.inamirules.InvalidInputException;
import org.immutables.value.Value;

/**
 * One pathological situation being treated (situation pathologique / pathologische situatie).
 *
 * <p>Sessions and prescriptions refer to a pathology by {@link #id()}. What is counted depends on
 * its {@link #situation()}: courante sessions are counted per pathology per calendar year, Fa
 * sessions in the year after the first one, and so on. A perinatal pathology stands for one
 * pregnancy (P-35).
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@InamiStyle
public abstract class Pathology {
    Pathology() {
    }

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static ImmutablePathology.Builder builder() {
        return ImmutablePathology.builder();
    }

    /**
     * Returns the caller's reference of the pathology.
     *
     * @return the id, not blank
     */
    public abstract String id();

    /**
     * Returns the situation the pathology falls under.
     *
     * @return the situation
     */
    public abstract Situation situation();

    /**
     * Tells whether an Fa pathology is a polytrauma (pathology 16 of list Fa), which allows 120
     * sessions instead of 60 (P-28). Only meaningful for {@link Situation#FA}.
     *
     * @return true for an Fa polytrauma; false by default
     */
    @Value.Default
    public boolean polytrauma() {
        return false;
    }

    @Value.Check
    void check() {
        Checks.id("pathology", id());
        if (polytrauma() && situation() != Situation.FA) {
            throw InvalidInputException.of("pathology[" + id() + "].polytrauma", true,
                    "only an FA pathology can be a polytrauma, not " + situation());
        }
    }
}
