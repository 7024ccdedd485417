package io.github.inamirules.occupational;

import io.github.inamirules.rules.RuleReference;

/**
 * The occupational-therapy rules this rule set implements, by their id in shared/research/ergo.md, with
 * the source each decision reason cites.
 */
public enum OtRule implements RuleReference {
    /** Fee = R × coefficient, the maximum the provider may charge; R indexed yearly. */
    ERGO_02("ERGO-02", "https://refli.be/fr/lex/1991022617"),
    /** The codes of the services and their durations (180 and 60 minutes). */
    ERGO_03("ERGO-03", "https://movita.be/praktisch/kostprijs-behandeling/"),
    /** A complete locomotor and / or neurological programme in a specialised centre, completed or about to be. */
    ERGO_10("ERGO-10", "http://www.riziv.fgov.be/fr/themes/cout-remboursement/par-mutualite/centres-reeducation/"
            + "Pages/ergotherapie-intervention-couts-prestations-ergotherapie.aspx"),
    /** The habitual living environment, and the places and institutions it excludes. */
    ERGO_11("ERGO-11", "https://www.inami.fgov.be/nl/thema-s/verzorging-kosten-en-terugbetaling/"
            + "wat-het-ziekenfonds-terugbetaalt/verzorging-in-gespecialiseerde-centra/ergotherapie"),
    /** Services wholly or partly in the habitual living environment. */
    ERGO_12("ERGO-12", "https://www.inami.fgov.be/nl/thema-s/verzorging-kosten-en-terugbetaling/"
            + "wat-het-ziekenfonds-terugbetaalt/verzorging-in-gespecialiseerde-centra/ergotherapie"),
    /** Within 6 months after the end of the programme; the observation bilan may be at its end. */
    ERGO_13("ERGO-13", "https://www.inami.fgov.be/nl/thema-s/verzorging-kosten-en-terugbetaling/"
            + "wat-het-ziekenfonds-terugbetaalt/verzorging-in-gespecialiseerde-centra/ergotherapie"),
    /** Prescription by the rehabilitation physician of the centre of the programme. */
    ERGO_14("ERGO-14", "http://www.riziv.fgov.be/fr/themes/cout-remboursement/par-mutualite/centres-reeducation/"
            + "Pages/ergotherapie-intervention-couts-prestations-ergotherapie.aspx"),
    /** The first prescription states the programme's end date or expected end date. */
    ERGO_15("ERGO-15", "https://www.ergo-nele.be/nl/tarieven/"),
    /** A recognised occupational therapist with an INAMI / RIZIV number. */
    ERGO_16("ERGO-16", "https://www.inami.fgov.be/nl/thema-s/verzorging-kosten-en-terugbetaling/"
            + "wat-het-ziekenfonds-terugbetaalt/verzorging-in-gespecialiseerde-centra/ergotherapie"),
    /** Per prescription: 1 observation bilan, 7 exercise sessions, 2 information sessions, 1 final bilan. */
    ERGO_17("ERGO-17", "https://www.elergo.be/honoraria-ergotherapeut/"),
    /** The referring centres: conventions 7.71 and 9.50 (and, by practice pages, 9.51 and R30/R60). */
    ERGO_20("ERGO-20", "http://wordscope.be/francais-neerlandais/"
            + "peut+encore+réaliser+le+centre+de+rééducation+loco-régional+vers+lequel.html"),
    /** Patient share = fee × 25 % / 10 %, truncated to the cent (inferred from 14 published pairs). */
    ERGO_30("ERGO-30", "https://movita.be/praktisch/kostprijs-behandeling/");

    private final String id;
    private final String source;

    OtRule(String id, String source) {
        this.id = id;
        this.source = source;
    }

    /**
     * Returns the rule id in shared/research/ergo.md.
     *
     * @return the id, e.g. {@code "ERGO-13"}
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
