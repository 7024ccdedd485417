package io.github.inamirules.physiotherapy;

import io.github.inamirules.assessment.Texts;
import io.github.inamirules.assessment.Missing;
import io.github.inamirules.rates.CodeTable;
import io.github.inamirules.rules.Vocabulary;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The physiotherapy vocabulary: situations, approval kinds, facts, bands, counters, parameters, the
 * code table keyed {@code band | place | minutes}, reason codes and the FR / NL / EN texts.
 * Package-private; {@link PhysiotherapyRuleSet#vocabulary()} publishes it.
 */
final class PhysiotherapyVocabulary {
    /** The durations the nomenclature has codes for, in minutes (P-38b). */
    static final List<String> MINUTES = List.of("15", "20", "30", "45", "60", "120");

    /**
     * The values of the code table's {@code place} column: every place, and {@value #VIDEO_PLACE} for the
     * code of a session by video, where the nomenclature allows one (P-44).
     */
    static final List<String> PLACE_COLUMN = java.util.stream.Stream.concat(Place.ALL.stream().map(Place::id),
            java.util.stream.Stream.of("video")).collect(Collectors.toUnmodifiableList());
    /** The code table's place of a session by video. */
    static final String VIDEO_PLACE = "video";

    /** The texts, from this module's own bundles. */
    static final Texts TEXTS = Texts.ofBundles(locale -> ResourceBundle.getBundle(
            "io.github.inamirules.physiotherapy.messages", locale, PhysiotherapyVocabulary.class.getModule()));

    /** Every reason code the rule set gives. */
    static final List<String> REASON_CODES = List.of("PHYSIO_PRESCRIPTION_MISSING",
            "PHYSIO_SESSION_BEFORE_PRESCRIPTION", "PHYSIO_PRESCRIPTION_START_LATE",
            "PHYSIO_PRESCRIPTION_SESSIONS_EXCEEDED", "PHYSIO_ONE_SESSION_PER_DAY", "PHYSIO_COURANTE_NEARLY_USED",
            "PHYSIO_COURANTE_OVER_18", "PHYSIO_COURANTE_PATHOLOGIES_MAX", "PHYSIO_COURANTE_APPROVAL_MISSING",
            "PHYSIO_COURANTE_ADDITIONAL_PATHOLOGY", "PHYSIO_DEPASSEMENT_CAP_REACHED", "PHYSIO_FA_NOTIFICATION_MISSING",
            "PHYSIO_FA_PERIOD_ENDED", "PHYSIO_FA_OVER_MAX", "PHYSIO_FB_NOTIFICATION_MISSING", "PHYSIO_FB_PERIOD_ENDED",
            "PHYSIO_FB_OVER_80", "PHYSIO_E_AGREEMENT_MISSING", "PHYSIO_E_AGREEMENT_TOO_LONG",
            "PHYSIO_PERINATAL_CONTINUED_AS_COURANTE", "PHYSIO_PALLIATIVE_NOT_AT_HOME", "PHYSIO_SECOND_SESSION_OF_DAY",
            "PHYSIO_CODE_UNKNOWN", "PHYSIO_TARIFF_UNKNOWN", "PHYSIO_TARIFF_DERIVED", "PHYSIO_FIGURE_UNKNOWN",
            "PHYSIO_NO_CONVENTION_IN_FORCE", "PHYSIO_NON_CONVENTIONED_REDUCTION",
            "PHYSIO_CONVENTIONED_FEE_ABOVE_OFFICIAL", "PHYSIO_PREFERENTIAL_OFFICIAL_FEE", "PHYSIO_SUPPLEMENT",
            "PHYSIO_FEE_ASKED_BELOW_OFFICIAL", "PHYSIO_DIRECT_ACCESS", "PHYSIO_DIRECT_ACCESS_USED_UP",
            "PHYSIO_VIDEO_NOT_ATTESTABLE", "PHYSIO_VIDEO_SESSION");

    static final Vocabulary VOCABULARY = Vocabulary.builder(Physiotherapy.PROFESSION)
            .episodeKinds(Situation.ALL)
            .approvalKinds(Physiotherapy.FA_NOTIFICATION, Physiotherapy.FB_NOTIFICATION, Physiotherapy.E_AGREEMENT,
                    Physiotherapy.ADDITIONAL_COURANTE_PATHOLOGY, Physiotherapy.SECOND_SESSION_PER_DAY)
            .facts(PhysiotherapyFacts.PLACE, PhysiotherapyFacts.POLYTRAUMA, PhysiotherapyFacts.VIDEO)
            .factOnlyFor(PhysiotherapyFacts.POLYTRAUMA, Situation.FA)
            .bands(Bands.ALL)
            .counters(PhysiotherapyCounters.ALL)
            .reasonCodes(REASON_CODES)
            .reasonCodes(List.of("PHYSIO_AMOUNTS", "PHYSIO_AMOUNTS_PARTIAL"))
            .shareRules(List.of("palliative", "short", "e", "f", "other"), true)
            .missingItems(List.of(Missing.NOMENCLATURE_CODE, Missing.TARIFF, Missing.PARAMETER))
            .parameters(PhysioParameters.all())
            .codeTable(CodeTable.of(List.of(CodeTable.Column.of("band", Bands.ALL),
                    CodeTable.Column.of("place", PLACE_COLUMN),
                    CodeTable.Column.of("minutes", MINUTES))))
            .texts(TEXTS)
            .build();

    private PhysiotherapyVocabulary() {
    }
}
