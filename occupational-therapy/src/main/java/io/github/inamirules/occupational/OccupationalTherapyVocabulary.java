package io.github.inamirules.occupational;

import io.github.inamirules.assessment.Missing;
import io.github.inamirules.assessment.Texts;
import io.github.inamirules.rates.CodeTable;
import io.github.inamirules.rules.Vocabulary;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The occupational-therapy vocabulary: its episode kind, facts, bands and counters (one per
 * {@link Service}), parameters, the code table keyed {@code service}, reason codes, missing items and the
 * FR / NL / EN texts. Package-private; {@link OccupationalTherapyRuleSet#vocabulary()} publishes it.
 */
final class OccupationalTherapyVocabulary {
    /** The programme's end date is not given (ERGO-13). */
    static final String MISSING_PROGRAMME_END = "PROGRAMME_END";
    /** The centre's convention type is not given (ERGO-20). */
    static final String MISSING_PROGRAMME_CONVENTION = "PROGRAMME_CONVENTION";
    /** The prescriber's role is not given (ERGO-14). */
    static final String MISSING_PRESCRIBER_ROLE = "PRESCRIBER_ROLE";
    /** The session's service is not given (ERGO-03). */
    static final String MISSING_SERVICE = "SERVICE";

    /** The texts, from this module's own bundles. */
    static final Texts TEXTS = Texts.ofBundles(locale -> ResourceBundle.getBundle(
            "io.github.inamirules.occupational.messages", locale, OccupationalTherapyVocabulary.class.getModule()));

    /** Every reason code the rule set gives. */
    static final List<String> REASON_CODES = List.of("OT_PRACTITIONER_WITHOUT_INAMI_NUMBER",
            "OT_PROGRAMME_CONVENTION_UNKNOWN", "OT_PROGRAMME_NOT_QUALIFYING", "OT_PROGRAMME_END_UNKNOWN",
            "OT_PROGRAMME_END_EXPECTED", "OT_PRESCRIPTION_MISSING", "OT_SESSION_BEFORE_PRESCRIPTION",
            "OT_PRESCRIBER_ROLE_UNKNOWN", "OT_PRESCRIBER_NOT_REHABILITATION_PHYSICIAN", "OT_PRESCRIBER_OF_OTHER_CENTRE",
            "OT_SERVICE_UNKNOWN", "OT_PATIENT_IN_CARE_INSTITUTION", "OT_NOT_IN_LIVING_ENVIRONMENT",
            "OT_BEFORE_PROGRAMME_END", "OT_WINDOW_ENDED", "OT_OBSERVATION_BILAN_AT_PROGRAMME_END",
            "OT_SERVICE_LIMIT_REACHED", "OT_SESSION_SHORTER_THAN_SERVICE", "OT_CODE_UNKNOWN", "OT_TARIFF_UNKNOWN",
            "OT_TARIFF_DERIVED", "OT_PATIENT_SHARE_TRUNCATED", "OT_PATIENT_SHARE_ROUNDED", "OT_FEE_ASKED_ABOVE_MAXIMUM", "OT_FIGURE_UNKNOWN",
            "OT_PRICING_FIGURE_UNKNOWN");

    /** The band ids, which are also the counter ids: one per service. */
    static final List<String> BANDS = Arrays.stream(Service.values()).map(Service::band).collect(Collectors.toList());

    static final Vocabulary VOCABULARY = Vocabulary.builder(OccupationalTherapy.PROFESSION)
            .episodeKinds(OccupationalTherapy.FOLLOW_UP)
            .facts(OccupationalTherapyFacts.CENTRE, OccupationalTherapyFacts.CONVENTION, OccupationalTherapyFacts.SETTING,
                    OccupationalTherapyFacts.PROGRAMME_END, OccupationalTherapyFacts.PROGRAMME_END_EXPECTED,
                    OccupationalTherapyFacts.PRESCRIBER_ROLE, OccupationalTherapyFacts.PRESCRIBER_CENTRE,
                    OccupationalTherapyFacts.SERVICE, OccupationalTherapyFacts.PLACE, OccupationalTherapyFacts.ALSO_AT,
                    OccupationalTherapyFacts.RESIDENCE)
            .bands(BANDS)
            .counters(BANDS)
            .reasonCodes(REASON_CODES)
            .reasonCodes(List.of("OT_AMOUNTS", "OT_AMOUNTS_PARTIAL"))
            .shareRules(List.of("tariff-insurance", "percentage-truncated", "percentage-rounded", "none"), false)
            .missingItems(List.of(MISSING_SERVICE, MISSING_PROGRAMME_CONVENTION, MISSING_PROGRAMME_END,
                    MISSING_PRESCRIBER_ROLE, Missing.NOMENCLATURE_CODE, Missing.TARIFF, Missing.PARAMETER))
            .parameters(OtParameters.all())
            .codeTable(CodeTable.of(List.of(CodeTable.Column.of("service",
                    Arrays.stream(Service.values()).map(Service::id).collect(Collectors.toList())))))
            .texts(TEXTS)
            .build();

    private OccupationalTherapyVocabulary() {
    }
}
