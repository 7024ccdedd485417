package io.github.inamirules.benchmarks;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.model.Approval;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.ImmutableCareHistory;
import io.github.inamirules.model.Patient;
import io.github.inamirules.model.Practitioner;
import io.github.inamirules.model.Prescription;
import io.github.inamirules.model.EpisodeKind;
import io.github.inamirules.model.Session;
import io.github.inamirules.physiotherapy.Physiotherapy;
import io.github.inamirules.physiotherapy.Situation;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of assessing one patient's year of physiotherapy, by number of sessions (the counting pass is
 * meant to be linear), and of quoting one more session. Run with
 * {@code java -jar benchmarks/target/inami-rules-benchmarks.jar}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AssessBenchmark {
    /** Sessions in the year, spread over a courante, an Fa and an Fb pathology. */
    @Param({"30", "120", "360"})
    public int sessions;

    private ReimbursementEngine engine;
    private CareHistory history;
    private Session next;

    /** Builds the engine and the history once per trial. */
    @Setup
    public void setUp() {
        engine = ReimbursementEngine.loadInstalled();
        LocalDate jan2 = LocalDate.of(2025, 1, 2);
        ImmutableCareHistory.Builder b = CareHistory.builder().patient(Patient.builder().id("p").build())
                .addPractitioners(Practitioner.builder().id("k").profession(Physiotherapy.PROFESSION)
                        .addConventionPeriods(DateRange.ofYear(2025)).build());
        String[] ids = {"back", "knee", "ms"};
        EpisodeKind[] situations = {Situation.COURANTE, Situation.FA, Situation.FB};
        for (int i = 0; i < ids.length; i++) {
            b.addEpisodes(Physiotherapy.episode(ids[i], situations[i]))
                    .addPrescriptions(Prescription.builder().id("rx-" + ids[i]).date(jan2).episodeId(ids[i]).build());
        }
        b.addApprovals(Approval.builder().id("fa").episodeId("knee").kind(Physiotherapy.FA_NOTIFICATION)
                .period(DateRange.startingFrom(jan2)).build());
        b.addApprovals(Approval.builder().id("fb").episodeId("ms").kind(Physiotherapy.FB_NOTIFICATION)
                .period(DateRange.startingFrom(jan2)).build());
        for (int n = 0; n < sessions; n++) {
            String p = ids[n % 3];
            b.addSessions(Session.builder().id("s" + n).date(jan2.plusDays(n % 360)).practitionerId("k")
                    .episodeId(p).prescriptionId("rx-" + p).build());
        }
        history = b.build();
        next = Session.builder().id("next").date(LocalDate.of(2025, 12, 30)).practitionerId("k")
                .episodeId("back").prescriptionId("rx-back").build();
    }

    /**
     * Assesses the whole year.
     *
     * @return the assessment, so the work is not optimised away
     */
    @Benchmark
    public Assessment assessYear() {
        return engine.assess(history);
    }

    /**
     * Quotes one more session on top of the year.
     *
     * @return the decision
     */
    @Benchmark
    public Decision quoteNextSession() {
        return engine.quote(history, next);
    }
}
