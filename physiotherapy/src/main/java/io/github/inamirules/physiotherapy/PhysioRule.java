package io.github.inamirules.physiotherapy;

import io.github.inamirules.rules.RuleReference;

/**
 * The physiotherapy rules this rule set implements, by their id in shared/research/physio.md, with
 * the source each decision reason cites.
 */
public enum PhysioRule implements RuleReference {
    /** Reimbursed only on a physician's prescription. */
    P_01("P-01", "https://www.partenamut.be/fr/faq/kine-droit-remboursement"),
    /** The prescription's content, among it the number of sessions (C-11: a count, not a limit). */
    P_04("P-04", "https://www.mc.be/fr/kinesitherapeutes-questions-frequentes/prescriptions"),
    /** First session within 2 months of the prescription (or of the start date it names); C-02. */
    P_03("P-03", "https://www.mc.be/fr/kinesitherapeutes-questions-frequentes/prescriptions"),
    /** Fixed patient shares by category since 1 September 2019. */
    P_07("P-07", "https://www.inami.fgov.be/nl/professionals/individuele-zorgverleners/kinesitherapeuten/"
            + "kinesitherapieverstrekkingen-vaste-remgelden-"),
    /** Insurance amount = official fee − fixed patient share. */
    P_08("P-08", "https://inami.fgov.be/fr/professionnels/professionnels-de-la-sante/kinesitherapeutes/"
            + "convention-2025-2026-pour-les-kinesitherapeutes"),
    /** A conventioned practitioner applies the convention fees. */
    P_10("P-10", "https://www.partenamut.be/fr/blog-sante-et-bien-etre/1er-sept-remb-kine"),
    /** Non-conventioned: −25 % for ordinary patients; preferential patients at the official fee. */
    P_12("P-12", "https://helan.be/fr/magazine/actualites/convention-des-kines"),
    /** The −25 % rule applies from 1 May 2025 under M/25 (C-07). */
    P_13("P-13", "https://www.axxon.be/fr/nouvelles/668-m25-le-taux-de-conventionnement-est-connu/"),
    /** No convention from 1 January 2025 until M/25. */
    P_14("P-14", "https://inami.fgov.be/fr/professionnels/professionnels-de-la-sante/kinesitherapeutes/"
            + "convention-2025-2026-pour-les-kinesitherapeutes"),
    /** Courante: 18 sessions per pathology per calendar year, codes split 1–9 and 10–18. */
    P_19("P-19", "https://www.cm.be/nl/zorgverleners/kinesitherapeuten/kinesitherapie-courante-behandelingen"),
    /** Courante from the 19th session: dépassement sessions at reduced reimbursement. */
    P_21("P-21", "https://www.cm.be/nl/zorgverleners/kinesitherapeuten/kinesitherapie-courante-behandelingen"),
    /** At most 54 dépassement sessions per calendar year, all pathologies together. */
    P_22("P-22", "https://www.cm.be/nl/zorgverleners/kinesitherapeuten/kinesitherapie-courante-behandelingen"),
    /** A dépassement session may be charged the fee of 560011. */
    P_23("P-23", "https://www.cm.be/nl/diensten-en-voordelen/kinesisten-tarieven-2024"),
    /** At most 3 courante pathologies per year, the 2nd and 3rd with an approval (C-08). */
    P_24("P-24", "https://www.cm.be/nl/zorgverleners/kinesitherapeuten/faq"),
    /** One session per day, a second only in specific situations. */
    P_26("P-26", "https://www.cm.be/diensten-en-voordelen/ziekte-en-behandeling/terugbetalingen-behandelingen/"
            + "kinesisten/zittingen-normaal-tarief"),
    /** Fa and Fb need a notification to the médecin-conseil. */
    P_27("P-27", "https://www.riziv.fgov.be/nl/professionals/individuele-zorgverleners/kinesitherapeuten/"
            + "terugbetaling-van-kinesitherapie-voor-de-aandoeningen-op-de-lijsten-fa-en-fb-"),
    /** Fa: 60 sessions (120 polytrauma) in one year from the first session, then reduced. */
    P_28("P-28", "https://www.riziv.fgov.be/nl/professionals/individuele-zorgverleners/kinesitherapeuten/"
            + "terugbetaling-van-kinesitherapie-voor-de-aandoeningen-op-de-lijsten-fa-en-fb-"),
    /** Fb: until 31 December of the second year; per year 60, then 61–80, then 81+ (C-04). */
    P_30("P-30", "https://www.riziv.fgov.be/nl/professionals/individuele-zorgverleners/kinesitherapeuten/"
            + "terugbetaling-van-kinesitherapie-voor-de-aandoeningen-op-de-lijsten-fa-en-fb-"),
    /** E: prior accord of the médecin-conseil. */
    P_32("P-32", "https://inami.fgov.be/fr/professionnels/sante/kinesitherapeutes/Pages/"
            + "pathologies-lourdes-demande-reduction.aspx"),
    /** E: accord of at most 3 years, unlimited sessions, one per day. */
    P_33("P-33", "https://www.mc.be/b2b/prestataires/kinesitherapeutes/pathologies_lourdes"),
    /** Perinatal: 9 sessions per pregnancy, then courante without approval (C-01). */
    P_35("P-35", "https://www.mc.be/b2b/prestataires/kinesitherapeutes/kinesitherapie_perinatale"),
    /** Palliative at home: 564211, second session 564233 only with an E accord, patient share 0. */
    P_36("P-36", "https://www.mc.be/b2b/prestataires/kinesitherapeutes/palliatif_domicile"),
    /** Announced for 2026: direct access without prescription, and video sessions; no legal text found. */
    P_42("P-42", "https://lejournaldumedecin.pmg.be/fr/fichier/EAKbe2538S05_00"),
    /** Every art. 7 prestation needs the physiotherapist's physical presence (INAMI interpretative rule). */
    P_44("P-44", "https://axxon.be/fr/nouvelles/238-derniere-regle-interpretative-inami/"),
    /** A fee charged below the official fee: the insurance pays at most what was charged (P-43, fixed patient shares). */
    P_43("P-43", "https://www.inami.fgov.be/nl/professionals/individuele-zorgverleners/kinesitherapeuten/"
            + "kinesitherapieverstrekkingen-vaste-remgelden-"),
    /** Place and duration select the nomenclature code (rest-home codes for rest-home residents). */
    P_37("P-37", "https://www.cm.be/professioneel/zorgverleners/kinesitherapeuten/kinesitherapie-in-rob");

    private final String id;
    private final String source;

    PhysioRule(String id, String source) {
        this.id = id;
        this.source = source;
    }

    /**
     * Returns the rule id in shared/research/physio.md.
     *
     * @return the id, e.g. {@code "P-21"}
     */
    @Override
    public String id() {
        return id;
    }

    /**
     * Returns the address of the rule's source.
     *
     * @return the URL
     */
    @Override
    public String source() {
        return source;
    }
}
