package io.github.inamirules.cli;

import io.github.inamirules.assessment.Texts;
import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Episode;
import io.github.inamirules.model.EpisodeKind;
import io.github.inamirules.model.Facts;
import io.github.inamirules.model.ImmutableCareHistory;
import io.github.inamirules.model.Money;
import io.github.inamirules.model.Patient;
import io.github.inamirules.model.Practitioner;
import io.github.inamirules.model.Prescription;
import io.github.inamirules.model.Session;
import io.github.inamirules.rules.RuleSet;
import io.github.inamirules.scenario.SessionSeries;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What {@code simulate} builds a care history from: one patient, one practitioner of the profession,
 * one episode of a kind, one prescription, and a series of sessions at a regular rhythm
 * ({@link SessionSeries}), with the approvals the profession's {@link io.github.inamirules.rules.Simulator}
 * says the kind needs (for physiotherapy: an Fa or Fb notification from the first day, an E accord as
 * long as the rates allow), so the simulation shows the kind's bands rather than a refusal. Every
 * figure comes from the rates; the command line knows no profession's rules.
 *
 * <p>Sessions are named {@code <kind>-<n>} ({@code courante-1}), as scenario files name generated
 * sessions. The patient is preferential, and the practitioner conventioned, from the earliest date of
 * the simulation on.
 *
 * @param kind the episode's kind, which names its profession
 * @param series the dates of the sessions
 * @param preferential whether the patient has the preferential reimbursement (BIM / VT)
 * @param conventioned whether the practitioner adheres to the convention
 * @param feeAsked the fee the practitioner asks, if given
 * @param minutes the duration of each session, if given
 * @param sessionFacts the profession's facts of every session (such as the place)
 * @param episodeFacts the profession's facts of the episode
 * @param prescriptionDate the date of the prescription
 * @param birthDate the patient's birth date, for professions whose rules depend on age
 * @param parties the practitioner's facts and INAMI number, and the prescription's facts
 */
record Simulation(EpisodeKind kind, SessionSeries series, boolean preferential, boolean conventioned,
        Optional<Money> feeAsked, Optional<Integer> minutes, Facts sessionFacts, Facts episodeFacts,
        LocalDate prescriptionDate, Optional<LocalDate> birthDate, Parties parties) {

    /**
     * What the profession says of the practitioner and the prescription.
     *
     * @param practitionerFacts the practitioner's facts (such as a psychologist's network)
     * @param inamiNumber the practitioner's INAMI number, if given
     * @param prescriptionFacts the prescription's facts (such as the prescriber's role)
     */
    record Parties(Facts practitionerFacts, Optional<String> inamiNumber, Facts prescriptionFacts) {
        Parties {
            Objects.requireNonNull(practitionerFacts, "practitionerFacts");
            Objects.requireNonNull(inamiNumber, "inamiNumber");
            Objects.requireNonNull(prescriptionFacts, "prescriptionFacts");
        }
    }


    Simulation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(feeAsked, "feeAsked");
        Objects.requireNonNull(minutes, "minutes");
        Objects.requireNonNull(sessionFacts, "sessionFacts");
        Objects.requireNonNull(episodeFacts, "episodeFacts");
        Objects.requireNonNull(prescriptionDate, "prescriptionDate");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(parties, "parties");
    }

    /** The episode's id, which also names the sessions: the kind as files write it. */
    String episodeId() {
        return kind.id();
    }

    /** Builds the care history, asking the profession's rule set which approvals the kind needs. */
    CareHistory history(ReimbursementEngine engine) {
        List<LocalDate> dates = series.dates();
        LocalDate first = dates.get(0);
        LocalDate earliest = first.isBefore(prescriptionDate) ? first : prescriptionDate;
        String episodeId = episodeId();
        Episode episode = Episode.builder().id(episodeId).kind(kind).facts(episodeFacts).build();
        ImmutableCareHistory.Builder b = CareHistory.builder()
                .patient(Patient.builder().id("patient").birthDate(birthDate)
                        .preferentialPeriods(preferential ? List.of(DateRange.startingFrom(earliest)) : List.of())
                        .build())
                .addPractitioners(Practitioner.builder().id("practitioner").profession(kind.profession())
                        .facts(parties.practitionerFacts()).inamiNumber(parties.inamiNumber()).conventionPeriods(conventioned ? List.of(DateRange.startingFrom(earliest)) : List.of())
                        .build())
                .addEpisodes(episode)
                .addPrescriptions(Prescription.builder().id("rx").episodeId(episodeId).date(prescriptionDate)
                        .facts(parties.prescriptionFacts()).build());
        RuleSet ruleSet = engine.ruleSets().get(kind.profession());
        b.addAllApprovals(ruleSet.simulator().approvalsFor(b.build(), episode, first, dates.get(dates.size() - 1),
                engine.catalog().ratesAt(kind.profession(), first)));
        Facts facts = Facts.builder().putAll(ruleSet.simulator().defaultSessionFacts(episode)).putAll(sessionFacts)
                .build();
        int n = 0;
        for (LocalDate date : dates) {
            n++;
            var session = Session.builder().id(episodeId + "-" + n).date(date).practitionerId("practitioner")
                    .episodeId(episodeId).prescriptionId("rx").facts(facts).minutes(minutes);
            feeAsked.ifPresent(session::feeAsked);
            b.addSessions(session.build());
        }
        return b.build();
    }

    /** A title for people, in the language: what was simulated. */
    String title(java.util.Locale locale) {
        int every = series.everyDays();
        String rhythm = series.weekdays().isEmpty()
                ? every == 1 ? text("sim.everyDay", locale) : text("sim.everyDays", locale, "days", every)
                : text("sim.on", locale, "days", series.weekdays().stream().sorted()
                        .map(d -> d.getDisplayName(java.time.format.TextStyle.FULL, Texts.language(locale))
                                .toLowerCase(Texts.language(locale)))
                        .collect(Collectors.joining(", ")));
        List<LocalDate> dates = series.dates();
        return text("sim.head", locale, "profession", kind.profession(), "kind", kind.id(), "count", dates.size(),
                "from", dates.get(0), "rhythm", rhythm)
                + (sessionFacts.isEmpty() ? "" : ", " + sessionFacts)
                + (parties.practitionerFacts().isEmpty() ? ""
                        : text("sim.practitionerFacts", locale, "facts", parties.practitionerFacts()))
                + (parties.prescriptionFacts().isEmpty() ? ""
                        : text("sim.prescriptionFacts", locale, "facts", parties.prescriptionFacts()))
                + minutes.map(m -> text("sim.minutes", locale, "minutes", m)).orElse("")
                + text("sim.prescription", locale, "date", prescriptionDate)
                + text(conventioned ? "sim.conventioned" : "sim.notConventioned", locale)
                + feeAsked.map(f -> text("sim.asking", locale, "fee", f)).orElse("")
                + text(preferential ? "sim.preferential" : "sim.notPreferential", locale)
                + (birthDate.isPresent() ? text("sim.birthDate", locale) : "");
    }

    private static String text(String key, java.util.Locale locale, Object... values) {
        return CliTexts.text(key, locale, values);
    }
}
