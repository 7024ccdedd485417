package io.github.inamirules.report;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Band;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Entitlement;
import io.github.inamirules.assessment.Missing;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.assessment.Reason;
import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.assessment.Severity;
import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.model.Approval;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Money;
import io.github.inamirules.model.Patient;
import io.github.inamirules.model.Practitioner;
import io.github.inamirules.model.Prescription;
import io.github.inamirules.model.Profession;
import io.github.inamirules.model.Session;
import io.github.inamirules.physiotherapy.Physiotherapy;
import io.github.inamirules.physiotherapy.Situation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Assessments the report tests draw: a real physiotherapy year, and made-up decisions. */
final class Histories {
    static final LocalDate DATE_2025_01_06 = LocalDate.of(2025, 1, 6);
    static final LocalDate DATE_2025_09_02 = LocalDate.of(2025, 9, 2);
    /** 80 courante sessions on Mondays and Thursdays: 18 courante, 54 dépassement, 8 refused 002. */
    static final int BACK_SESSIONS = 80;
    /** Fa sessions at the practice, whose code no source gives: reimbursed, unpriced. */
    static final int KNEE_SESSIONS = 3;
    static final String HOSTILE = "<script>alert('x')</script>";

    private static final ReimbursementEngine ENGINE = ReimbursementEngine.loadInstalled();

    private Histories() {
    }

    /**
     * A year of physiotherapy in 2025: low-back pain from January, with a non-conventioned
     * practitioner asking a supplement for sessions 10 to 12, beyond the dépassement cap at the end;
     * and a Fa knee on Tuesdays from September, whose code no source gives.
     */
    static Assessment physiotherapyYear() {
        var history = CareHistory.builder().patient(Patient.builder().id("patient-secret-42").build())
                .addPractitioners(Practitioner.builder().id("kine").profession(Physiotherapy.PROFESSION)
                        .addConventionPeriods(DateRange.startingFrom(LocalDate.of(2024, 12, 1))).build())
                .addPractitioners(Practitioner.builder().id("other-kine").profession(Physiotherapy.PROFESSION).build())
                .addEpisodes(Physiotherapy.episode("back", Situation.COURANTE))
                .addEpisodes(Physiotherapy.episode("knee", Situation.FA))
                .addPrescriptions(Prescription.builder().id("rx-back").date(LocalDate.of(2025, 1, 2)).episodeId("back")
                        .build())
                .addPrescriptions(Prescription.builder().id("rx-knee").date(LocalDate.of(2025, 8, 25))
                        .episodeId("knee").build())
                .addApprovals(Approval.builder().id("fa").episodeId("knee").kind(Physiotherapy.FA_NOTIFICATION)
                        .period(DateRange.of(DATE_2025_09_02, LocalDate.of(2026, 9, 2))).build());
        LocalDate day = DATE_2025_01_06;
        for (int i = 1; i <= BACK_SESSIONS; i++) {
            var session = Session.builder().id("back-" + i).date(day).episodeId("back").prescriptionId("rx-back");
            if (i >= 10 && i <= 12) {
                session.practitionerId("other-kine").feeAsked(Money.parse("40.00"));
            } else {
                session.practitionerId("kine");
            }
            history.addSessions(session.build());
            day = day.plusDays(day.getDayOfWeek() == DayOfWeek.MONDAY ? 3 : 4);
        }
        for (int i = 1; i <= KNEE_SESSIONS; i++) {
            history.addSessions(Session.builder().id("knee-" + i).date(DATE_2025_09_02.plusDays(7L * i))
                    .practitionerId("kine").episodeId("knee").prescriptionId("rx-knee").build());
        }
        return ENGINE.assess(history.build());
    }

    /** Made-up decisions over two years whose every text holds markup. */
    static Assessment hostile() {
        Profession profession = Profession.of("made-up");
        Reason reason = Reason.builder().code(HOSTILE).severity(Severity.REFUSAL)
                .ruleId("\"><img src=x onerror=alert(1)>")
                .source("javascript:alert(1)").values(io.github.inamirules.assessment.ReasonValues.ofPairs("x", HOSTILE)).build();
        List<Decision> decisions = new ArrayList<>();
        decisions.add(Decision.builder().sessionId(HOSTILE).date(LocalDate.of(2025, 3, 3)).profession(profession)
                .episodeId("e&<b>").outcome(Outcome.REFUSED).refusalCode(RefusalCode.MAXIMUM_REACHED)
                .usedUpBy("</td><script>alert(2)</script>").band(Band.of("<b>band</b>", 3)).addReasons(reason).build());
        decisions.add(Decision.builder().sessionId("ok-1").date(LocalDate.of(2025, 3, 4)).profession(profession)
                .episodeId("e").outcome(Outcome.REIMBURSED).fee(Money.parse("30.80")).insurance(Money.parse("24.55"))
                .patientShare(Money.parse("6.25")).supplement(Money.parse("1.00")).build());
        decisions.add(Decision.builder().sessionId("undecided-1").date(LocalDate.of(2026, 1, 5)).profession(profession)
                .episodeId("e").outcome(Outcome.INSUFFICIENT_DATA).addMissing(Missing.builder().item(HOSTILE)
                        .impact(Missing.Impact.COVERAGE).date(LocalDate.of(2026, 1, 5)).build()).build());
        return Assessment.builder().addAllDecisions(decisions).addEntitlements(Entitlement.builder().counter(HOSTILE)
                .episodeId("e\u202e<i>").period(DateRange.ofYear(2025)).used(2).limit(3).build()).build();
    }
}
