package io.github.inamirules.psychology;

import io.github.inamirules.rules.RuleReference;

/**
 * The clinical-psychology rules this rule set implements, by their id in shared/research/psy.md (moved
 * to docs/research), with the source each decision reason cites.
 */
public final class PsyRule {
    /** Only a clinical psychologist or orthopedagogue with an agreement with a network is reimbursed. */
    public static final RuleReference PSY_01 =
            RuleReference.of("PSY-01", "https://www.inami.fgov.be/nl/professionals/individuele-zorgverleners/klinisch-psychologen");
    /** Pilot target group: 18 to 64 inclusive at launch. */
    public static final RuleReference PSY_10 =
            RuleReference.of("PSY-10", "https://www.inami.fgov.be/nl/themas/kost-terugbetaling/door-ziekenfonds/geestelijke-gezondheidszorg/"
            + "Paginas/kortdurende-psychologische-behandeling-volwassenen.aspx");
    /** Pilot: a dated referral by a GP or a psychiatrist (later more roles, PSY-16). */
    public static final RuleReference PSY_11 =
            RuleReference.of("PSY-11", "https://www.inami.fgov.be/nl/themas/kost-terugbetaling/door-ziekenfonds/geestelijke-gezondheidszorg/"
            + "Paginas/kortdurende-psychologische-behandeling-volwassenen.aspx");
    /** Pilot: a series of 4 per referral, at most 8 per calendar year. */
    public static final RuleReference PSY_12 =
            RuleReference.of("PSY-12", "https://www.savha.be/informatie-voor-de-patient");
    /** Pilot: first session 60 minutes, the next ones 45. */
    public static final RuleReference PSY_13 =
            RuleReference.of("PSY-13", "https://www.inami.fgov.be/fr/professionnels/sante/medecins/soins/Pages/"
            + "seance-psychologie-1er-ligne-psychologue-clinicien-orthopedagogue-clinicien.aspx");
    /** Pilot: a series ends after more than 3 months without a session, or when one starts with another psychologist. */
    public static final RuleReference PSY_14 =
            RuleReference.of("PSY-14", "https://www.savha.be/informatie-voor-de-patient");
    /** Pilot: physical presence; video allowed from 14 March 2020. */
    public static final RuleReference PSY_15 =
            RuleReference.of("PSY-15", "https://www.riziv.fgov.be/nl/covid19/Paginas/"
            + "eerstelijnspsychologische-zorg-videoconsultatie-andere-versoepelingen-covid19.aspx");
    /** Pilot: all ages from 2 April 2020, with referrers by age. */
    public static final RuleReference PSY_16 =
            RuleReference.of("PSY-16", "https://www.inami.fgov.be/nl/professionals/individuelezorgverleners/artsen/verzorging/Paginas/"
            + "eerstelijns-psychologische-sessie-klinisch-psycholoog-klinisch-orthopedagoog.aspx");
    /** Pilot: personal share 11 / 4 (C-1: 11.20 is the alternative). */
    public static final RuleReference PSY_18 =
            RuleReference.of("PSY-18", "https://domusmedica.be/actueel/eerstelijnspsychologie-komt-er");
    /** The 2021 convention from 1 September 2021; the pilot overlaps it to the end of 2021 (C-5). */
    public static final RuleReference PSY_20 =
            RuleReference.of("PSY-20", "https://www.inami.be/fr/professionnels/sante/psychologue-clinicien/Pages/"
            + "soins-psychologiques-premiere-ligne-specialises-reseaux-sante-mentale.aspx");
    /** Networks: children and adolescents up to 23 inclusive, adults from 15. */
    public static final RuleReference PSY_22 =
            RuleReference.of("PSY-22", "http://fra.mycarenet.be/services-généraux/mental-health/codes-nomenclature-mhc");
    /** One network category per 12 months. */
    public static final RuleReference PSY_23 =
            RuleReference.of("PSY-23", "https://www.caami-hziv.fgov.be/nl/bij-de-psycholoog");
    /** 2021: first-line and specialised care. */
    public static final RuleReference PSY_24 =
            RuleReference.of("PSY-24", "https://www.psyzuid.be/nl/nieuws/informatie-terugbetaling-psychologische-sessies-");
    /** 2021: caps per 12 months (T-LIM-2021, C-2, C-3). */
    public static final RuleReference PSY_25 =
            RuleReference.of("PSY-25", "https://compsy.be/nl/conventie-verstrekking-van-psychologische-zorg");
    /** 2021: individual or group; one individual session before and one after a group series. */
    public static final RuleReference PSY_26 =
            RuleReference.of("PSY-26", "https://www.psyzuid.be/nl/nieuws/informatie-terugbetaling-psychologische-sessies-");
    /** 2021: the first session is free. */
    public static final RuleReference PSY_27 =
            RuleReference.of("PSY-27", "https://www.tijd.be/netto/analyse/gezinsuitgaven/tarief-van-11-euro-niet-voor-elke-sessie-bij-psycholoog/"
            + "10324523");
    /** 2021: 11 / 4 per individual session, 2.50 per group session. */
    public static final RuleReference PSY_28 =
            RuleReference.of("PSY-28", "https://www.socialsecurity.be/citizen/nl/nieuws/voor-11-euro-sessie-naar-de-psycholoog-vanaf-1-september");
    /** 2021: fee 75 per individual session (press). */
    public static final RuleReference PSY_29 =
            RuleReference.of("PSY-29", "https://www.knack.be/nieuws/belgie/nieuw-terugbetalingssysteem-voor-psychologen-botst-op-kritiek-"
            + "er-zal-een-goldrush-ontstaan/article-longread-1777885.html");
    /** One session a day per beneficiary, entourage sessions excepted. */
    public static final RuleReference PSY_30 =
            RuleReference.of("PSY-30", "https://www.helan.be/nl/ons-aanbod/ziekenfonds/voordelen-en-terugbetalingen/psychotherapie/");
    /** The 2024 convention from 1 April 2024. */
    public static final RuleReference PSY_40 =
            RuleReference.of("PSY-40", "https://inami.fgov.be/fr/professionnels/sante/psychologue-clinicien/Pages/"
            + "soins-psychologiques-premiere-ligne-specialises-reseaux-sante-mentale.aspx");
    /** 2024: three functions; community interventions are group sessions. */
    public static final RuleReference PSY_41 =
            RuleReference.of("PSY-41", "https://www.riziv.fgov.be/nl/thema-s/verzorging-kosten-en-terugbetaling/wat-het-ziekenfonds-terugbetaalt/"
            + "eerstelijns-psychologische-zorg-in-netwerken-voor-geestelijke-gezondheid-vanaf-1-april-2024");
    /** Free up to 23 inclusive from 1 February 2024 (C-6, C-7). */
    public static final RuleReference PSY_42 =
            RuleReference.of("PSY-42", "https://www.helan.be/fr/magazine/actualites/offre-gratuite-psychologue-de-premiere-ligne-pour-enfants/");
    /** 2024, from 24: 11 / 4, 2.50 per group, first individual session free, community interventions free. */
    public static final RuleReference PSY_43 =
            RuleReference.of("PSY-43", "https://www.helan.be/nl/ons-aanbod/ziekenfonds/voordelen-en-terugbetalingen/psychotherapie/");
    /** 2024: caps per 12 months (support 10 / 8, treatment where sourced, groups unlimited). */
    public static final RuleReference PSY_44 =
            RuleReference.of("PSY-44", "https://www.ggzads.be/terugbetaling-psychologische-hulp");
    /** 2024 art. 10: no parallel support and treatment; groups combine freely; one session a day. */
    public static final RuleReference PSY_45 =
            RuleReference.of("PSY-45", "https://www.inami.fgov.be/SiteCollectionDocuments/convention_riziv_reseau_sante_mentale.pdf");
    /** Billing codes of the Mental Health Care portal (Q-6: not readable). */
    public static final RuleReference T_RATE_PSY =
            RuleReference.of("T-RATE-PSY", "http://fra.mycarenet.be/services-généraux/mental-health/codes-nomenclature-mhc");

    private PsyRule() {
    }
}
