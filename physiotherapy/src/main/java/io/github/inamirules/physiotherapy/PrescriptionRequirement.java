package io.github.inamirules.physiotherapy;

import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.model.Prescription;
import io.github.inamirules.rules.Counters;
import io.github.inamirules.rules.DecisionDraft;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * A session is reimbursed only under a physician's prescription (P-01), and the treatment must start
 * within a number of months (2 in 2025) after the prescription's date, or after a later start date
 * the prescriber wrote (P-03; C-02 settles 2 months against an older 30-day text).
 *
 * <p>The window is half-open: a prescription of 10 January allows a first session up to 9 March
 * included. If the first accepted session under a prescription falls outside the window, every
 * session under it is refused: the prescription is spent. A session dated before the prescription (or
 * its start date) is refused too. Sessions beyond the number the prescription names are not refused
 * (C-11: the nomenclature's own limits cap the count) but get a warning, so the practitioner asks for
 * a new one. Only accepted sessions count, and only they get that warning (a session a later rule
 * refuses uses up nothing). A session without prescription may still pass under direct access
 * ({@link DirectAccess}, P-42), where the rates in force enable it.
 *
 * @see <a href="https://www.mc.be/fr/kinesitherapeutes-questions-frequentes/prescriptions">P-03 source</a>
 */
final class PrescriptionRequirement {
    PrescriptionRequirement(Counters counters) {
        this.directAccess = new DirectAccess(counters);
    }

    private final DirectAccess directAccess;
    private final Map<String, LocalDate> firstSessionByPrescription = new HashMap<>();
    private final Map<String, Integer> sessionsByPrescription = new HashMap<>();

    /** Refuses the draft if the prescription condition is not met. */
    void apply(DecisionDraft d) {
        if (!d.rates().flag(PhysioParameters.PRESCRIPTION_REQUIRED)) {
            return;
        }
        java.util.Optional<String> prescriptionId = d.session().prescriptionId();
        if (prescriptionId.isEmpty()) {
            if (!directAccess.apply(d)) {
                d.refuse(PhysioRule.P_01, "PHYSIO_PRESCRIPTION_MISSING", RefusalCode.PREREQUISITE_NOT_MET);
            }
            return;
        }
        Prescription p = d.history().prescription(prescriptionId.get());
        if (d.date().isBefore(p.windowStart())) {
            d.refuse(PhysioRule.P_03, "PHYSIO_SESSION_BEFORE_PRESCRIPTION", RefusalCode.PREREQUISITE_NOT_MET,
                    "prescription", p.id(), "start", p.windowStart());
            return;
        }
        LocalDate first = firstSessionByPrescription.getOrDefault(p.id(), d.date());
        int months = d.rates().integer(PhysioParameters.PRESCRIPTION_START_MONTHS);
        LocalDate deadline = p.windowStart().plusMonths(months);
        if (!first.isBefore(deadline)) {
            d.refuse(PhysioRule.P_03, "PHYSIO_PRESCRIPTION_START_LATE", RefusalCode.PREREQUISITE_NOT_MET,
                    "prescription", p.id(), "start", p.windowStart(), "firstSession", first,
                    "lastStartDay", deadline.minusDays(1), "months", months);
            return;
        }
        int rank = sessionsByPrescription.getOrDefault(p.id(), 0) + 1;
        d.whenAccepted(() -> {
            firstSessionByPrescription.putIfAbsent(p.id(), first);
            sessionsByPrescription.put(p.id(), rank);
        });
        java.util.Optional<Integer> prescribed = p.numberOfSessions();
        if (prescribed.isPresent() && rank > prescribed.get()) {
            d.warnIfAccepted(PhysioRule.P_04, "PHYSIO_PRESCRIPTION_SESSIONS_EXCEEDED",
                    "prescription", p.id(), "prescribed", prescribed.get(), "rank", rank);
        }
    }
}
