package io.github.inamirules.physiotherapy;

import io.github.inamirules.rules.RuleReference;

/**
 * The physiotherapy rules this rule set implements, by their id in shared/research/physio.md, with
 * the source each decision reason cites.
 */
public final class PhysioRule {
    /** Reimbursed only on a physician's prescription. */
    public static final RuleReference P_01 =
            RuleReference.of("P-01", "https://www.partenamut.be/fr/faq/kine-droit-remboursement");
    /** The prescription's content, among it the number of sessions (C-11: a count, not a limit). */
    public static final RuleReference P_04 =
            RuleReference.of("P-04", "https://www.mc.be/fr/kinesitherapeutes-questions-frequentes/prescriptions");
    /** First session within 2 months of the prescription (or of the start date it names); C-02. */
    public static final RuleReference P_03 =
            RuleReference.of("P-03", "https://www.mc.be/fr/kinesitherapeutes-questions-frequentes/prescriptions");
    /** Fixed patient shares by category since 1 September 2019. */
    public static final RuleReference P_07 =
            RuleReference.of("P-07", "https://www.inami.fgov.be/nl/professionals/individuele-zorgverleners/kinesitherapeuten/"
            + "kinesitherapieverstrekkingen-vaste-remgelden-");
    /** Insurance amount = official fee − fixed patient share. */
    public static final RuleReference P_08 =
            RuleReference.of("P-08", "https://inami.fgov.be/fr/professionnels/professionnels-de-la-sante/kinesitherapeutes/"
            + "convention-2025-2026-pour-les-kinesitherapeutes");
    /** A conventioned practitioner applies the convention fees. */
    public static final RuleReference P_10 =
            RuleReference.of("P-10", "https://www.partenamut.be/fr/blog-sante-et-bien-etre/1er-sept-remb-kine");
    /** Non-conventioned: −25 % for ordinary patients; preferential patients at the official fee. */
    public static final RuleReference P_12 =
            RuleReference.of("P-12", "https://helan.be/fr/magazine/actualites/convention-des-kines");
    /** The −25 % rule applies from 1 May 2025 under M/25 (C-07). */
    public static final RuleReference P_13 =
            RuleReference.of("P-13", "https://www.axxon.be/fr/nouvelles/668-m25-le-taux-de-conventionnement-est-connu/");
    /** No convention from 1 January 2025 until M/25. */
    public static final RuleReference P_14 =
            RuleReference.of("P-14", "https://inami.fgov.be/fr/professionnels/professionnels-de-la-sante/kinesitherapeutes/"
            + "convention-2025-2026-pour-les-kinesitherapeutes");
    /** Courante: 18 sessions per pathology per calendar year, codes split 1–9 and 10–18. */
    public static final RuleReference P_19 =
            RuleReference.of("P-19", "https://www.cm.be/nl/zorgverleners/kinesitherapeuten/kinesitherapie-courante-behandelingen");
    /** Courante from the 19th session: dépassement sessions at reduced reimbursement. */
    public static final RuleReference P_21 =
            RuleReference.of("P-21", "https://www.cm.be/nl/zorgverleners/kinesitherapeuten/kinesitherapie-courante-behandelingen");
    /** At most 54 dépassement sessions per calendar year, all pathologies together. */
    public static final RuleReference P_22 =
            RuleReference.of("P-22", "https://www.cm.be/nl/zorgverleners/kinesitherapeuten/kinesitherapie-courante-behandelingen");
    /** A dépassement session may be charged the fee of 560011. */
    public static final RuleReference P_23 =
            RuleReference.of("P-23", "https://www.cm.be/nl/diensten-en-voordelen/kinesisten-tarieven-2024");
    /** At most 3 courante pathologies per year, the 2nd and 3rd with an approval (C-08). */
    public static final RuleReference P_24 =
            RuleReference.of("P-24", "https://www.cm.be/nl/zorgverleners/kinesitherapeuten/faq");
    /** One session per day, a second only in specific situations. */
    public static final RuleReference P_26 =
            RuleReference.of("P-26", "https://www.cm.be/diensten-en-voordelen/ziekte-en-behandeling/terugbetalingen-behandelingen/"
            + "kinesisten/zittingen-normaal-tarief");
    /** Fa and Fb need a notification to the médecin-conseil. */
    public static final RuleReference P_27 =
            RuleReference.of("P-27", "https://www.riziv.fgov.be/nl/professionals/individuele-zorgverleners/kinesitherapeuten/"
            + "terugbetaling-van-kinesitherapie-voor-de-aandoeningen-op-de-lijsten-fa-en-fb-");
    /** Fa: 60 sessions (120 polytrauma) in one year from the first session, then reduced. */
    public static final RuleReference P_28 =
            RuleReference.of("P-28", "https://www.riziv.fgov.be/nl/professionals/individuele-zorgverleners/kinesitherapeuten/"
            + "terugbetaling-van-kinesitherapie-voor-de-aandoeningen-op-de-lijsten-fa-en-fb-");
    /** Fb: until 31 December of the second year; per year 60, then 61–80, then 81+ (C-04). */
    public static final RuleReference P_30 =
            RuleReference.of("P-30", "https://www.riziv.fgov.be/nl/professionals/individuele-zorgverleners/kinesitherapeuten/"
            + "terugbetaling-van-kinesitherapie-voor-de-aandoeningen-op-de-lijsten-fa-en-fb-");
    /** E: prior accord of the médecin-conseil. */
    public static final RuleReference P_32 =
            RuleReference.of("P-32", "https://inami.fgov.be/fr/professionnels/sante/kinesitherapeutes/Pages/"
            + "pathologies-lourdes-demande-reduction.aspx");
    /** E: accord of at most 3 years, unlimited sessions, one per day. */
    public static final RuleReference P_33 =
            RuleReference.of("P-33", "https://www.mc.be/b2b/prestataires/kinesitherapeutes/pathologies_lourdes");
    /** Perinatal: 9 sessions per pregnancy, then courante without approval (C-01). */
    public static final RuleReference P_35 =
            RuleReference.of("P-35", "https://www.mc.be/b2b/prestataires/kinesitherapeutes/kinesitherapie_perinatale");
    /** Palliative at home: 564211, second session 564233 only with an E accord, patient share 0. */
    public static final RuleReference P_36 =
            RuleReference.of("P-36", "https://www.mc.be/b2b/prestataires/kinesitherapeutes/palliatif_domicile");
    /** Announced for 2026: direct access without prescription, and video sessions; no legal text found. */
    public static final RuleReference P_42 =
            RuleReference.of("P-42", "https://lejournaldumedecin.pmg.be/fr/fichier/EAKbe2538S05_00");
    /** Every art. 7 prestation needs the physiotherapist's physical presence (INAMI interpretative rule). */
    public static final RuleReference P_44 =
            RuleReference.of("P-44", "https://axxon.be/fr/nouvelles/238-derniere-regle-interpretative-inami/");
    /** A fee charged below the official fee: the insurance pays at most what was charged (P-43, fixed patient shares). */
    public static final RuleReference P_43 =
            RuleReference.of("P-43", "https://www.inami.fgov.be/nl/professionals/individuele-zorgverleners/kinesitherapeuten/"
            + "kinesitherapieverstrekkingen-vaste-remgelden-");
    /** Place and duration select the nomenclature code (rest-home codes for rest-home residents). */
    public static final RuleReference P_37 =
            RuleReference.of("P-37", "https://www.cm.be/professioneel/zorgverleners/kinesitherapeuten/kinesitherapie-in-rob");

    private PhysioRule() {
    }
}
