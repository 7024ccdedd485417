package io.github.inamirules.complementary;

import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Episode;
import io.github.inamirules.model.Money;
import io.github.inamirules.model.Patient;
import io.github.inamirules.model.Practitioner;
import io.github.inamirules.model.Prescription;
import io.github.inamirules.model.Session;
import io.github.inamirules.occupational.Convention;
import io.github.inamirules.occupational.OccupationalTherapy;
import io.github.inamirules.occupational.OccupationalTherapyRuleSet;
import io.github.inamirules.occupational.Service;
import io.github.inamirules.physiotherapy.Physiotherapy;
import io.github.inamirules.physiotherapy.PhysiotherapyRuleSet;
import io.github.inamirules.physiotherapy.Situation;
import io.github.inamirules.psychology.ClinicalPsychology;
import io.github.inamirules.psychology.ClinicalPsychologyRuleSet;
import io.github.inamirules.psychology.NetworkType;
import io.github.inamirules.psychology.PsyFunction;
import io.github.inamirules.psychology.SessionType;
import io.github.inamirules.rates2024.Rates2024;
import io.github.inamirules.rates2025.Rates2025;
import io.github.inamirules.rates2026.Rates2026;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Care histories built with the profession modules' public API, as a user builds them, and the engine
 * that assesses them (rates-2024 to rates-2026).
 */
final class Histories {
    static final ReimbursementEngine ENGINE = ReimbursementEngine.builder().ruleSet(new ClinicalPsychologyRuleSet())
            .ruleSet(new PhysiotherapyRuleSet()).ruleSet(new OccupationalTherapyRuleSet()).rateModule(new Rates2024())
            .rateModule(new Rates2025()).rateModule(new Rates2026()).build();
    static final LocalDate BORN = LocalDate.of(1980, 5, 1);

    private final List<Practitioner> practitioners = new ArrayList<>();
    private final List<Episode> episodes = new ArrayList<>();
    private final List<Prescription> prescriptions = new ArrayList<>();
    private final List<Session> sessions = new ArrayList<>();
    private final Patient patient;

    private Histories(Patient patient) {
        this.patient = patient;
    }

    /** An adult patient with a care path {@code path}, a psychologist {@code free} outside the conventions
     * and a psychologist {@code conv} agreed with an adults' network. */
    static Histories adult() {
        Histories h = new Histories(Patient.builder().id("patient").birthDate(BORN).build());
        h.episodes.add(ClinicalPsychology.carePath("path"));
        h.practitioners.add(ClinicalPsychology.practitioner("free").build());
        h.practitioners.add(ClinicalPsychology.agreement("conv", "net-1", NetworkType.ADULTS,
                DateRange.startingFrom(LocalDate.of(2024, 4, 1))).build());
        return h;
    }

    static Money eur(String amount) {
        return Money.of(new BigDecimal(amount));
    }

    /** A patient born on a day (or without birth date if null), preferential or not, with the two psychologists. */
    static Histories patient(LocalDate birth, boolean preferential) {
        var p = Patient.builder().id("patient");
        if (birth != null) {
            p.birthDate(birth);
        }
        if (preferential) {
            p.addPreferentialPeriods(DateRange.startingFrom(LocalDate.of(2000, 1, 1)));
        }
        Histories h = new Histories(p.build());
        h.episodes.add(ClinicalPsychology.carePath("path"));
        h.practitioners.add(ClinicalPsychology.practitioner("free").build());
        h.practitioners.add(ClinicalPsychology.agreement("conv", "net-1", NetworkType.ADULTS,
                DateRange.startingFrom(LocalDate.of(2024, 4, 1))).build());
        return h;
    }

    /** A psychology session with a psychologist ({@code free} or {@code conv}). */
    Histories psy(String id, LocalDate date, String psychologist) {
        return psy(id, date, psychologist, null);
    }

    /** A psychology session with a psychologist, asking a fee (or none if null). */
    Histories psy(String id, LocalDate date, String psychologist, String feeAsked) {
        var b = Session.builder().id(id).date(date).practitionerId(psychologist).episodeId("path")
                .facts(ClinicalPsychology.session(PsyFunction.FIRST_LINE_SUPPORT, SessionType.INDIVIDUAL));
        if (feeAsked != null) {
            b.feeAsked(eur(feeAsked));
        }
        sessions.add(b.build());
        return this;
    }

    /** Weekly sessions prefix-1 … prefix-n with a psychologist from a day. */
    Histories weeklyPsy(String prefix, int n, LocalDate from, String psychologist) {
        for (int i = 1; i <= n; i++) {
            psy(prefix + "-" + i, from.plusWeeks(i - 1L), psychologist);
        }
        return this;
    }

    /** Courante physiotherapy sessions with a non-conventioned physiotherapist asking a fee. */
    Histories physio(int n, LocalDate from, String feeAsked) {
        if (episodes.stream().noneMatch(e -> e.id().equals("knee"))) {
            practitioners.add(Practitioner.builder().id("kine").profession(Physiotherapy.PROFESSION).build());
            episodes.add(Physiotherapy.episode("knee", Situation.COURANTE));
            prescriptions.add(Prescription.builder().id("rx-kine").date(from.minusDays(3)).episodeId("knee").build());
        }
        for (int i = 1; i <= n; i++) {
            sessions.add(Session.builder().id("kine-" + i).date(from.plusWeeks(i - 1L)).practitionerId("kine")
                    .episodeId("knee").prescriptionId("rx-kine").feeAsked(eur(feeAsked)).build());
        }
        return this;
    }

    /** Occupational therapy at home after a programme that ended a week before: the observation bilan. */
    Histories occupational(LocalDate programmeEnd) {
        practitioners.add(OccupationalTherapy.practitioner("ergo", "5-12345-67-890").build());
        episodes.add(OccupationalTherapy.programme("stroke", "CRF", Convention.C771, programmeEnd));
        prescriptions.add(OccupationalTherapy.prescription("rx-ergo", "stroke", programmeEnd.minusDays(4),
                io.github.inamirules.occupational.PrescriberRole.REHABILITATION_PHYSICIAN, "CRF").build());
        sessions.add(Session.builder().id("ergo-1").date(programmeEnd.plusDays(7)).practitionerId("ergo")
                .episodeId("stroke").prescriptionId("rx-ergo")
                .facts(OccupationalTherapy.at(Service.OBSERVATION_BILAN, io.github.inamirules.occupational.Place.HOME))
                .build());
        return this;
    }

    CareHistory history() {
        return CareHistory.builder().patient(patient).practitioners(practitioners).episodes(episodes)
                .prescriptions(prescriptions).sessions(sessions).build();
    }
}
