package io.github.inamirules.examples.storytelling;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Reason;
import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.model.Approval;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Patient;
import io.github.inamirules.model.Prescription;
import io.github.inamirules.model.Session;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A demonstration of the fictional storytelling profession: a saga told around the campfire every
 * day, whose first three sessions come before its approval (refused) and whose last two come after the
 * yearly maximum of 20 (refused, naming the 20th). Run it with
 * {@code ./mvnw -pl examples -am package exec:java -Dexec.mainClass=io.github.inamirules.examples.storytelling.StorytellingDemo}.
 */
public final class StorytellingDemo {
    private StorytellingDemo() {
    }

    /**
     * Prints the decisions of the demonstration history, in the language given as first argument
     * ({@code fr}, {@code nl} or {@code en}, the default).
     *
     * @param args optionally the language
     */
    public static void main(String[] args) {
        Locale locale = args.length > 0 ? Locale.forLanguageTag(args[0]) : Locale.ENGLISH;
        Assessment a = ReimbursementEngine.loadInstalled().assess(history());
        print(a, locale, System.out);
    }

    /**
     * Returns the demonstration history: a saga by the campfire, a prescription of 3 March 2025, an
     * approval from 10 March, and 25 sessions every day from 7 March.
     *
     * @return the care history
     */
    public static CareHistory history() {
        LocalDate first = LocalDate.of(2025, 3, 7);
        var b = CareHistory.builder()
                .patient(Patient.builder().id("patient").build())
                .addPractitioners(Storytelling.practitioner("teller").build())
                .addEpisodes(Storytelling.episode("saga", StoryKind.SAGA))
                .addPrescriptions(Prescription.builder().id("rx").episodeId("saga").date(LocalDate.of(2025, 3, 3))
                        .build())
                .addApprovals(Approval.builder().id("ok").episodeId("saga").kind(Storytelling.SAGA_APPROVAL)
                        .period(DateRange.startingFrom(LocalDate.of(2025, 3, 10))).build());
        for (int i = 0; i < 25; i++) {
            b.addSessions(Session.builder().id("saga-" + (i + 1)).date(first.plusDays(i)).practitionerId("teller")
                    .episodeId("saga").prescriptionId("rx").facts(Storytelling.at(Setting.CAMPFIRE)).build());
        }
        return b.build();
    }

    /**
     * Prints one line per decision, with its reasons.
     *
     * @param a the assessment
     * @param locale the language of the reasons
     * @param out where to print
     */
    public static void print(Assessment a, Locale locale, PrintStream out) {
        for (Decision d : a.decisions()) {
            out.println(d.sessionId() + " " + d.date() + " " + d.outcome()
                    + d.refusalCode().map(c -> " " + c.code()).orElse("")
                    + d.band().map(band -> " " + band.label(locale) + " #" + band.rank().orElse(0)).orElse("")
                    + d.nomenclatureCode().map(c -> " " + c).orElse("")
                    + d.fee().map(f -> " fee " + f).orElse("")
                    + d.insurance().map(i -> " insurance " + i).orElse("")
                    + d.patientShare().map(p -> " patient " + p).orElse(""));
            for (Reason r : d.reasons()) {
                out.println("    " + r.ruleId() + " " + r.message(locale));
            }
        }
    }
}
