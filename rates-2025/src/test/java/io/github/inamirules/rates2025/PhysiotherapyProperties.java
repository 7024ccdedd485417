package io.github.inamirules.rates2025;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Entitlement;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.model.Approval;
import io.github.inamirules.model.ApprovalKind;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.DateRange;
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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of the physiotherapy rule set over random 2025 care histories: amounts add up, no
 * session is lost, input order does not matter, counters never go backwards, and the past does not
 * depend on the future.
 */
class PhysiotherapyProperties {
    private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);

    @Property(tries = 150)
    void everySessionGetsExactlyOneDecision_inInputOrder(@ForAll("histories") CareHistory history) {
        Assessment a = PhysioCase.ENGINE.assess(history);
        assertThat(a.decisions()).extracting(Decision::sessionId)
                .containsExactlyElementsOf(history.sessions().stream().map(Session::id).toList());
    }

    @Property(tries = 150)
    void amountsAddUp(@ForAll("histories") CareHistory history) {
        Assessment a = PhysioCase.ENGINE.assess(history);
        for (Decision d : a.decisions()) {
            Statistics.label("outcome").collect(d.outcome());
            assertThat(d.supplement().isNegative()).isFalse();
            d.insurance().ifPresent(i -> assertThat(i.isNegative()).as("insurance of %s", d).isFalse());
            d.patientShare().ifPresent(s -> assertThat(s.isNegative()).as("patient share of %s", d).isFalse());
            if (d.fee().isPresent() && d.insurance().isPresent() && d.patientShare().isPresent()) {
                assertThat(d.insurance().get().plus(d.patientShare().get())).isEqualTo(d.fee().get());
            }
            if (d.outcome() == Outcome.REFUSED) {
                assertThat(d.insurance()).contains(Money.ZERO);
                assertThat(d.refusalCode()).isPresent();
            }
        }
        assertThat(a.totalInsurance().plus(a.totalPatientShare())).isEqualTo(a.totalFee());
        // The generator must exercise all three outcomes, or the property proves little.
        Statistics.label("outcome").coverage(c -> {
            c.check(Outcome.REIMBURSED).percentage(p -> p > 10);
            c.check(Outcome.REFUSED).percentage(p -> p > 5);
            c.check(Outcome.INSUFFICIENT_DATA).percentage(p -> p > 5);
        });
    }

    @Property(tries = 100)
    void inputOrderDoesNotMatter(@ForAll("histories") CareHistory history, @ForAll long seed) {
        List<Session> shuffled = new ArrayList<>(history.sessions());
        Collections.shuffle(shuffled, new Random(seed));
        CareHistory other = CareHistory.builder().from(history).sessions(shuffled).build();
        Map<String, Decision> before = byId(PhysioCase.ENGINE.assess(history));
        Map<String, Decision> after = byId(PhysioCase.ENGINE.assess(other));
        assertThat(after).isEqualTo(before);
        assertThat(PhysioCase.ENGINE.assess(other).entitlements())
                .containsExactlyInAnyOrderElementsOf(PhysioCase.ENGINE.assess(history).entitlements());
    }

    @Property(tries = 100)
    void laterSessionsChangeNoEarlierDecision_andCountersNeverGoBackwards(
            @ForAll("histories") CareHistory history, @ForAll("days") LocalDate cut) {
        List<Session> early = history.sessions().stream().filter(s -> !s.date().isAfter(cut)).toList();
        CareHistory prefix = CareHistory.builder().from(history).sessions(early).build();
        Assessment full = PhysioCase.ENGINE.assess(history);
        Assessment partial = PhysioCase.ENGINE.assess(prefix);
        for (Decision d : partial.decisions()) {
            assertThat(full.decision(d.sessionId())).isEqualTo(d);
        }
        Map<String, Integer> fullCounts = full.entitlements().stream()
                .collect(Collectors.toMap(PhysiotherapyProperties::key, Entitlement::used));
        for (Entitlement e : partial.entitlements()) {
            assertThat(fullCounts.get(key(e))).as(key(e)).isGreaterThanOrEqualTo(e.used());
        }
    }

    private static String key(Entitlement e) {
        return e.counter() + "|" + e.pathologyId().orElse("") + "|" + e.period();
    }

    private static Map<String, Decision> byId(Assessment a) {
        return a.decisions().stream().collect(Collectors.toMap(Decision::sessionId, Function.identity()));
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 364).map(JAN_1::plusDays);
    }

    @Provide
    Arbitrary<CareHistory> histories() {
        Arbitrary<List<Situation>> situations = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(Situation.COURANTE)), Tuple.of(3, Arbitraries.of(Situation.class)))
                .list().ofMinSize(1).ofMaxSize(4);
        Arbitrary<List<SessionSpec>> sessions = Combinators.combine(
                Arbitraries.integers().between(0, 3), days(), Arbitraries.of("conv", "free"),
                Arbitraries.frequency(Tuple.of(8, Place.PRACTICE), Tuple.of(1, Place.HOME),
                        Tuple.of(1, Place.REST_HOME)),
                Arbitraries.frequency(Tuple.of(9, 30), Tuple.of(1, 20)),
                Arbitraries.of("", "30.80", "40.00", "25.00"))
                .as(SessionSpec::new).list().ofMinSize(1).ofMaxSize(90);
        return Combinators.combine(situations, sessions, Arbitraries.of(true, false), days(), days())
                .as(PhysiotherapyProperties::history);
    }

    private static CareHistory history(List<Situation> situations, List<SessionSpec> specs, boolean preferential,
            LocalDate preferentialFrom, LocalDate conventionFrom) {
        var b = CareHistory.builder();
        var patient = Patient.builder().id("patient");
        if (preferential) {
            patient.addPreferentialPeriods(DateRange.startingFrom(preferentialFrom));
        }
        b.patient(patient.build());
        b.addPractitioners(Practitioner.builder().id("conv").profession(Profession.PHYSIOTHERAPY)
                .addConventionPeriods(DateRange.startingFrom(conventionFrom)).build());
        b.addPractitioners(Practitioner.builder().id("free").profession(Profession.PHYSIOTHERAPY).build());
        for (int i = 0; i < situations.size(); i++) {
            String id = "p" + i;
            b.addPathologies(Pathology.builder().id(id).situation(situations.get(i)).build());
            int index = i;
            LocalDate first = specs.stream().filter(s -> s.pathology % situations.size() == index)
                    .map(s -> s.date).min(LocalDate::compareTo).orElse(JAN_1);
            b.addPrescriptions(Prescription.builder().id("rx" + i).date(first.minusDays(3)).pathologyId(id).build());
            ApprovalKind kind = approvalFor(situations.get(i), i);
            if (kind != null) {
                b.addApprovals(Approval.builder().id("a" + i).pathologyId(id).kind(kind)
                        .period(DateRange.of(JAN_1, LocalDate.of(2026, 1, 1))).build());
            }
        }
        int n = 0;
        for (SessionSpec s : specs) {
            int p = s.pathology % situations.size();
            int minutes = s.place == Place.REST_HOME ? 20 : s.minutes;
            var session = Session.builder().id("s" + n++).date(s.date).practitionerId(s.practitioner)
                    .pathologyId("p" + p).prescriptionId("rx" + p).place(s.place).durationMinutes(minutes);
            if (!s.feeAsked.isEmpty()) {
                session.feeAsked(Money.parse(s.feeAsked));
            }
            b.addSessions(session.build());
        }
        return b.build();
    }

    private static ApprovalKind approvalFor(Situation situation, int index) {
        switch (situation) {
            case FA:
                return ApprovalKind.FA_NOTIFICATION;
            case FB:
                return ApprovalKind.FB_NOTIFICATION;
            case E:
                return ApprovalKind.E_AGREEMENT;
            case COURANTE:
                return index % 2 == 1 ? ApprovalKind.ADDITIONAL_COURANTE_PATHOLOGY : null;
            default:
                return null;
        }
    }

    private static final class SessionSpec {
        final int pathology;
        final LocalDate date;
        final String practitioner;
        final Place place;
        final int minutes;
        final String feeAsked;

        SessionSpec(int pathology, LocalDate date, String practitioner, Place place, int minutes, String feeAsked) {
            this.pathology = pathology;
            this.date = date;
            this.practitioner = practitioner;
            this.place = place;
            this.minutes = minutes;
            this.feeAsked = feeAsked;
        }
    }
}
