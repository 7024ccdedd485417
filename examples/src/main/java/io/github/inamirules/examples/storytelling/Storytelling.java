package io.github.inamirules.examples.storytelling;

import io.github.inamirules.model.ApprovalKind;
import io.github.inamirules.model.Episode;
import io.github.inamirules.model.EpisodeKind;
import io.github.inamirules.model.Facts;
import io.github.inamirules.model.ImmutablePractitioner;
import io.github.inamirules.model.Practitioner;
import io.github.inamirules.model.Profession;

/**
 * Storytelling therapy: a <strong>fictional</strong> profession. INAMI / RIZIV has no such
 * nomenclature; every rule, code, figure and source of this package is invented, to show that a third
 * party can add a profession to inami-rules with nothing but the kernel's public API.
 *
 * <p>This class holds the profession, its approval kind, and typed factories so that Java users never
 * handle raw facts:
 * <pre>{@code
 * Practitioner teller = Storytelling.practitioner("teller-1").build();
 * Episode tale = Storytelling.episode("tale", StoryKind.SHORT_TALE);
 * Episode epic = Storytelling.epicSaga("odyssey");
 * Session s = Session.builder().id("s-1").date(day).practitionerId("teller-1").episodeId("tale")
 *         .prescriptionId("rx-1").facts(Storytelling.at(Setting.CAMPFIRE)).build();
 * }</pre>
 *
 * <p>Kinds are in {@link StoryKind}, settings in {@link Setting}, facts in {@link StorytellingFacts},
 * the rules in {@link StorytellingRuleSet}.
 */
public final class Storytelling {
    /** The profession: storytelling therapy (fictional). */
    public static final Profession PROFESSION = Profession.of("storytelling");

    /** The approval every session of a saga needs (fictional rule ST-02). */
    public static final ApprovalKind SAGA_APPROVAL = ApprovalKind.of(PROFESSION, "saga-approval");

    private Storytelling() {
    }

    /**
     * Starts a storyteller: a practitioner builder with the profession set.
     *
     * @param id the practitioner's id
     * @return the builder
     */
    public static ImmutablePractitioner.Builder practitioner(String id) {
        return Practitioner.builder().id(id).profession(PROFESSION);
    }

    /**
     * Returns an episode of storytelling therapy.
     *
     * @param id the episode's id
     * @param kind its kind, one of {@link StoryKind}
     * @return the episode
     */
    public static Episode episode(String id, EpisodeKind kind) {
        return Episode.builder().id(id).kind(kind).build();
    }

    /**
     * Returns an epic saga: a saga whose yearly maximum is the epic one (fictional rule ST-03).
     *
     * @param id the episode's id
     * @return the episode
     */
    public static Episode epicSaga(String id) {
        return Episode.builder().id(id).kind(StoryKind.SAGA).facts(Facts.of(StorytellingFacts.EPIC, true)).build();
    }

    /**
     * Returns the facts of a session told in a setting.
     *
     * @param setting where the story was told
     * @return the session facts
     */
    public static Facts at(Setting setting) {
        return Facts.of(StorytellingFacts.SETTING, setting);
    }
}
