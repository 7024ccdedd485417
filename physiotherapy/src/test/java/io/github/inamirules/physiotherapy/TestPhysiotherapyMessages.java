package io.github.inamirules.physiotherapy;

import static io.github.inamirules.physiotherapy.PhysioCase.asking;
import static io.github.inamirules.physiotherapy.PhysioCase.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Missing;
import io.github.inamirules.assessment.Reason;
import io.github.inamirules.assessment.Texts;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.rules.Vocabulary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The physiotherapy texts: every reason code, band, place and missing item has a text in English,
 * French and Dutch, and the messages of real decisions, rendered in French and Dutch, show labels, never
 * an id of the code ({@code PHYSIO_…}) or a Java constant name ({@code PRACTICE}, {@code REST_HOME}).
 */
class TestPhysiotherapyMessages {
    private static final Vocabulary VOCABULARY = new PhysiotherapyRuleSet().vocabulary();
    private static final Texts TEXTS = VOCABULARY.texts();
    private static final Locale FRENCH = Locale.FRENCH;
    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, FRENCH, DUTCH);
    private static final List<String> MISSING_ITEMS = List.of("NOMENCLATURE_CODE", "TARIFF", "PARAMETER");
    /** Java constant names of places and situations: they must never reach a person. */
    private static final Pattern CONSTANT_NAME = Pattern.compile(
            "\\b(PRACTICE|PRACTICE_IN_HOSPITAL|HOME|HOSPITALISED|REST_HOME|COURANTE|PALLIATIVE_HOME|PERINATAL)\\b");
    /** Reason codes no 2025 history can give: the Fa and Fb periods outlast 2025, no 2025 figure is unknown. */
    /** Codes these 2025 histories cannot give: periods that end in 2026, and the rules of 2026 data. */
    private static final Set<String> NOT_REACHABLE_IN_2025 = Set.of("PHYSIO_FA_PERIOD_ENDED",
            "PHYSIO_FB_PERIOD_ENDED", "PHYSIO_FIGURE_UNKNOWN", "PHYSIO_DIRECT_ACCESS", "PHYSIO_DIRECT_ACCESS_USED_UP",
            "PHYSIO_VIDEO_SESSION", "PHYSIO_VIDEO_NOT_ATTESTABLE");

    private static final LocalDate DATE_2025_01_02 = LocalDate.of(2025, 1, 2);
    private static final LocalDate DATE_2025_01_10 = LocalDate.of(2025, 1, 10);
    private static final LocalDate DATE_2025_03_01 = LocalDate.of(2025, 3, 1);
    private static final LocalDate DATE_2025_03_10 = LocalDate.of(2025, 3, 10);
    private static final LocalDate DATE_2025_03_11 = LocalDate.of(2025, 3, 11);
    private static final LocalDate DATE_2025_03_12 = LocalDate.of(2025, 3, 12);
    private static final LocalDate DATE_2025_03_13 = LocalDate.of(2025, 3, 13);
    private static final LocalDate DATE_2025_03_14 = LocalDate.of(2025, 3, 14);
    private static final LocalDate DATE_2025_03_20 = LocalDate.of(2025, 3, 20);
    private static final LocalDate DATE_2025_07_01 = LocalDate.of(2025, 7, 1);
    private static final LocalDate DATE_2025_07_10 = LocalDate.of(2025, 7, 10);
    private static final LocalDate DATE_2025_07_20 = LocalDate.of(2025, 7, 20);

    // ---- every key in three languages ---------------------------------------------------------------

    static Stream<Arguments> keys() {
        List<String> keys = new ArrayList<>(VOCABULARY.reasonCodes());
        VOCABULARY.bands().forEach(b -> keys.add("band." + b));
        Place.ALL.forEach(p -> keys.add("place." + p.id()));
        MISSING_ITEMS.forEach(i -> keys.add("missing." + i));
        return keys.stream().flatMap(k -> LANGUAGES.stream().map(l -> Arguments.of(k, l)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("keys")
    void everyKey_hasAText_inEachLanguage(String key, Locale locale) {
        assertThat(TEXTS.text(key, locale)).as("%s in %s", key, locale).isPresent()
                .get().asString().isNotBlank();
    }

    @Test
    void theVocabulary_declaresEveryBandAndCode() {
        assertThat(VOCABULARY.bands()).containsExactlyInAnyOrderElementsOf(Bands.ALL);
        assertThat(VOCABULARY.reasonCodes()).hasSize(38).allSatisfy(c -> assertThat(c).startsWith("PHYSIO_"));
    }

    @Test
    void theThreeBundles_haveTheSameKeys() {
        Set<String> english = keys(Locale.ENGLISH);
        assertThat(keys(FRENCH)).isEqualTo(english);
        assertThat(keys(DUTCH)).isEqualTo(english);
    }

    @Test
    void frenchAndDutchTexts_differFromTheEnglishOnes_andKeepItsPlaceholders() {
        for (String code : VOCABULARY.reasonCodes()) {
            String en = TEXTS.text(code, Locale.ENGLISH).orElseThrow();
            for (Locale l : List.of(FRENCH, DUTCH)) {
                String text = TEXTS.text(code, l).orElseThrow();
                assertThat(text).as("%s in %s", code, l).isNotEqualTo(en);
                // A derivation is English text from the data: French and Dutch point to the tariff's
                // provenance instead of quoting it (no English sentence inside a French message).
                Set<String> english = new TreeSet<>(placeholders(en));
                english.remove("derivation");
                assertThat(placeholders(text)).as("placeholders of %s in %s", code, l).isEqualTo(english);
            }
        }
    }

    @Test
    void anyOtherLanguage_getsEnglish() {
        assertThat(TEXTS.text("band." + Bands.E, Locale.GERMAN)).isEqualTo(TEXTS.text("band." + Bands.E,
                Locale.ENGLISH));
    }

    private static Set<String> keys(Locale locale) {
        ResourceBundle b = ResourceBundle.getBundle("io.github.inamirules.physiotherapy.messages", locale);
        assertThat(b.getLocale().getLanguage()).isEqualTo(locale.getLanguage());
        return new TreeSet<>(Collections.list(b.getKeys()));
    }

    private static Set<String> placeholders(String template) {
        return Pattern.compile("\\{(\\w+)(?::\\w+)?}").matcher(template).results().map(m -> m.group(1))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    // ---- messages of real decisions -------------------------------------------------------------------

    /** Histories whose decisions give every reason code reachable with the 2025 rates. */
    private static List<Assessment> assessments() {
        List<Assessment> out = new ArrayList<>();
        // prescriptions: missing, before the prescription, started late, more sessions than prescribed
        out.add(PhysioCase.create().pathology("back", Situation.COURANTE, DATE_2025_03_01, rx -> rx.numberOfSessions(2))
                .session("back", DATE_2025_03_10, "conv", b -> b.prescriptionId(java.util.Optional.empty()))
                .session("back", LocalDate.of(2025, 2, 20), "conv")
                .daily("back", DATE_2025_03_11, 3, "conv").assess());
        out.add(PhysioCase.create().pathology("back", Situation.COURANTE, DATE_2025_01_10)
                .session("back", DATE_2025_03_20, "conv").assess());
        // one per day; the nearly used 18, dépassement, its cap; derived tariff; January without convention
        out.add(PhysioCase.create().pathology("back", Situation.COURANTE, DATE_2025_01_02)
                .pathology("knee", Situation.COURANTE, DATE_2025_01_02)
                .daily("back", DATE_2025_01_02, 18 + 55, "conv")
                .session("knee", DATE_2025_01_02, "conv").assess());
        // courante pathologies: approval missing, additional one, the maximum of 3
        PhysioCase pathologies = PhysioCase.create().pathology("a", Situation.COURANTE, DATE_2025_03_01);
        for (String p : new String[] {"b", "c", "d"}) {
            pathologies.pathology(p, Situation.COURANTE, DATE_2025_03_01)
                    .approval(p, Physiotherapy.ADDITIONAL_COURANTE_PATHOLOGY, DateRange.ofYear(2025));
        }
        out.add(pathologies.pathology("e", Situation.COURANTE, DATE_2025_03_01)
                .session("a", DATE_2025_03_10, "conv").session("e", DATE_2025_03_11, "conv")
                .session("b", DATE_2025_03_12, "conv").session("c", DATE_2025_03_13, "conv")
                .session("d", DATE_2025_03_14, "conv").assess());
        // Fa and Fb: notifications missing, beyond their maxima
        out.add(PhysioCase.create().pathology("ankle", Situation.FA, DATE_2025_01_02)
                .approval("ankle", Physiotherapy.FA_NOTIFICATION, DateRange.startingFrom(DATE_2025_01_10))
                .daily("ankle", DATE_2025_01_02, 8 + 61, "conv").assess());
        out.add(PhysioCase.create().pathology("lung", Situation.FB, DATE_2025_01_02)
                .approval("lung", Physiotherapy.FB_NOTIFICATION, DateRange.startingFrom(DATE_2025_01_10))
                .daily("lung", DATE_2025_01_02, 8 + 81, "conv", at(Place.HOME)).assess());
        // E: no accord, accord past its third year, an accord for a hospitalised patient (no 2025 tariff)
        out.add(PhysioCase.create().pathology("ms", Situation.E, DATE_2025_03_01)
                .pathology("nx", Situation.E, DATE_2025_03_01)
                .pathology("cp", Situation.E, DATE_2025_03_01)
                .approval("ms", Physiotherapy.E_AGREEMENT, DateRange.ofYear(2025))
                .approval("cp", Physiotherapy.E_AGREEMENT, DateRange.startingFrom(LocalDate.of(2021, 6, 1)))
                .session("ms", DATE_2025_03_10, "conv", at(Place.HOSPITALISED))
                .session("nx", DATE_2025_03_11, "conv")
                .session("cp", DATE_2025_03_12, "conv").assess());
        // perinatal continued as courante, in a practice in a hospital
        out.add(PhysioCase.create().pathology("baby", Situation.PERINATAL, DATE_2025_03_01)
                .daily("baby", DATE_2025_03_01, 10, "conv", at(Place.PRACTICE_IN_HOSPITAL)).assess());
        // palliative not at home (rest home, practice), second session of the day, unknown code and tariff
        out.add(PhysioCase.create().pathology("care", Situation.PALLIATIVE_HOME, DATE_2025_03_01)
                .session("care", DATE_2025_03_10, "conv", at(Place.REST_HOME))
                .session("care", DATE_2025_03_11, "conv", at(Place.PRACTICE))
                .session("care", DATE_2025_03_12, "conv", at(Place.HOME)).assess());
        out.add(PhysioCase.create().pathology("knee", Situation.COURANTE, DATE_2025_03_01)
                .approval("knee", Physiotherapy.SECOND_SESSION_PER_DAY, DateRange.ofYear(2025))
                .session("knee", DATE_2025_03_10, "conv", at(Place.REST_HOME, 20))
                .session("knee", DATE_2025_03_10, "conv", at(Place.HOME, 45))
                .session("knee", DATE_2025_03_11, "conv", at(Place.HOSPITALISED)).assess());
        // fees: above the official fee (conventioned, preferential), supplement, reduction, below official
        out.add(PhysioCase.create().pathology("back", Situation.COURANTE, DATE_2025_07_01)
                .pathology("neck", Situation.COURANTE, DATE_2025_07_01)
                .approval("neck", Physiotherapy.ADDITIONAL_COURANTE_PATHOLOGY, DateRange.ofYear(2025))
                .session("back", DATE_2025_07_01, "conv", asking("35.00"))
                .session("back", DATE_2025_07_01.plusDays(1), "conv", asking("20.00"))
                .session("neck", DATE_2025_07_10, "free", asking("40.00")).assess());
        out.add(PhysioCase.create().preferential().pathology("back", Situation.COURANTE, DATE_2025_07_01)
                .session("back", DATE_2025_07_10, "free", asking("40.00"))
                .session("back", DATE_2025_07_20, "free", asking("40.00")).assess());
        return out;
    }

    private static List<Decision> decisions() {
        return assessments().stream().flatMap(a -> a.decisions().stream()).collect(Collectors.toList());
    }

    @Test
    void theHistories_giveEveryReasonCodeReachableIn2025() {
        Set<String> seen = decisions().stream().flatMap(d -> d.reasons().stream()).map(Reason::code)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = new TreeSet<>(VOCABULARY.reasonCodes());
        expected.removeAll(NOT_REACHABLE_IN_2025);

        assertThat(seen).isEqualTo(expected);
    }

    @Test
    void frenchAndDutchMessages_showLabels_neverIdsOrConstantNames() {
        List<String> messages = new ArrayList<>();
        for (Decision d : decisions()) {
            for (Locale l : List.of(FRENCH, DUTCH)) {
                d.reasons().forEach(r -> messages.add(r.code() + " [" + l + "]: " + r.message(l)));
                d.missing().forEach(m -> messages.add("missing " + m.item() + " [" + l + "]: " + m.message(l)));
                d.band().ifPresent(b -> messages.add("band " + b.id() + " [" + l + "]: " + b.label(l)));
            }
        }
        assertThat(messages).hasSizeGreaterThan(500).allSatisfy(m -> {
            String text = m.substring(m.indexOf("]: ") + 3);
            assertThat(text).as(m).doesNotContain("PHYSIO_").doesNotContain("{").doesNotContain("}");
            assertThat(CONSTANT_NAME.matcher(text).find()).as(m).isFalse();
            for (Place p : Place.ALL) {
                assertThat(text).as(m).doesNotContain(" " + p.id() + " ").doesNotEndWith(" " + p.id() + ".");
            }
        });
    }

    @Test
    void placesAndBands_areShownByTheirLabels() {
        List<Decision> all = decisions();
        Decision hospitalised = all.stream().filter(d -> d.hasReason("PHYSIO_CODE_UNKNOWN")
                && d.missing().get(0).values().get("place").equals(Place.HOSPITALISED.id())).findFirst().orElseThrow();
        Reason unknown = hospitalised.reasons().stream().filter(r -> r.code().equals("PHYSIO_CODE_UNKNOWN"))
                .findFirst().orElseThrow();
        assertThat(unknown.message(FRENCH)).contains("hôpital (patient hospitalisé)")
                .contains("courante, séances 1-9");
        assertThat(unknown.message(DUTCH)).contains("het ziekenhuis (opgenomen patiënt)")
                .contains("courant, zittingen 1-9");
        Missing missing = hospitalised.missing().get(0);
        assertThat(missing.message(FRENCH)).isEqualTo("code de nomenclature pour courante, séances 1-9, lieu : "
                + "hôpital (patient hospitalisé), 30 min, le 2025-03-11 (rates-2025)");
        assertThat(missing.message(DUTCH)).isEqualTo("nomenclatuurcode voor courant, zittingen 1-9 in het "
                + "ziekenhuis (opgenomen patiënt), 30 min, op 2025-03-11 (rates-2025)");

        Decision second = all.stream().filter(d -> d.hasReason("PHYSIO_SECOND_SESSION_OF_DAY")).findFirst()
                .orElseThrow();
        assertThat(second.missing().get(0).message(FRENCH)).startsWith("code de nomenclature pour deuxième séance "
                + "du jour, lieu : domicile du patient, 45 min");

        Reason restHome = all.stream().flatMap(d -> d.reasons().stream())
                .filter(r -> r.code().equals("PHYSIO_PALLIATIVE_NOT_AT_HOME")
                        && r.values().get("place").equals(Place.REST_HOME.id()))
                .findFirst().orElseThrow();
        assertThat(restHome.message(FRENCH)).endsWith("pas ailleurs (lieu : maison de repos).");
        assertThat(restHome.message(DUTCH)).endsWith("niet in: een rusthuis.");
    }

    @Test
    void percentages_read25Percent() {
        List<Reason> reductions = decisions().stream().flatMap(d -> d.reasons().stream())
                .filter(r -> r.code().equals("PHYSIO_NON_CONVENTIONED_REDUCTION")).collect(Collectors.toList());

        assertThat(reductions).isNotEmpty().allSatisfy(r -> {
            assertThat(r.values()).containsEntry("reductionPercent", "25");
            for (Locale l : LANGUAGES) {
                assertThat(r.message(l)).contains(l.getLanguage().equals("en") ? "25%" : "25 %").doesNotContain("0.25")
                        .doesNotContain("25.00");
            }
        });
    }
}
