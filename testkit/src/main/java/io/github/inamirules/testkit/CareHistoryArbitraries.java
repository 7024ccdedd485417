package io.github.inamirules.testkit;

import io.github.inamirules.model.Approval;
import io.github.inamirules.model.ApprovalKind;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.ImmutableCareHistory;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries of valid physiotherapy care histories, for users' property tests:
 *
 * <pre>{@code
 * @Property
 * void amountsAddUp(@ForAll("histories") CareHistory history) {
 *     Assessment a = engine.assess(history);
 *     assertThat(a.totalInsurance().plus(a.totalPatientShare())).isEqualTo(a.totalFee());
 * }
 *
 * @Provide
 * Arbitrary<CareHistory> histories() {
 *     return CareHistoryArbitraries.physiotherapy();
 * }
 * }</pre>
 *
 * <p><b>Years covered: 2025 only.</b> Every session is dated in the calendar year 2025
 * ({@code [2025-01-01, 2026-01-01)}), the one year a rate module ({@code inami-rules-rates-2025}) exists
 * for; that module must be on the class path of the test. Prescriptions may be dated in late 2024.
 *
 * <p>Every history is valid input: the engine assesses it without exception. Valid does not mean
 * reimbursed: caps are reached, a second session the same day is refused, a session in a rest home may
 * have no published fee, so all three outcomes occur (about a third each for the mixed arbitrary).
 * What a history holds:
 * <ul>
 *   <li>patient {@code patient}, preferential (BIM) from some day of 2025 in about a third of the
 *       histories;</li>
 *   <li>practitioners {@code kine-conventioned} (conventioned from 2025-02-01, when the M/25
 *       convention started, or from another day of 2025) and {@code kine-free} (never conventioned);
 *       about two sessions in three are by the conventioned one;</li>
 *   <li>pathologies {@code p1}, {@code p2}, … (Fa ones polytrauma now and then), each with one
 *       prescription {@code rx-p1}, … dated 1 to 10 days before the pathology's first session;</li>
 *   <li>the approvals each situation needs, over the whole treatment: an Fa or Fb notification, an E
 *       agreement (one year, within the three-year maximum), and the additional-courante-pathology
 *       approval for every courante pathology but the first of the year;</li>
 *   <li>sessions {@code p1-1}, {@code p1-2}, … numbered per pathology in date order, mostly 30 minutes
 *       in the practice (palliative ones mostly at home), now and then at home or in a rest home (then
 *       20 minutes), with or without a fee asked.</li>
 * </ul>
 *
 * <p>Stateless; the arbitraries are immutable and can be shared.
 */
public final class CareHistoryArbitraries {
    /** First day of the years covered. */
    static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);
    /** Number of days covered. */
    static final int DAYS = 365;
    private static final LocalDate M25_START = LocalDate.of(2025, 2, 1);
    private static final String CONVENTIONED = "kine-conventioned";
    private static final String FREE = "kine-free";

    private CareHistoryArbitraries() {
    }

    /**
     * Returns 2025 physiotherapy histories of one to four pathologies of mixed situations, courante
     * pathologies being the most frequent, with up to 90 sessions.
     *
     * @return the arbitrary
     */
    public static Arbitrary<CareHistory> physiotherapy() {
        Arbitrary<Situation> situations = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(Situation.COURANTE)), Tuple.of(3, Arbitraries.of(Situation.class)));
        return histories(situations, 4, 90);
    }

    /**
     * Returns 2025 physiotherapy histories whose pathologies (one to three) are all of one situation,
     * with up to 60 sessions.
     *
     * @param situation the situation of every pathology
     * @return the arbitrary
     */
    public static Arbitrary<CareHistory> physiotherapy(Situation situation) {
        Objects.requireNonNull(situation, "situation");
        return histories(Arbitraries.just(situation), 3, 60);
    }

    private static Arbitrary<CareHistory> histories(Arbitrary<Situation> situation, int maxPathologies,
            int maxSessions) {
        Arbitrary<List<PathologySpec>> pathologies = Combinators.combine(situation,
                Arbitraries.integers().between(1, 10), Arbitraries.of(true, false, false, false))
                .as(PathologySpec::new).list().ofMinSize(1).ofMaxSize(maxPathologies);
        Arbitrary<List<SessionSpec>> sessions = Combinators.combine(Arbitraries.integers().between(0, 99), day(),
                Arbitraries.frequency(Tuple.of(2, CONVENTIONED), Tuple.of(1, FREE)),
                Arbitraries.frequency(Tuple.of(8, Place.PRACTICE), Tuple.of(1, Place.HOME), Tuple.of(1, Place.REST_HOME)),
                Arbitraries.frequency(Tuple.of(9, 30), Tuple.of(1, 20)),
                Arbitraries.of("", "30.80", "40.00", "25.00"))
                .as(SessionSpec::new).list().ofMinSize(1).ofMaxSize(maxSessions);
        Arbitrary<Optional<LocalDate>> preferentialFrom = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(Optional.<LocalDate>empty())), Tuple.of(1, day().map(Optional::of)));
        Arbitrary<LocalDate> conventionFrom = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(M25_START)),
                Tuple.of(1, day()));
        return Combinators.combine(pathologies, sessions, preferentialFrom, conventionFrom)
                .as(CareHistoryArbitraries::history);
    }

    private static Arbitrary<LocalDate> day() {
        return Arbitraries.integers().between(0, DAYS - 1).map(FIRST_DAY::plusDays);
    }

    private static CareHistory history(List<PathologySpec> pathologies, List<SessionSpec> specs,
            Optional<LocalDate> preferentialFrom, LocalDate conventionFrom) {
        ImmutableCareHistory.Builder b = CareHistory.builder();
        var patient = Patient.builder().id("patient");
        preferentialFrom.ifPresent(from -> patient.addPreferentialPeriods(DateRange.startingFrom(from)));
        b.patient(patient.build());
        b.addPractitioners(Practitioner.builder().id(CONVENTIONED).profession(Profession.PHYSIOTHERAPY)
                .addConventionPeriods(DateRange.startingFrom(conventionFrom)).build());
        b.addPractitioners(Practitioner.builder().id(FREE).profession(Profession.PHYSIOTHERAPY).build());
        List<SessionSpec> sorted = new ArrayList<>(specs);
        sorted.sort(Comparator.comparing((SessionSpec s) -> s.date));
        Map<Integer, LocalDate> firstSession = new HashMap<>();
        for (SessionSpec s : sorted) {
            firstSession.putIfAbsent(s.pathology % pathologies.size(), s.date);
        }
        int firstCourante = firstCourante(pathologies, firstSession);
        for (int i = 0; i < pathologies.size(); i++) {
            PathologySpec p = pathologies.get(i);
            String id = pathologyId(i);
            // A pathology without sessions still gets its prescription and approval: valid, just unused.
            LocalDate prescribed = firstSession.getOrDefault(i, FIRST_DAY).minusDays(p.prescriptionLeadDays);
            b.addPathologies(Pathology.builder().id(id).situation(p.situation)
                    .polytrauma(p.polytrauma && p.situation == Situation.FA).build());
            b.addPrescriptions(Prescription.builder().id("rx-" + id).pathologyId(id).date(prescribed).build());
            approvalFor(p.situation, i != firstCourante).ifPresent(kind -> b.addApprovals(Approval.builder()
                    .id(kind.name().toLowerCase(Locale.ROOT) + "-" + id).pathologyId(id).kind(kind)
                    .period(DateRange.of(prescribed, prescribed.plusYears(1))).build()));
        }
        Map<Integer, Integer> numbers = new HashMap<>();
        for (SessionSpec s : sorted) {
            int p = s.pathology % pathologies.size();
            int n = numbers.merge(p, 1, Integer::sum);
            b.addSessions(session(pathologyId(p) + "-" + n, pathologyId(p), pathologies.get(p).situation, s));
        }
        return b.build();
    }

    /** The courante pathology whose first session comes first: the one that needs no approval. */
    private static int firstCourante(List<PathologySpec> pathologies, Map<Integer, LocalDate> firstSession) {
        int first = -1;
        for (int i = 0; i < pathologies.size(); i++) {
            LocalDate day = firstSession.getOrDefault(i, FIRST_DAY);
            if (pathologies.get(i).situation == Situation.COURANTE
                    && (first < 0 || day.isBefore(firstSession.getOrDefault(first, FIRST_DAY)))) {
                first = i;
            }
        }
        return first;
    }

    /** Fa and Fb need a notification, E an agreement, a 2nd or 3rd courante pathology an approval. */
    private static Optional<ApprovalKind> approvalFor(Situation situation, boolean additionalCourante) {
        if (situation == Situation.COURANTE && additionalCourante) {
            return Optional.of(ApprovalKind.ADDITIONAL_COURANTE_PATHOLOGY);
        }
        return situation.requiredApproval();
    }

    private static Session session(String id, String pathologyId, Situation situation, SessionSpec s) {
        Place place = s.place;
        if (situation == Situation.PALLIATIVE_HOME) {
            // Palliative sessions are for patients at home; keep a few elsewhere, which are refused.
            place = s.place == Place.PRACTICE ? Place.HOME : Place.PRACTICE;
        }
        var session = Session.builder().id(id).date(s.date).practitionerId(s.practitioner).pathologyId(pathologyId)
                .prescriptionId("rx-" + pathologyId).place(place)
                .durationMinutes(place == Place.REST_HOME ? 20 : s.minutes);
        if (!s.feeAsked.isEmpty()) {
            session.feeAsked(Money.parse(s.feeAsked));
        }
        return session.build();
    }

    private static String pathologyId(int index) {
        return "p" + (index + 1);
    }

    /** What is drawn for one pathology. */
    private static final class PathologySpec {
        final Situation situation;
        final int prescriptionLeadDays;
        final boolean polytrauma;

        PathologySpec(Situation situation, int prescriptionLeadDays, boolean polytrauma) {
            this.situation = situation;
            this.prescriptionLeadDays = prescriptionLeadDays;
            this.polytrauma = polytrauma;
        }
    }

    /** What is drawn for one session; {@code pathology} is taken modulo the number of pathologies. */
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
