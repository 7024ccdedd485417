package io.github.inamirules.psychology;

import io.github.inamirules.assessment.Missing;
import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.model.Prescription;
import io.github.inamirules.rates.Rates;
import io.github.inamirules.rules.DecisionDraft;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A pilot session needs a dated referral (prescription de renvoi / verwijsvoorschrift, PSY-11) written
 * before it by a physician whose role may refer a beneficiary of that age (PSY-16): at launch a GP or a
 * psychiatrist; from the extension to all ages, under 18 a GP, paediatrician, child psychiatrist,
 * school doctor or child-health doctor, from 18 a GP or psychiatrist, from 65 also a geriatrician; an
 * occupational physician while the rates allow it (COVID-19 period). Without a referral, or with one
 * dated after the session, the session is refused (008); a referral without its prescriber's role
 * leaves the coverage undecided.
 *
 * @see <a href="https://www.inami.fgov.be/nl/professionals/individuelezorgverleners/artsen/verzorging/Paginas/eerstelijns-psychologische-sessie-klinisch-psycholoog-klinisch-orthopedagoog.aspx">
 *     PSY-16 source</a>
 */
final class PilotReferral {
    /** Item id of a referral whose prescriber role is not given. */
    static final String PRESCRIBER_ROLE = "PRESCRIBER_ROLE";

    private static final Set<PrescriberRole> ADULT = EnumSet.of(PrescriberRole.GP, PrescriberRole.PSYCHIATRIST);
    private static final Set<PrescriberRole> MINOR = EnumSet.of(PrescriberRole.GP, PrescriberRole.PAEDIATRICIAN,
            PrescriberRole.CHILD_PSYCHIATRIST, PrescriberRole.SCHOOL_DOCTOR, PrescriberRole.CHILD_HEALTH_DOCTOR);

    /** Returns the referral, or refuses the draft (or reports it incomplete) and returns empty. */
    Optional<Prescription> referral(DecisionDraft d) {
        Optional<Prescription> referral = d.history().prescriptionOf(d.session());
        if (referral.isEmpty()) {
            d.refuse(PsyRule.PSY_11, "PSY_PILOT_REFERRAL_MISSING", RefusalCode.PREREQUISITE_NOT_MET, "date", d.date());
            return Optional.empty();
        }
        Prescription r = referral.get();
        if (r.date().isAfter(d.date())) {
            d.refuse(PsyRule.PSY_11, "PSY_PILOT_SESSION_BEFORE_REFERRAL", RefusalCode.PREREQUISITE_NOT_MET,
                    "referral", r.id(), "referralDate", r.date());
            return Optional.empty();
        }
        return referral;
    }

    /** Refuses the draft if the referral's prescriber may not refer a beneficiary of that age. */
    boolean checkRole(DecisionDraft d, Prescription referral, int age) {
        Optional<PrescriberRole> role = referral.facts().get(PsychologyFacts.PRESCRIBER_ROLE);
        if (role.isEmpty()) {
            d.missing(Missing.Impact.COVERAGE, PsyRule.PSY_16, "PSY_PILOT_PRESCRIBER_ROLE_MISSING", PRESCRIBER_ROLE,
                    null, "referral", referral.id());
            return false;
        }
        if (!allowed(d.rates(), age).contains(role.get())) {
            d.refuse(PsyRule.PSY_16, "PSY_PILOT_PRESCRIBER_NOT_ALLOWED", RefusalCode.PREREQUISITE_NOT_MET,
                    "prescriber_role", PsychologyFacts.PRESCRIBER_ROLE.format(role.get()), "age", age,
                    "referral", referral.id());
            return false;
        }
        return true;
    }

    private static Set<PrescriberRole> allowed(Rates rates, int age) {
        Set<PrescriberRole> roles = EnumSet.noneOf(PrescriberRole.class);
        boolean allAges = rates.flag(PsyParameters.PILOT_ALL_AGES);
        if (age < rates.integer(PsyParameters.PILOT_AGE_MIN)) {
            if (allAges) {
                roles.addAll(MINOR);
            }
            return roles;
        }
        roles.addAll(ADULT);
        if (rates.flag(PsyParameters.PILOT_OCCUPATIONAL)) {
            roles.add(PrescriberRole.OCCUPATIONAL_PHYSICIAN);
        }
        if (allAges && age > rates.integer(PsyParameters.PILOT_AGE_MAX)) {
            roles.add(PrescriberRole.GERIATRICIAN);
        }
        return roles;
    }
}
