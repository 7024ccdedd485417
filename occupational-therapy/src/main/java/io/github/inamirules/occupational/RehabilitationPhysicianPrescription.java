package io.github.inamirules.occupational;

import io.github.inamirules.assessment.Missing;
import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.model.Prescription;
import io.github.inamirules.rules.DecisionDraft;
import java.util.Locale;
import java.util.Optional;

/**
 * The services are covered only on a prescription written by the rehabilitation physician (médecin
 * spécialiste en réadaptation / revalidatiearts) of the specialised centre where the programme took
 * place (ERGO-14). Refused 008: no prescription, a session dated before its prescription, a
 * prescription by a GP, an assistant or another physician (ERGO-14, ERGO-KATJA, ERGO-NELE), or by a
 * physician of another centre. Centres are compared by their text, ignoring case and surrounding
 * spaces, when both the episode and the prescription name one; when either is silent, the prescription
 * is taken to come from the programme's centre. Without the prescriber's role, coverage cannot be
 * decided.
 *
 * @see <a href="http://www.riziv.fgov.be/fr/themes/cout-remboursement/par-mutualite/centres-reeducation/Pages/ergotherapie-intervention-couts-prestations-ergotherapie.aspx">ERGO-14 source</a>
 */
final class RehabilitationPhysicianPrescription {

    /**
     * Refuses the draft if the prescription condition is not met, and returns the prescription when it
     * is known to be valid.
     */
    Optional<Prescription> apply(DecisionDraft d) {
        if (d.session().prescriptionId().isEmpty()) {
            d.refuse(OtRule.ERGO_14, "OT_PRESCRIPTION_MISSING", RefusalCode.PREREQUISITE_NOT_MET);
            return Optional.empty();
        }
        Prescription p = d.history().prescription(d.session().prescriptionId().get());
        if (d.date().isBefore(p.date())) {
            d.refuse(OtRule.ERGO_14, "OT_SESSION_BEFORE_PRESCRIPTION", RefusalCode.PREREQUISITE_NOT_MET,
                    "prescription", p.id(), "prescriptionDate", p.date());
            return Optional.empty();
        }
        Optional<PrescriberRole> role = p.facts().get(OccupationalTherapyFacts.PRESCRIBER_ROLE);
        if (role.isPresent() && role.get() != PrescriberRole.REHABILITATION_PHYSICIAN) {
            d.refuse(OtRule.ERGO_14, "OT_PRESCRIBER_NOT_REHABILITATION_PHYSICIAN", RefusalCode.PREREQUISITE_NOT_MET,
                    "prescription", p.id(), "prescriber_role", OccupationalTherapyFacts.PRESCRIBER_ROLE.format(role.get()));
            return Optional.empty();
        }
        Optional<String> centre = d.episode().facts().get(OccupationalTherapyFacts.CENTRE);
        Optional<String> prescriberCentre = p.facts().get(OccupationalTherapyFacts.PRESCRIBER_CENTRE);
        if (centre.isPresent() && prescriberCentre.isPresent()
                && !normalised(centre.get()).equals(normalised(prescriberCentre.get()))) {
            d.refuse(OtRule.ERGO_14, "OT_PRESCRIBER_OF_OTHER_CENTRE", RefusalCode.PREREQUISITE_NOT_MET,
                    "prescription", p.id(), "prescriberCentre", prescriberCentre.get(), "centre", centre.get());
            return Optional.empty();
        }
        if (role.isEmpty()) {
            d.missing(Missing.Impact.COVERAGE, OtRule.ERGO_14, "OT_PRESCRIBER_ROLE_UNKNOWN",
                    OccupationalTherapyVocabulary.MISSING_PRESCRIBER_ROLE, null, "prescription", p.id());
            return Optional.empty();
        }
        return Optional.of(p);
    }

    private static String normalised(String centre) {
        return centre.strip().toLowerCase(Locale.ROOT);
    }
}
