package io.github.inamirules.model;

import org.immutables.value.Value;

/**
 * One episode of care: a pathological situation treated by physiotherapy, a care path in a
 * mental-health network, the follow-up of a rehabilitation programme. Sessions, prescriptions and
 * approvals refer to an episode by {@link #id()}.
 *
 * <p>Its {@link #kind()} comes from a profession's vocabulary and tells that profession's rule set what
 * is counted; {@link #facts()} hold whatever else the profession needs to know about it (a
 * physiotherapy polytrauma, for instance). The profession modules offer typed factories
 * ({@code Physiotherapy.episode("knee", Situation.FA)}).
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@InamiStyle
public abstract class Episode {
    Episode() {
    }

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static ImmutableEpisode.Builder builder() {
        return ImmutableEpisode.builder();
    }

    /**
     * Returns the caller's reference of the episode.
     *
     * @return the id, not blank
     */
    public abstract String id();

    /**
     * Returns the kind of episode, which also says which profession it belongs to.
     *
     * @return the kind
     */
    public abstract EpisodeKind kind();

    /**
     * Returns the profession of the episode: its kind's.
     *
     * @return the profession
     */
    public Profession profession() {
        return kind().profession();
    }

    /**
     * Returns the profession's facts about the episode; empty by default.
     *
     * @return the facts, all of {@link FactTarget#EPISODE} and of the kind's profession
     */
    @Value.Default
    public Facts facts() {
        return Facts.empty();
    }

    @Value.Check
    void check() {
        Checks.id("episode", id());
        facts().checkFor(FactTarget.EPISODE, profession(), () -> "episode[" + id() + "]");
    }
}
