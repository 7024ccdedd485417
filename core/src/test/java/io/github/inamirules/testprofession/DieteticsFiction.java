package io.github.inamirules.testprofession;

import io.github.inamirules.assessment.Texts;
import io.github.inamirules.model.ApprovalKind;
import io.github.inamirules.model.EpisodeKind;
import io.github.inamirules.model.Fact;
import io.github.inamirules.model.FactTarget;
import io.github.inamirules.model.Profession;
import io.github.inamirules.rates.CodeTable;
import io.github.inamirules.rates.ParameterSpec;
import io.github.inamirules.rates.ParameterType;
import io.github.inamirules.rules.Vocabulary;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * A fictional profession for the kernel's tests only: "dietetics-fiction". It has two episode kinds,
 * one approval kind, a session fact (the place) and an episode fact (diabetic, of standard episodes
 * only), a code table keyed
 * {@code band | place}, five parameters (one required from 2026 only) and its own texts in three
 * languages. None of it is Belgian law.
 */
public final class DieteticsFiction {
    public static final Profession PROFESSION = Profession.of("dietetics-fiction");

    public static final EpisodeKind STANDARD = EpisodeKind.of(PROFESSION, "standard");
    public static final EpisodeKind INTENSIVE = EpisodeKind.of(PROFESSION, "intensive");
    public static final ApprovalKind INTENSIVE_ACCORD = ApprovalKind.of(PROFESSION, "intensive-accord");

    public static final Fact<DietPlace> PLACE = Fact.choice(PROFESSION, FactTarget.SESSION, "place",
            "where the session took place", DietPlace.class, placesByName());
    public static final Fact<Boolean> DIABETIC = Fact.flag(PROFESSION, FactTarget.EPISODE, "diabetic",
            "the patient is diabetic: more sessions a year");

    public static final String BAND_STANDARD = "DIET_STANDARD";
    public static final String BAND_INTENSIVE = "DIET_INTENSIVE";
    public static final List<String> BANDS = List.of(BAND_STANDARD, BAND_INTENSIVE);
    public static final String COUNTER = "DIET_SESSIONS";

    /** The day from which home sessions need {@code home.allowed}. */
    public static final LocalDate HOME_RULE_FROM = LocalDate.of(2026, 1, 1);

    public static final ParameterSpec SESSIONS_MAX = ParameterSpec.of("sessions_max", ParameterType.INTEGER,
            "sessions", "sessions reimbursed per episode and calendar year", "D-03");
    public static final ParameterSpec SESSIONS_MAX_DIABETIC = ParameterSpec.of("sessions_max_diabetic",
            ParameterType.INTEGER, "sessions", "the same for a diabetic patient", "D-03");
    public static final ParameterSpec PATIENT_SHARE_ORDINARY = ParameterSpec.of("patient_share.ordinary",
            ParameterType.MONEY, "EUR", "fixed patient share, ordinary patient", "D-06");
    public static final ParameterSpec PATIENT_SHARE_PREFERENTIAL = ParameterSpec.of("patient_share.preferential",
            ParameterType.MONEY, "EUR", "fixed patient share, preferential patient", "D-06");
    public static final ParameterSpec HOME_ALLOWED = ParameterSpec.of("home.allowed", ParameterType.BOOLEAN, "",
            "whether home sessions are reimbursed", "D-04").requiredFrom(HOME_RULE_FROM);
    public static final List<ParameterSpec> PARAMETERS = List.of(SESSIONS_MAX, SESSIONS_MAX_DIABETIC,
            PATIENT_SHARE_ORDINARY, PATIENT_SHARE_PREFERENTIAL, HOME_ALLOWED);

    public static final List<String> REASON_CODES = List.of("DIET_PRESCRIPTION_MISSING", "DIET_ACCORD_MISSING",
            "DIET_MAX_REACHED", "DIET_SESSION_COUNTED", "DIET_HOME_NOT_ALLOWED", "DIET_CODE_UNKNOWN",
            "DIET_TARIFF_UNKNOWN", "DIET_FIGURE_UNKNOWN", "DIET_SUPPLEMENT");
    /** The items the rule set may report missing; each has a {@code missing.<item>} text. */
    public static final List<String> MISSING_ITEMS = List.of("NOMENCLATURE_CODE", "TARIFF", "PARAMETER");

    public static final CodeTable CODE_TABLE = CodeTable.of(List.of(CodeTable.Column.of("band", BANDS),
            CodeTable.Column.of("place", placesByName().keySet())));

    /** The texts, from this package's own bundles. */
    public static final Texts TEXTS = Texts.ofBundles(locale -> ResourceBundle.getBundle(
            "io.github.inamirules.testprofession.messages", locale));

    public static final Vocabulary VOCABULARY = Vocabulary.builder(PROFESSION)
            .episodeKinds(STANDARD, INTENSIVE)
            .approvalKinds(INTENSIVE_ACCORD)
            .facts(PLACE, DIABETIC)
            .factOnlyFor(DIABETIC, STANDARD)
            .bands(BANDS)
            .counters(List.of(COUNTER))
            .reasonCodes(REASON_CODES)
            .parameters(PARAMETERS)
            .codeTable(CODE_TABLE)
            .texts(TEXTS)
            .build();

    private DieteticsFiction() {
    }

    private static Map<String, DietPlace> placesByName() {
        Map<String, DietPlace> places = new LinkedHashMap<>();
        for (DietPlace p : DietPlace.values()) {
            places.put(p.id(), p);
        }
        return places;
    }
}
