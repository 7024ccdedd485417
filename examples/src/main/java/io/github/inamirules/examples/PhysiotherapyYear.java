package io.github.inamirules.examples;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Entitlement;
import io.github.inamirules.assessment.Reason;
import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.model.Approval;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Money;
import io.github.inamirules.model.Patient;
import io.github.inamirules.model.Practitioner;
import io.github.inamirules.model.Prescription;
import io.github.inamirules.model.Session;
import io.github.inamirules.physiotherapy.Physiotherapy;
import io.github.inamirules.physiotherapy.Situation;
import java.io.PrintStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Prints a worked year of physiotherapy for one patient: each session's date, band, nomenclature
 * code, fee, insurance amount, patient share, supplement and reasons.
 *
 * <p>The patient has low-back pain (courante) treated twice a week from January by a practitioner
 * who joins the M/25 convention on 1 February, then by a non-conventioned practitioner asking 40.00
 * from May; an Fa knee treatment after surgery in the autumn. Run with an optional language argument:
 * {@code fr}, {@code nl} or {@code en} (default).
 */
public final class PhysiotherapyYear {
    private PhysiotherapyYear() {
    }

    /**
     * Runs the example.
     *
     * @param args optional: the language of the reasons, {@code fr}, {@code nl} or {@code en}
     */
    public static void main(String[] args) {
        Locale locale = Locale.forLanguageTag(args.length > 0 ? args[0] : "en");
        ReimbursementEngine engine = ReimbursementEngine.loadInstalled();
        CareHistory history = history();
        Assessment assessment = engine.assess(history);
        print(assessment, locale, System.out);
    }

    /**
     * Builds the example's care history.
     *
     * @return the history
     */
    public static CareHistory history() {
        var b = CareHistory.builder()
                .patient(Patient.builder().id("patient-1").build())
                .addPractitioners(Practitioner.builder().id("kine-A").profession(Physiotherapy.PROFESSION)
                        .addConventionPeriods(DateRange.startingFrom(LocalDate.of(2025, 2, 1))).build())
                .addPractitioners(Practitioner.builder().id("kine-B").profession(Physiotherapy.PROFESSION).build())
                .addEpisodes(Physiotherapy.episode("low-back", Situation.COURANTE))
                .addEpisodes(Physiotherapy.episode("knee", Situation.FA))
                .addPrescriptions(Prescription.builder().id("rx-back").date(LocalDate.of(2025, 1, 6))
                        .episodeId("low-back").numberOfSessions(30).build())
                .addPrescriptions(Prescription.builder().id("rx-knee").date(LocalDate.of(2025, 9, 22))
                        .episodeId("knee").numberOfSessions(20).build())
                .addApprovals(Approval.builder().id("fa-knee").episodeId("knee").kind(Physiotherapy.FA_NOTIFICATION)
                        .period(DateRange.startingFrom(LocalDate.of(2025, 9, 24))).build());
        LocalDate day = LocalDate.of(2025, 1, 13);
        for (int i = 1; i <= 34; i++) {
            String practitioner = day.isBefore(LocalDate.of(2025, 5, 1)) ? "kine-A" : "kine-B";
            var session = Session.builder().id("back-" + i).date(day).practitionerId(practitioner)
                    .episodeId("low-back").prescriptionId("rx-back");
            if (practitioner.equals("kine-B")) {
                session.feeAsked(Money.parse("40.00"));
            }
            b.addSessions(session.build());
            day = day.plusDays(day.getDayOfWeek() == DayOfWeek.MONDAY ? 3 : 4);
        }
        b.addSessions(Session.builder().id("back-same-day").date(LocalDate.of(2025, 1, 13)).practitionerId("kine-A")
                .episodeId("low-back").prescriptionId("rx-back").build());
        for (int i = 1; i <= 3; i++) {
            b.addSessions(Session.builder().id("knee-" + i).date(LocalDate.of(2025, 9, 22).plusWeeks(i))
                    .practitionerId("kine-A").episodeId("knee").prescriptionId("rx-knee").build());
        }
        return b.build();
    }

    /**
     * Prints an assessment as a table, then the counters and totals.
     *
     * @param assessment the assessment
     * @param locale the language of the reasons
     * @param out where to print
     */
    public static void print(Assessment assessment, Locale locale, PrintStream out) {
        out.printf("%-14s %-10s %-26s %-7s %7s %7s %7s %7s  %s%n", "session", "date", "band (rank)", "code",
                "fee", "insur.", "patient", "suppl.", "outcome and reasons");
        for (Decision d : assessment.decisions()) {
            String band = d.band().map(b -> b.label(locale) + b.rank().map(r -> " (" + r + ")").orElse(""))
                    .orElse("-");
            out.printf("%-14s %-10s %-26s %-7s %7s %7s %7s %7s  %s%s%n", d.sessionId(), d.date(), band,
                    d.nomenclatureCode().orElse("-"), text(d.fee()), text(d.insurance()), text(d.patientShare()),
                    d.supplement(), d.outcome(), d.refusalCode().map(c -> " " + c.code()).orElse(""));
            for (Reason r : d.reasons()) {
                out.printf("%14s   %s [%s] %s%n", "", r.code(), r.ruleId(), r.message(locale));
            }
        }
        out.println();
        for (Entitlement e : assessment.entitlements()) {
            out.printf("%-28s %-10s %-26s used %3d%s%n", e.counter(), e.episodeId().orElse("(all)"), e.period(),
                    e.used(), e.limit().map(l -> " of " + l + ", remaining " + e.remaining().orElseThrow()).orElse(""));
        }
        out.println();
        out.printf("reimbursed %d, refused %d, insufficient data %d%n", assessment.decisions().stream()
                .filter(Decision::isReimbursed).count(), assessment.count(
                        io.github.inamirules.assessment.Outcome.REFUSED),
                assessment.count(io.github.inamirules.assessment.Outcome.INSUFFICIENT_DATA));
        out.printf("unpriced (covered, but an amount no source gives): %d, left out of the totals%n",
                assessment.countUnpriced());
        out.printf("totals over priced reimbursed sessions: fee %s = insurance %s + patient %s; supplements %s%n",
                assessment.totalFee(), assessment.totalInsurance(), assessment.totalPatientShare(),
                assessment.totalSupplement());
        out.println(assessment.decisions().stream().filter(d -> !d.missing().isEmpty())
                .flatMap(d -> d.missing().stream()).map(m -> m.message(Locale.ENGLISH)).distinct()
                .collect(Collectors.joining("\n  ", "missing data:\n  ", "")));
    }

    private static String text(Optional<Money> amount) {
        return amount.map(Money::toString).orElse("?");
    }
}
