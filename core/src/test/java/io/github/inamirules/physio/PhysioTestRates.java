package io.github.inamirules.physio;

import io.github.inamirules.rates.InMemoryRateModule;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An in-memory physiotherapy rate module for tests: the parameters of the real rates-2025 module,
 * copied row for row, with the practice tariffs and codes of courante sessions, over a chosen year.
 */
public final class PhysioTestRates {
    private static final String YEAR = "2025";
    private static final String NEXT_YEAR = "2026";

    private static final String SOURCES = InMemoryRateModule.lines(InMemoryRateModule.SOURCES_HEADER,
            "INAMI-TM | https://www.inami.fgov.be/nl/professionals/individuele-zorgverleners/kinesitherapeuten/kinesitherapieverstrekkingen-vaste-remgelden-",
            "CAAMI | https://caami-hziv.fgov.be/fr/victimes-de-guerre/remboursement-des-frais-medicaux/remboursements/soins-kines",
            "INAMI-M25 | https://inami.fgov.be/fr/professionnels/professionnels-de-la-sante/kinesitherapeutes/convention-2025-2026-pour-les-kinesitherapeutes",
            "ETAAMB-M25 | https://etaamb.openjustice.be/fr/reglement-du-14-fevrier-2025_n2025000953.html",
            "RIZIV-F | https://www.riziv.fgov.be/nl/professionals/individuele-zorgverleners/kinesitherapeuten/terugbetaling-van-kinesitherapie-voor-de-aandoeningen-op-de-lijsten-fa-en-fb-",
            "REFLI-ART7-2002 | https://refli.be/fr/lex/2002023049",
            "PARTENAMUT-FAQ | https://www.partenamut.be/fr/faq/kine-droit-remboursement",
            "MC-PRESCR | https://www.mc.be/fr/kinesitherapeutes-questions-frequentes/prescriptions",
            "CM-COURANT | https://www.cm.be/nl/zorgverleners/kinesitherapeuten/kinesitherapie-courante-behandelingen",
            "MC-COURANT | https://mc.be/fr/professionnels/traitements-kinesitherapie",
            "CM-PATIENT | https://www.cm.be/diensten-en-voordelen/ziekte-en-behandeling/terugbetalingen-behandelingen/kinesisten/zittingen-normaal-tarief",
            "CM-FAQ | https://www.cm.be/nl/zorgverleners/kinesitherapeuten/faq",
            "CM-FA | https://www.cm.be/nl/zorgverleners/kinesitherapeuten/kinesitherapie-behandelingen-f-acuut",
            "CM-FB | https://www.cm.be/professioneel/zorgverleners/kinesitherapeuten/behandelingen-f-chronisch",
            "MC-E | https://www.mc.be/b2b/prestataires/kinesitherapeutes/pathologies_lourdes",
            "MC-PERI | https://www.mc.be/b2b/prestataires/kinesitherapeutes/kinesitherapie_perinatale",
            "CM-PERI | https://www.cm.be/nl/zorgverleners/kinesitherapeuten/perinatale-kinesitherapie",
            "MC-PALL | https://www.mc.be/b2b/prestataires/kinesitherapeutes/palliatif_domicile",
            "CM-2024 | https://www.cm.be/nl/diensten-en-voordelen/kinesisten-tarieven-2024",
            "SOLIDARIS-VL | https://www.solidaris-vlaanderen.be/terugbetaling-kinesist",
            "HELAN-M25 | https://helan.be/fr/magazine/actualites/convention-des-kines",
            "AXXON-653 | https://axxon.be/fr/nouvelles/653-que-prevoit-la-convention-m25-imposee",
            "AXXON-668 | https://www.axxon.be/fr/nouvelles/668-m25-le-taux-de-conventionnement-est-connu/",
            "RTL-2024 | https://www.rtl.be/actu/rtl-info-conso/les-tarifs-chez-les-kines-devraient-augmenter-des-le-1er-janvier-voici-pourquoi/2024-11-28/article/729993");

    private static final String COVERAGE = InMemoryRateModule.lines(InMemoryRateModule.COVERAGE_HEADER,
            "physiotherapy | 2025-01-01 | 2026-01-01");

    /** The rows of rates-2025 parameters.psv, as of this writing. */
    private static final String PARAMETERS = InMemoryRateModule.lines(InMemoryRateModule.PARAMETERS_HEADER,
            "physiotherapy | prescription.required | 2025-01-01 | 2026-01-01 | true | reported | PARTENAMUT-FAQ+MC-PRESCR | P-01",
            "physiotherapy | prescription.first_session_within_months | 2025-01-01 | 2026-01-01 | 2 | reported | MC-PRESCR+PARTENAMUT-FAQ | P-03; C-02 resolved to 2 months",
            "physiotherapy | courante.first_band_max | 2025-01-01 | 2026-01-01 | 9 | reported | CM-COURANT+MC-COURANT | P-19, codes split since 2021-06-01",
            "physiotherapy | courante.sessions_max | 2025-01-01 | 2026-01-01 | 18 | reported | CM-COURANT+MC-COURANT | P-19",
            "physiotherapy | courante.depassement_max_per_year | 2025-01-01 | 2026-01-01 | 54 | reported | CM-COURANT+MC-COURANT | P-22",
            "physiotherapy | courante.pathologies_max_per_year | 2025-01-01 | 2026-01-01 | 3 | reported | CM-PATIENT+CM-FAQ | P-24; C-08 resolved to 3",
            "physiotherapy | courante.pathologies_without_approval | 2025-01-01 | 2026-01-01 | 1 | reported | CM-COURANT+CM-FAQ | P-20, P-24",
            "physiotherapy | fa.first_band_max | 2025-01-01 | 2026-01-01 | 20 | reported | CM-FA | P-28, sessions 1-20 have their own codes since 2021-06-01",
            "physiotherapy | fa.sessions_max | 2025-01-01 | 2026-01-01 | 60 | official | RIZIV-F+CM-FA | P-28",
            "physiotherapy | fa.sessions_max_polytrauma | 2025-01-01 | 2026-01-01 | 120 | official | RIZIV-F+CM-FA | P-28, pathology 16",
            "physiotherapy | fa.period_years | 2025-01-01 | 2026-01-01 | 1 | official | RIZIV-F+CM-FA | P-28, one year from the first session",
            "physiotherapy | fb.sessions_max | 2025-01-01 | 2026-01-01 | 60 | official | RIZIV-F+CM-FB | P-30",
            "physiotherapy | fb.second_level_max | 2025-01-01 | 2026-01-01 | 80 | reported | CM-FB | P-30; C-04",
            "physiotherapy | fb.period_extra_years | 2025-01-01 | 2026-01-01 | 2 | official | RIZIV-F+CM-FB | P-30, until 31 December of the 2nd year after the first session",
            "physiotherapy | e.agreement_max_years | 2025-01-01 | 2026-01-01 | 3 | reported | MC-E | P-33",
            "physiotherapy | perinatal.sessions_max | 2025-01-01 | 2026-01-01 | 9 | reported | MC-PERI+CM-PERI | P-35; C-01 resolved to 9",
            "physiotherapy | sessions_per_day_max | 2025-01-01 | 2026-01-01 | 1 | reported | CM-PATIENT | P-26; C-12",
            "physiotherapy | convention.in_force | 2025-01-01 | 2025-02-01 | false | official | INAMI-M25+AXXON-653 | P-14, P-17: M/24 denounced on 27 Nov 2024",
            "physiotherapy | convention.in_force | 2025-02-01 | 2026-01-01 | true | official | ETAAMB-M25+INAMI-M25 | P-16: M/25 from 1 February 2025",
            "physiotherapy | non_conventioned.insurance_reduction | 2025-01-01 | 2025-05-01 | 0 | reported | RTL-2024+AXXON-668 | P-14; C-07: no reduction before 1 May 2025",
            "physiotherapy | non_conventioned.insurance_reduction | 2025-05-01 | 2026-01-01 | 0.25 | reported | AXXON-668+HELAN-M25 | P-12, P-13: quorum of 60 % reached (64.3 %)",
            "physiotherapy | non_conventioned.preferential_official_fee | 2025-01-01 | 2025-05-01 | false | reported | RTL-2024+AXXON-668 | P-14: free fees while the M/25 sanction did not apply",
            "physiotherapy | non_conventioned.preferential_official_fee | 2025-05-01 | 2026-01-01 | true | reported | HELAN-M25+CAAMI | P-12",
            "physiotherapy | patient_share.e.ordinary | 2025-01-01 | 2026-01-01 | 4.00 | official | INAMI-TM+CAAMI | P-07, E list except 15/20 min",
            "physiotherapy | patient_share.e.preferential | 2025-01-01 | 2026-01-01 | 1.50 | official | INAMI-TM+CAAMI | P-07",
            "physiotherapy | patient_share.f.ordinary | 2025-01-01 | 2026-01-01 | 5.50 | official | INAMI-TM+CAAMI | P-07, Fa and Fb except 20 min",
            "physiotherapy | patient_share.f.preferential | 2025-01-01 | 2026-01-01 | 2.00 | official | INAMI-TM+CAAMI | P-07",
            "physiotherapy | patient_share.other.ordinary | 2025-01-01 | 2026-01-01 | 6.25 | official | INAMI-TM+CAAMI | P-07, courante, perinatal and others except 15/20 min",
            "physiotherapy | patient_share.other.preferential | 2025-01-01 | 2026-01-01 | 2.50 | official | INAMI-TM+CAAMI | P-07",
            "physiotherapy | patient_share.short.ordinary | 2025-01-01 | 2026-01-01 | 2.00 | official | INAMI-TM+CAAMI | P-07, all 15- and 20-minute sessions",
            "physiotherapy | patient_share.short.preferential | 2025-01-01 | 2026-01-01 | 1.00 | official | INAMI-TM+CAAMI | P-07",
            "physiotherapy | patient_share.palliative.ordinary | 2025-01-01 | 2026-01-01 | 0.00 | official | INAMI-TM+MC-PALL | P-07, P-36",
            "physiotherapy | patient_share.palliative.preferential | 2025-01-01 | 2026-01-01 | 0.00 | official | INAMI-TM+MC-PALL | P-07, P-36");

    private static final String TARIFFS = InMemoryRateModule.lines(InMemoryRateModule.TARIFFS_HEADER,
            "physiotherapy | 567011 | 2025-01-01 | 2025-02-01 | 30.00 | | | reported | CM-2024+AXXON-653+SOLIDARIS-VL | 2024 fee kept in January 2025",
            "physiotherapy | 567011 | 2025-02-01 | 2026-01-01 | 30.80 | | | reported | HELAN-M25+AXXON-653 | 30.00 x 1.0268 = 30.804",
            "physiotherapy | 560011 | 2025-01-01 | 2025-02-01 | 30.00 | | | reported | CM-2024+AXXON-653+SOLIDARIS-VL | as 567011",
            "physiotherapy | 560011 | 2025-02-01 | 2026-01-01 | 30.80 | | | reported | HELAN-M25+AXXON-653 | as 567011",
            "physiotherapy | 560055 | 2025-01-01 | 2025-02-01 | 30.00 | 4.58 | 8.33 | derived | CM-2024+AXXON-653 | 2024 figures kept in January 2025",
            "physiotherapy | 560055 | 2025-02-01 | 2026-01-01 | 30.80 | 4.87 | 8.62 | derived | CM-2024+ETAAMB-M25+INAMI-TM | 10.83 x 1.0268 = 11.12, minus 6.25 / 2.50");

    private static final String CODES = InMemoryRateModule.lines(InMemoryRateModule.CODES_HEADER,
            "physiotherapy | PHYSIO_COURANTE_1_9 | PRACTICE | 30 | 567011 | 2025-01-01 | 2026-01-01 | reported | CM-2024+CM-COURANT | sessions 1 to 9",
            "physiotherapy | PHYSIO_COURANTE_10_18 | PRACTICE | 30 | 560011 | 2025-01-01 | 2026-01-01 | official | REFLI-ART7-2002+CM-2024 | sessions 10 to 18",
            "physiotherapy | PHYSIO_DEPASSEMENT | PRACTICE | 30 | 560055 | 2025-01-01 | 2026-01-01 | official | REFLI-ART7-2002+CM-2024 | dépassement");

    private PhysioTestRates() {
    }

    /**
     * Returns the five files over 2025.
     *
     * @return the files by name, modifiable
     */
    public static Map<String, String> files2025() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("sources.psv", SOURCES);
        files.put("coverage.psv", COVERAGE);
        files.put("parameters.psv", PARAMETERS);
        files.put("tariffs.psv", TARIFFS);
        files.put("codes.psv", CODES);
        return files;
    }

    /**
     * Returns the module over 2025, id {@code physio-test-2025}.
     *
     * @return the module
     */
    public static InMemoryRateModule module2025() {
        return new InMemoryRateModule("physio-test-2025", files2025());
    }

    /**
     * Returns the same files moved to another calendar year.
     *
     * @param year the year covered
     * @return the files by name, modifiable
     */
    public static Map<String, String> filesFor(int year) {
        Map<String, String> files = new LinkedHashMap<>();
        files2025().forEach((name, text) -> files.put(name, name.equals("sources.psv") ? text
                : text.replace(YEAR + "-", "@THIS@-").replace(NEXT_YEAR + "-", "@NEXT@-")
                        .replace("@THIS@", String.valueOf(year)).replace("@NEXT@", String.valueOf(year + 1))));
        return files;
    }

    /**
     * Returns the module moved to another calendar year, id {@code physio-test-<year>}.
     *
     * @param year the year covered
     * @return the module
     */
    public static InMemoryRateModule moduleFor(int year) {
        return new InMemoryRateModule("physio-test-" + year, filesFor(year));
    }
}
