package io.github.inamirules.rates2025;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.ReimbursementEngine;
import io.github.inamirules.model.Approval;
import io.github.inamirules.model.ApprovalKind;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.ImmutableCareHistory;
import io.github.inamirules.model.ImmutableSession;
import io.github.inamirules.model.Money;
import io.github.inamirules.model.Pathology;
import io.github.inamirules.model.Patient;
import io.github.inamirules.model.Place;
import io.github.inamirules.model.Practitioner;
import io.github.inamirules.model.Prescription;
import io.github.inamirules.model.Profession;
import io.github.inamirules.model.Session;
import io.github.inamirules.model.Situation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A fluent builder of physiotherapy care histories for tests: one patient, practitioner "conv"
 * (conventioned from 2025-02-01, when M/25 started) and "free" (never conventioned), and whatever
 * pathologies, prescriptions, approvals and sessions a test adds.
 */
final class PhysioCase {
    static final ReimbursementEngine ENGINE = ReimbursementEngine.loadInstalled();
    static final LocalDate M25_START = LocalDate.of(2025, 2, 1);

    private final ImmutableCareHistory.Builder history = CareHistory.builder();
    private final List<Session> sessions = new ArrayList<>();
    private boolean preferential;

    private PhysioCase() {
        history.addPractitioners(Practitioner.builder().id("conv").profession(Profession.PHYSIOTHERAPY)
                .addConventionPeriods(DateRange.startingFrom(M25_START)).build());
        history.addPractitioners(Practitioner.builder().id("free").profession(Profession.PHYSIOTHERAPY).build());
    }

    static PhysioCase create() {
        return new PhysioCase();
    }

    /** Adds a pathology and a prescription "rx-ID" for it dated {@code prescribed}. */
    PhysioCase pathology(String id, Situation situation, LocalDate prescribed) {
        history.addPathologies(Pathology.builder().id(id).situation(situation).build());
        history.addPrescriptions(Prescription.builder().id("rx-" + id).date(prescribed).pathologyId(id).build());
        return this;
    }

    PhysioCase polytrauma(String id, LocalDate prescribed) {
        history.addPathologies(Pathology.builder().id(id).situation(Situation.FA).polytrauma(true).build());
        history.addPrescriptions(Prescription.builder().id("rx-" + id).date(prescribed).pathologyId(id).build());
        return this;
    }

    PhysioCase approval(String pathologyId, ApprovalKind kind, DateRange period) {
        history.addApprovals(Approval.builder().id(kind + "-" + pathologyId + "-" + period.start())
                .pathologyId(pathologyId).kind(kind).period(period).build());
        return this;
    }

    PhysioCase preferential() {
        this.preferential = true;
        return this;
    }

    /** Adds one session "ID-N" (N = running number of that pathology). */
    PhysioCase session(String pathologyId, LocalDate date, String practitioner, UnaryOperator<ImmutableSession.Builder> more) {
        long n = sessions.stream().filter(s -> s.pathologyId().equals(pathologyId)).count() + 1;
        ImmutableSession.Builder b = Session.builder().id(pathologyId + "-" + n).date(date).practitionerId(practitioner)
                .pathologyId(pathologyId).prescriptionId("rx-" + pathologyId);
        sessions.add(more.apply(b).build());
        return this;
    }

    PhysioCase session(String pathologyId, LocalDate date, String practitioner) {
        return session(pathologyId, date, practitioner, UnaryOperator.identity());
    }

    /** Adds {@code count} daily sessions from {@code first}. */
    PhysioCase daily(String pathologyId, LocalDate first, int count, String practitioner) {
        return daily(pathologyId, first, count, practitioner, UnaryOperator.identity());
    }

    PhysioCase daily(String pathologyId, LocalDate first, int count, String practitioner,
            UnaryOperator<ImmutableSession.Builder> more) {
        for (int i = 0; i < count; i++) {
            session(pathologyId, first.plusDays(i), practitioner, more);
        }
        return this;
    }

    CareHistory build() {
        var patient = Patient.builder().id("patient");
        if (preferential) {
            patient.addPreferentialPeriods(DateRange.ofYear(2025));
        }
        return history.patient(patient.build()).sessions(sessions).build();
    }

    Assessment assess() {
        return ENGINE.assess(build());
    }

    /** The decision of the last session added. */
    Decision last() {
        return assess().decision(sessions.get(sessions.size() - 1).id());
    }

    static Money eur(String amount) {
        return Money.parse(amount);
    }

    static UnaryOperator<ImmutableSession.Builder> at(Place place, int minutes) {
        return b -> b.place(place).durationMinutes(minutes);
    }

    static UnaryOperator<ImmutableSession.Builder> asking(String fee) {
        return b -> b.feeAsked(Money.parse(fee));
    }
}
