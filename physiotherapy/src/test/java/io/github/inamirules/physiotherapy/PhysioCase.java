package io.github.inamirules.physiotherapy;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.model.Approval;
import io.github.inamirules.model.ApprovalKind;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.EpisodeKind;
import io.github.inamirules.model.ImmutableCareHistory;
import io.github.inamirules.model.ImmutablePatient;
import io.github.inamirules.model.ImmutablePrescription;
import io.github.inamirules.model.ImmutableSession;
import io.github.inamirules.model.Money;
import io.github.inamirules.model.Patient;
import io.github.inamirules.model.Prescription;
import io.github.inamirules.model.Session;
import io.github.inamirules.rates2024.Rates2024;
import io.github.inamirules.rates2025.Rates2025;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A fluent builder of physiotherapy care histories for tests, assessed against the real rates-2025
 * module (or, from {@link #from2024()}, rates-2024 and rates-2025): one patient, practitioner "conv" (conventioned from 2025-02-01, when M/25 started) and
 * "free" (never conventioned), and whatever pathologies, prescriptions, approvals and sessions a test
 * adds. Each pathology "ID" gets a prescription "rx-ID"; its sessions are "ID-1", "ID-2"… Public for the
 * regression tests of the {@code issues} package.
 */
public final class PhysioCase {
    /** The engine of every test: the physiotherapy rule set and the real 2025 rates. */
    public static final ReimbursementEngine ENGINE = ReimbursementEngine.builder().ruleSet(new PhysiotherapyRuleSet())
            .rateModule(new Rates2025()).build();
    /** An engine with the real 2024 and 2025 rates, for cases of 2024 and across the turn of the year. */
    public static final ReimbursementEngine ENGINE_2024_2025 = ReimbursementEngine.builder()
            .ruleSet(new PhysiotherapyRuleSet()).rateModule(new Rates2024()).rateModule(new Rates2025()).build();
    public static final LocalDate M24_START = LocalDate.of(2024, 1, 1);
    public static final LocalDate M25_START = LocalDate.of(2025, 2, 1);

    private final ImmutableCareHistory.Builder history = CareHistory.builder();
    private final List<Session> sessions = new ArrayList<>();
    private final ReimbursementEngine engine;
    private final DateRange preferentialPeriod;
    private boolean preferential;

    private PhysioCase(ReimbursementEngine engine, LocalDate conventionedFrom, DateRange preferentialPeriod) {
        this.engine = engine;
        this.preferentialPeriod = preferentialPeriod;
        history.addPractitioners(Physiotherapy.practitioner("conv")
                .addConventionPeriods(DateRange.startingFrom(conventionedFrom)).build());
        history.addPractitioners(Physiotherapy.practitioner("free").build());
    }

    /** A 2025 case: "conv" conventioned from 2025-02-01, preferential over 2025, assessed with rates-2025. */
    public static PhysioCase create() {
        return new PhysioCase(ENGINE, M25_START, DateRange.ofYear(2025));
    }

    /**
     * A case from 2024 on: "conv" conventioned from 2024-01-01 (M/24; it stays conventioned in 2025, when
     * no convention was in force in January), preferential over 2024 and 2025, assessed with rates-2024
     * and rates-2025.
     */
    public static PhysioCase from2024() {
        return new PhysioCase(ENGINE_2024_2025, M24_START,
                DateRange.of(M24_START, LocalDate.of(2026, 1, 1)));
    }

    /** Adds a pathology and a prescription "rx-ID" for it dated {@code prescribed}. */
    public PhysioCase pathology(String id, EpisodeKind situation, LocalDate prescribed) {
        return pathology(id, situation, prescribed, UnaryOperator.identity());
    }

    /** Adds a pathology and a prescription "rx-ID" for it, completed by {@code rx}. */
    public PhysioCase pathology(String id, EpisodeKind situation, LocalDate prescribed,
            UnaryOperator<ImmutablePrescription.Builder> rx) {
        history.addEpisodes(Physiotherapy.episode(id, situation));
        history.addPrescriptions(rx.apply(Prescription.builder().id("rx-" + id).date(prescribed).episodeId(id))
                .build());
        return this;
    }

    /** Adds an Fa polytrauma pathology and its prescription. */
    public PhysioCase polytrauma(String id, LocalDate prescribed) {
        history.addEpisodes(Physiotherapy.polytrauma(id));
        history.addPrescriptions(Prescription.builder().id("rx-" + id).date(prescribed).episodeId(id).build());
        return this;
    }

    /** Adds an approval with id "KIND-EPISODE-START". */
    public PhysioCase approval(String episodeId, ApprovalKind kind, DateRange period) {
        history.addApprovals(Approval.builder().id(kind.id() + "-" + episodeId + "-" + period.start())
                .episodeId(episodeId).kind(kind).period(period).build());
        return this;
    }

    /** Makes the patient preferential (BIM) over the case's year(s). */
    public PhysioCase preferential() {
        this.preferential = true;
        return this;
    }

    /** Adds one session "ID-N" (N = running number of that pathology). */
    public PhysioCase session(String episodeId, LocalDate date, String practitioner,
            UnaryOperator<ImmutableSession.Builder> more) {
        long n = sessions.stream().filter(s -> s.episodeId().equals(episodeId)).count() + 1;
        ImmutableSession.Builder b = Session.builder().id(episodeId + "-" + n).date(date)
                .practitionerId(practitioner).episodeId(episodeId).prescriptionId("rx-" + episodeId);
        sessions.add(more.apply(b).build());
        return this;
    }

    /** Adds one session with an explicit id. */
    public PhysioCase sessionWithId(String id, String episodeId, LocalDate date, String practitioner,
            UnaryOperator<ImmutableSession.Builder> more) {
        sessions.add(more.apply(Session.builder().id(id).date(date).practitionerId(practitioner)
                .episodeId(episodeId).prescriptionId("rx-" + episodeId)).build());
        return this;
    }

    public PhysioCase session(String episodeId, LocalDate date, String practitioner) {
        return session(episodeId, date, practitioner, UnaryOperator.identity());
    }

    /** Adds {@code count} daily sessions from {@code first}. */
    public PhysioCase daily(String episodeId, LocalDate first, int count, String practitioner) {
        return daily(episodeId, first, count, practitioner, UnaryOperator.identity());
    }

    public PhysioCase daily(String episodeId, LocalDate first, int count, String practitioner,
            UnaryOperator<ImmutableSession.Builder> more) {
        for (int i = 0; i < count; i++) {
            session(episodeId, first.plusDays(i), practitioner, more);
        }
        return this;
    }

    /** The sessions added so far, in the order they were added. */
    public List<Session> sessions() {
        return List.copyOf(sessions);
    }

    public CareHistory build() {
        return build(sessions);
    }

    /** The history with other sessions (the same ones reordered, say). */
    public CareHistory build(List<Session> theSessions) {
        ImmutablePatient.Builder patient = Patient.builder().id("patient");
        if (preferential) {
            patient.addPreferentialPeriods(preferentialPeriod);
        }
        return history.patient(patient.build()).sessions(theSessions).build();
    }

    public Assessment assess() {
        return engine.assess(build());
    }

    /** The decision of the last session added. */
    public Decision last() {
        return assess().decision(sessions.get(sessions.size() - 1).id());
    }

    public static Money eur(String amount) {
        return Money.parse(amount);
    }

    public static UnaryOperator<ImmutableSession.Builder> at(Place place) {
        return b -> b.facts(Physiotherapy.at(place));
    }

    public static UnaryOperator<ImmutableSession.Builder> at(Place place, int minutes) {
        return b -> b.facts(Physiotherapy.at(place)).minutes(minutes);
    }

    public static UnaryOperator<ImmutableSession.Builder> asking(String fee) {
        return b -> b.feeAsked(Money.parse(fee));
    }
}
