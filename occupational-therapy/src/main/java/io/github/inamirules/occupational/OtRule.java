package io.github.inamirules.occupational;

import io.github.inamirules.rules.RuleReference;

/**
 * The occupational-therapy rules this rule set implements, by their id in shared/research/ergo.md, with
 * the source each decision reason cites.
 */
public final class OtRule {
    /** Fee = R × coefficient, the maximum the provider may charge; R indexed yearly. */
    public static final RuleReference ERGO_02 =
            RuleReference.of("ERGO-02", "https://refli.be/fr/lex/1991022617");
    /** The codes of the services and their durations (180 and 60 minutes). */
    public static final RuleReference ERGO_03 =
            RuleReference.of("ERGO-03", "https://movita.be/praktisch/kostprijs-behandeling/");
    /** A complete locomotor and / or neurological programme in a specialised centre, completed or about to be. */
    public static final RuleReference ERGO_10 =
            RuleReference.of("ERGO-10", "http://www.riziv.fgov.be/fr/themes/cout-remboursement/par-mutualite/centres-reeducation/"
            + "Pages/ergotherapie-intervention-couts-prestations-ergotherapie.aspx");
    /** The habitual living environment, and the places and institutions it excludes. */
    public static final RuleReference ERGO_11 =
            RuleReference.of("ERGO-11", "https://www.inami.fgov.be/nl/thema-s/verzorging-kosten-en-terugbetaling/"
            + "wat-het-ziekenfonds-terugbetaalt/verzorging-in-gespecialiseerde-centra/ergotherapie");
    /** Services wholly or partly in the habitual living environment. */
    public static final RuleReference ERGO_12 =
            RuleReference.of("ERGO-12", "https://www.inami.fgov.be/nl/thema-s/verzorging-kosten-en-terugbetaling/"
            + "wat-het-ziekenfonds-terugbetaalt/verzorging-in-gespecialiseerde-centra/ergotherapie");
    /** Within 6 months after the end of the programme; the observation bilan may be at its end. */
    public static final RuleReference ERGO_13 =
            RuleReference.of("ERGO-13", "https://www.inami.fgov.be/nl/thema-s/verzorging-kosten-en-terugbetaling/"
            + "wat-het-ziekenfonds-terugbetaalt/verzorging-in-gespecialiseerde-centra/ergotherapie");
    /** Prescription by the rehabilitation physician of the centre of the programme. */
    public static final RuleReference ERGO_14 =
            RuleReference.of("ERGO-14", "http://www.riziv.fgov.be/fr/themes/cout-remboursement/par-mutualite/centres-reeducation/"
            + "Pages/ergotherapie-intervention-couts-prestations-ergotherapie.aspx");
    /** The first prescription states the programme's end date or expected end date. */
    public static final RuleReference ERGO_15 =
            RuleReference.of("ERGO-15", "https://www.ergo-nele.be/nl/tarieven/");
    /** A recognised occupational therapist with an INAMI / RIZIV number. */
    public static final RuleReference ERGO_16 =
            RuleReference.of("ERGO-16", "https://www.inami.fgov.be/nl/thema-s/verzorging-kosten-en-terugbetaling/"
            + "wat-het-ziekenfonds-terugbetaalt/verzorging-in-gespecialiseerde-centra/ergotherapie");
    /** Per prescription: 1 observation bilan, 7 exercise sessions, 2 information sessions, 1 final bilan. */
    public static final RuleReference ERGO_17 =
            RuleReference.of("ERGO-17", "https://www.elergo.be/honoraria-ergotherapeut/");
    /** The referring centres: conventions 7.71 and 9.50 (and, by practice pages, 9.51 and R30/R60). */
    public static final RuleReference ERGO_20 =
            RuleReference.of("ERGO-20", "http://wordscope.be/francais-neerlandais/"
            + "peut+encore+réaliser+le+centre+de+rééducation+loco-régional+vers+lequel.html");
    /** Patient share = fee × 25 % / 10 %, truncated to the cent (inferred from 14 published pairs). */
    public static final RuleReference ERGO_30 =
            RuleReference.of("ERGO-30", "https://movita.be/praktisch/kostprijs-behandeling/");

    private OtRule() {
    }
}
