package io.github.inamirules.psychology;

import io.github.inamirules.assessment.Missing;
import io.github.inamirules.assessment.Texts;
import io.github.inamirules.rates.CodeTable;
import io.github.inamirules.rules.Vocabulary;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The clinical-psychology vocabulary: the care-path kind, the facts, bands, counters, parameters, the
 * code table keyed {@code band | video}, reason codes, missing items and the FR / NL / EN texts.
 * Package-private; {@link ClinicalPsychologyRuleSet#vocabulary()} publishes it.
 */
final class PsychologyVocabulary {
    /** The texts, from this module's own bundles. */
    static final Texts TEXTS = Texts.ofBundles(locale -> ResourceBundle.getBundle(
            "io.github.inamirules.psychology.messages", locale, PsychologyVocabulary.class.getModule()));

    /** Every reason code the rule set gives. */
    static final List<String> REASON_CODES = List.of("PSY_NO_SCHEME_IN_FORCE", "PSY_NO_NETWORK_AGREEMENT",
            "PSY_BIRTH_DATE_MISSING", "PSY_PILOT_REFERRAL_MISSING", "PSY_PILOT_SESSION_BEFORE_REFERRAL",
            "PSY_PILOT_PRESCRIBER_ROLE_MISSING", "PSY_PILOT_PRESCRIBER_NOT_ALLOWED", "PSY_PILOT_AGE_OUTSIDE_TARGET",
            "PSY_PILOT_VIDEO_NOT_ALLOWED", "PSY_PILOT_VIDEO", "PSY_PILOT_SERIES_ENDED_OTHER_PSYCHOLOGIST",
            "PSY_PILOT_SERIES_ENDED_GAP", "PSY_PILOT_SERIES_USED_UP", "PSY_PILOT_YEAR_CAP_REACHED",
            "PSY_PILOT_SESSION_TOO_SHORT", "PSY_PILOT_ALTERNATIVE_FIGURES", "PSY_REFERRAL_NOT_NEEDED",
            "PSY_FUNCTION_NOT_IN_CONVENTION", "PSY_FUNCTION_NOT_AGREED", "PSY_COMMUNITY_INTERVENTION_IS_GROUP",
            "PSY_NETWORK_TYPE_MISSING", "PSY_TOO_OLD_FOR_CHILDREN_NETWORK", "PSY_TOO_YOUNG_FOR_ADULTS_NETWORK",
            "PSY_OTHER_NETWORK_CATEGORY", "PSY_ONE_SESSION_PER_DAY", "PSY_GROUP_AFTER_INDIVIDUAL_SESSIONS",
            "PSY_INDIVIDUAL_DURING_GROUP_SERIES", "PSY_GROUP_OR_INDIVIDUAL", "PSY_GROUP_CAP_REACHED",
            "PSY_INDIVIDUAL_CAP_REACHED", "PSY_PARALLEL_SUPPORT_AND_TREATMENT", "PSY_CAP_UNKNOWN",
            "PSY_FREE_UNTIL_AGE", "PSY_FIRST_SESSION_FREE", "PSY_FEE_UNKNOWN", "PSY_CODE_UNKNOWN",
            "PSY_FIGURE_UNKNOWN");

    /** Every missing item the rule set reports. */
    static final List<String> MISSING_ITEMS = List.of(Missing.BIRTH_DATE, PilotReferral.PRESCRIBER_ROLE,
            NetworkAge.NETWORK_TYPE, Missing.PARAMETER, Missing.TARIFF, Missing.NOMENCLATURE_CODE);

    static final Vocabulary VOCABULARY = Vocabulary.builder(ClinicalPsychology.PROFESSION)
            .episodeKinds(ClinicalPsychology.CARE_PATH)
            .facts(PsychologyFacts.ALL.toArray(new io.github.inamirules.model.Fact<?>[0]))
            .bands(PsyBands.ALL)
            .counters(PsyCounters.ALL)
            .reasonCodes(REASON_CODES)
            .reasonCodes(List.of("PSY_AMOUNTS", "PSY_AMOUNTS_PARTIAL"))
            .shareRules(List.of("free-until-age", "community", "group", "first-session-free", "individual",
                    "pilot-first", "pilot"), false)
            .missingItems(MISSING_ITEMS)
            .parameters(PsyParameters.all())
            .codeTable(CodeTable.of(List.of(CodeTable.Column.of("band", PsyBands.ALL),
                    CodeTable.Column.of("video", List.of("false", "true")))))
            .texts(TEXTS)
            .build();

    private PsychologyVocabulary() {
    }
}
