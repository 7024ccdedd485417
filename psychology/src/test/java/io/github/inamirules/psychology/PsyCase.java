package io.github.inamirules.psychology;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Facts;
import io.github.inamirules.model.ImmutablePatient;
import io.github.inamirules.model.ImmutableSession;
import io.github.inamirules.model.Money;
import io.github.inamirules.model.Patient;
import io.github.inamirules.model.Practitioner;
import io.github.inamirules.model.Prescription;
import io.github.inamirules.model.Session;
import io.github.inamirules.model.Episode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** A fluent builder of clinical-psychology care histories for tests, assessed with the test engine. */
final class PsyCase {
    static final LocalDate FOREVER_FROM = LocalDate.of(2019, 1, 1);

    private final ImmutablePatient.Builder patient = Patient.builder().id("patient");
    private final List<Practitioner> practitioners = new ArrayList<>();
    private final List<Episode> episodes = new ArrayList<>();
    private final List<Prescription> prescriptions = new ArrayList<>();
    private final List<Session> sessions = new ArrayList<>();
    private Assessment assessment;

    private PsyCase() {
    }

    /** A patient born on a day, with a care path {@code path}. */
    static PsyCase born(LocalDate birth) {
        PsyCase c = new PsyCase();
        c.patient.birthDate(birth);
        c.episodes.add(ClinicalPsychology.carePath("path"));
        return c;
    }

    /** A patient without birth date. */
    static PsyCase withoutBirthDate() {
        PsyCase c = new PsyCase();
        c.episodes.add(ClinicalPsychology.carePath("path"));
        return c;
    }

    static Money eur(String amount) {
        return Money.of(new BigDecimal(amount));
    }

    PsyCase preferentialFrom(LocalDate from) {
        patient.addPreferentialPeriods(DateRange.startingFrom(from));
        return this;
    }

    /** A psychologist with an open-ended agreement with a network of a type. */
    PsyCase psychologist(String id, NetworkType type) {
        return practitioner(ClinicalPsychology.agreement(id, "net-" + id, type, DateRange.startingFrom(FOREVER_FROM))
                .build());
    }

    PsyCase practitioner(Practitioner p) {
        practitioners.add(p);
        return this;
    }

    PsyCase path(String id) {
        episodes.add(ClinicalPsychology.carePath(id));
        return this;
    }

    PsyCase referral(String id, LocalDate date, PrescriberRole role) {
        prescriptions.add(ClinicalPsychology.referral(id, "path", date, role).build());
        return this;
    }

    /** Adds a pilot session under a referral, of the required duration. */
    PsyCase pilot(String id, LocalDate date, String psychologist, String referral) {
        return add(Session.builder().id(id).date(date).practitionerId(psychologist).episodeId("path")
                .prescriptionId(referral));
    }

    /** Adds a network session on the default care path. */
    PsyCase network(String id, LocalDate date, String psychologist, PsyFunction f, SessionType type) {
        return network(id, date, null, psychologist, "path", f, type);
    }

    PsyCase network(String id, LocalDate date, LocalTime time, String psychologist, String path, PsyFunction f,
            SessionType type) {
        ImmutableSession.Builder b = Session.builder().id(id).date(date).practitionerId(psychologist).episodeId(path)
                .facts(ClinicalPsychology.session(f, type));
        if (time != null) {
            b.time(time);
        }
        return add(b);
    }

    PsyCase session(Session s) {
        sessions.add(s);
        assessment = null;
        return this;
    }

    PsyCase add(ImmutableSession.Builder b) {
        return session(b.build());
    }

    /** Adds n weekly network sessions from a day, named prefix-1 … prefix-n. */
    PsyCase weekly(String prefix, int n, LocalDate from, String psychologist, PsyFunction f, SessionType type) {
        for (int i = 1; i <= n; i++) {
            network(prefix + "-" + i, from.plusWeeks(i - 1L), psychologist, f, type);
        }
        return this;
    }

    CareHistory history() {
        return CareHistory.builder().patient(patient.build()).practitioners(practitioners).episodes(episodes)
                .prescriptions(prescriptions).sessions(sessions).build();
    }

    Assessment assess() {
        if (assessment == null) {
            assessment = TestRateModules.ENGINE.assess(history());
        }
        return assessment;
    }

    /** The history assessed with another engine (not cached). */
    Assessment assess(io.github.inamirules.engine.ReimbursementEngine engine) {
        return engine.assess(history());
    }

    Decision decision(String id) {
        return assess().decision(id);
    }

    static Facts facts(PsyFunction f, SessionType t) {
        return ClinicalPsychology.session(f, t);
    }
}
