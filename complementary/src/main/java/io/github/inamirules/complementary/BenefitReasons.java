package io.github.inamirules.complementary;

import io.github.inamirules.assessment.Texts;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The stable reason codes of complementary benefits, and their texts (FR / NL / EN, this module's own
 * bundles). Billing software switches on the codes; people read {@code reason.message(locale)}.
 */
public final class BenefitReasons {
    /** The benefit is paid ({@code amount}, {@code benefit}, {@code mutuality}). */
    public static final String PAID = "COMP_PAID";
    /** A cap left less than the benefit: the rest of it is paid ({@code counter}, {@code limit}). */
    public static final String CAP_LIMITED = "COMP_CAP_LIMITED";
    /** A cap is reached: 0.00 ({@code counter}, {@code limit}). */
    public static final String CAP_REACHED = "COMP_CAP_REACHED";
    /** The patient was a member of no mutuality on the day: 0.00. */
    public static final String NOT_A_MEMBER = "COMP_NOT_A_MEMBER";
    /** No installed benefit data vouch for the mutuality and profession on the day: unknown. */
    public static final String NOT_COVERED = "COMP_NOT_COVERED";
    /** The mutuality has no benefit for the profession on the day: 0.00. */
    public static final String NO_BENEFIT = "COMP_NO_BENEFIT";
    /** The benefit is only for sessions compulsory insurance does not reimburse, and it does: 0.00. */
    public static final String INSURANCE_REIMBURSES = "COMP_INSURANCE_REIMBURSES";
    /** The benefit is only on top of a reimbursed session, and this one is not: 0.00. */
    public static final String INSURANCE_DOES_NOT_REIMBURSE = "COMP_INSURANCE_DOES_NOT_REIMBURSE";
    /** Whether compulsory insurance reimburses the session is not decided: unknown. */
    public static final String INSURANCE_UNDECIDED = "COMP_INSURANCE_UNDECIDED";
    /** A condition of the benefit (age, preferential status, convention) does not hold: 0.00 ({@code condition}). */
    public static final String CONDITION_NOT_MET = "COMP_CONDITION_NOT_MET";
    /** The benefit depends on the age and the birth date is not given: unknown. */
    public static final String BIRTH_DATE_UNKNOWN = "COMP_BIRTH_DATE_UNKNOWN";
    /** The benefit depends on what the patient paid, which is not known: unknown. */
    public static final String PRICE_UNKNOWN = "COMP_PRICE_UNKNOWN";
    /** An amount cap counts an earlier amount that is unknown: unknown ({@code counter}). */
    public static final String EARLIER_AMOUNT_UNKNOWN = "COMP_EARLIER_AMOUNT_UNKNOWN";

    /** Every code, in a stable order. */
    public static final List<String> CODES = List.of(PAID, CAP_LIMITED, CAP_REACHED, NOT_A_MEMBER, NOT_COVERED,
            NO_BENEFIT, INSURANCE_REIMBURSES, INSURANCE_DOES_NOT_REIMBURSE, INSURANCE_UNDECIDED, CONDITION_NOT_MET,
            BIRTH_DATE_UNKNOWN, PRICE_UNKNOWN, EARLIER_AMOUNT_UNKNOWN);

    /** The texts, from this module's bundles. */
    static final Texts TEXTS = Texts.ofBundles(locale -> ResourceBundle.getBundle(
            "io.github.inamirules.complementary.messages", locale, BenefitReasons.class.getModule()));

    private BenefitReasons() {
    }

    /**
     * Returns this module's texts (reason messages and value labels), e.g. to show a code's message.
     *
     * @return the texts
     */
    public static Texts texts() {
        return TEXTS;
    }
}
