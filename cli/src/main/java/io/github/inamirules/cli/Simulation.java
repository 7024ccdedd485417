package io.github.inamirules.cli;

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
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What {@code simulate} builds a care history from: one patient, one physiotherapist, one pathology
 * in a situation, one prescription, and a series of sessions at a regular rhythm, with the approval
 * the situation needs so the simulation shows the situation's bands rather than a refusal:
 * <ul>
 *   <li>Fa, Fb: a notification to the médecin-conseil, from the first day ({@code from});</li>
 *   <li>E: an accord from the first day for 3 years, the longest an accord may last (P-33);</li>
 *   <li>courante, perinatal, palliative at home: none is needed.</li>
 * </ul>
 * Sessions are named {@code <situation>-<n>} ({@code courante-1}), as scenario files name generated
 * sessions. The patient is preferential, and the practitioner conventioned, from the earliest date of
 * the simulation on.
 *
 * @param situation the pathology's situation
 * @param sessions how many sessions, from 1
 * @param from the first day a session may take place
 * @param weekdays the days of the week of the sessions; empty to use {@code everyDays}
 * @param everyDays the days between sessions when no weekday is given
 * @param preferential whether the patient has the preferential reimbursement (BIM / VT)
 * @param conventioned whether the practitioner adheres to the convention
 * @param feeAsked the fee the practitioner asks, if given
 * @param place where the sessions take place
 * @param minutes the duration of each session
 * @param prescriptionDate the date of the prescription
 */
record Simulation(Situation situation, int sessions, LocalDate from, Set<DayOfWeek> weekdays, int everyDays,
        boolean preferential, boolean conventioned, Optional<Money> feeAsked, Place place, int minutes,
        LocalDate prescriptionDate) {
    /** The longest a list E accord may last, in years (P-33). */
    private static final int E_AGREEMENT_YEARS = 3;

    Simulation {
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(from, "from");
        weekdays = Set.copyOf(weekdays);
        Objects.requireNonNull(feeAsked, "feeAsked");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(prescriptionDate, "prescriptionDate");
    }

    /** The pathology's id, which also names the sessions: the situation as files write it. */
    String pathologyId() {
        return OptionConverters.EnumNames.name(situation);
    }

    /** The dates of the sessions: on the weekdays from {@code from} on, or every {@code everyDays} days. */
    List<LocalDate> dates() {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate day = from;
        for (int i = 0; i < sessions; i++) {
            while (!weekdays.isEmpty() && !weekdays.contains(day.getDayOfWeek())) {
                day = day.plusDays(1);
            }
            dates.add(day);
            day = day.plusDays(weekdays.isEmpty() ? everyDays : 1);
        }
        return dates;
    }

    /** Builds the care history. */
    CareHistory history() {
        LocalDate earliest = from.isBefore(prescriptionDate) ? from : prescriptionDate;
        String pathology = pathologyId();
        var b = CareHistory.builder()
                .patient(Patient.builder().id("patient")
                        .preferentialPeriods(preferential ? List.of(DateRange.startingFrom(earliest)) : List.of())
                        .build())
                .addPractitioners(Practitioner.builder().id("kine").profession(Profession.PHYSIOTHERAPY)
                        .conventionPeriods(conventioned ? List.of(DateRange.startingFrom(earliest)) : List.of())
                        .build())
                .addPathologies(Pathology.builder().id(pathology).situation(situation).build())
                .addPrescriptions(Prescription.builder().id("rx").pathologyId(pathology).date(prescriptionDate)
                        .build());
        situation.requiredApproval().ifPresent(kind -> b.addApprovals(Approval.builder().id("approval").pathologyId(pathology)
                .kind(kind).period(kind == ApprovalKind.E_AGREEMENT
                        ? DateRange.of(from, from.plusYears(E_AGREEMENT_YEARS)) : DateRange.startingFrom(from))
                .build()));
        int n = 0;
        for (LocalDate date : dates()) {
            n++;
            var session = Session.builder().id(pathology + "-" + n).date(date).practitionerId("kine")
                    .pathologyId(pathology).prescriptionId("rx").place(place).durationMinutes(minutes);
            feeAsked.ifPresent(session::feeAsked);
            b.addSessions(session.build());
        }
        return b.build();
    }


    /** A title for people: what was simulated. */
    String title() {
        String rhythm = weekdays.isEmpty() ? everyDays == 1 ? "every day" : "every " + everyDays + " days"
                : "on " + weekdays.stream().sorted().map(OptionConverters.EnumNames::name)
                        .collect(Collectors.joining(", "));
        return "simulation: physiotherapy, " + pathologyId() + ", " + sessions + " sessions from " + from + " "
                + rhythm + ", " + OptionConverters.EnumNames.name(place) + ", " + minutes + " minutes; prescription of "
                + prescriptionDate + "; practitioner " + (conventioned ? "conventioned" : "not conventioned")
                + feeAsked.map(f -> " asking " + f).orElse("") + "; patient " + (preferential ? "preferential"
                        : "not preferential");
    }
}
