package io.github.inamirules.testkit;

import static io.github.inamirules.testkit.InamiAssertions.assertThat;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Profession;
import io.github.inamirules.model.Session;
import io.github.inamirules.tables.HistoryAssembler;
import io.github.inamirules.tables.HistoryRows;
import io.github.inamirules.tables.TableRow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * The contract every rule set keeps, as jqwik properties over the histories of
 * {@link CareHistoryArbitraries}: extend it in the tests of a profession module (ours or your own) and
 * say which engine, profession and days to check.
 *
 * <pre>{@code
 * class SpeechTherapyContract extends RuleSetContract {
 *     SpeechTherapyContract() {
 *         super(ReimbursementEngine.loadInstalled(), SpeechTherapy.PROFESSION, DateRange.ofYear(2025));
 *     }
 * }
 * }</pre>
 *
 * <p>What is checked, on every generated history: the engine assesses it without exception; the
 * assessment {@linkplain AssessmentAssert#isConsistentWith is consistent with it} (one decision per
 * session in input order, fee = insurance + patient share, no counter beyond its limit); the decisions do
 * not depend on the order of the input sessions; a quote, from kept passes or afresh, is the decision the
 * quoted session gets; written as rows of the flat
 * {@linkplain io.github.inamirules.tables.InputTable input tables} and assembled back, in any row order,
 * it is the same history, with the same assessment; and over all histories, both reimbursed and refused
 * sessions make up at least {@link #minimumShare()} per cent of the decisions, so the generated histories
 * reach the rules rather than stopping at the input checks (if the rule set's
 * {@link io.github.inamirules.rules.Simulator} gives no ordinary facts, this fails and says so).
 */
public abstract class RuleSetContract {

    private final ReimbursementEngine engine;
    private final Profession profession;
    private final DateRange days;

    /**
     * For subclasses, whose no-argument constructor says what to check.
     *
     * @param engine the engine, with the profession's rule set and rate modules covering {@code days}
     * @param profession the profession whose rule set is checked
     * @param days the days the generated sessions fall on
     * @throws IllegalArgumentException as {@link CareHistoryArbitraries#of(ReimbursementEngine, Profession, DateRange)}
     */
    protected RuleSetContract(ReimbursementEngine engine, Profession profession, DateRange days) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.profession = Objects.requireNonNull(profession, "profession");
        this.days = Objects.requireNonNull(days, "days");
        CareHistoryArbitraries.of(engine, profession, days);
    }

    /**
     * Returns the smallest share, in per cent of all decisions, of reimbursed and of refused sessions.
     *
     * @return 10 by default
     */
    protected int minimumShare() {
        return 10;
    }

    /**
     * Checks one generated history, and collects its outcomes for the shares.
     *
     * @param history a generated history
     * @param seed the seed of the reordering of its sessions
     */
    @Property(tries = 200)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    public void generatedHistories_keepTheContract(@ForAll("contractHistories") CareHistory history,
            @ForAll long seed) {
        Assessment assessment = engine.assess(history);
        assertThat(assessment).isConsistentWith(history);
        List<Session> shuffled = new ArrayList<>(history.sessions());
        Collections.shuffle(shuffled, new Random(seed));
        Assessment reordered = engine.assess(CareHistory.builder().from(history).sessions(shuffled).build());
        for (Decision d : assessment.decisions()) {
            org.assertj.core.api.Assertions.assertThat(reordered.decision(d.sessionId())).as(d.sessionId())
                    .isEqualTo(d);
            Statistics.label("outcome").collect(d.outcome() == Outcome.REFUSED ? "refused"
                    : d.outcome() == Outcome.REIMBURSED ? "reimbursed" : "insufficient data");
        }
        Statistics.label("outcome").coverage(c -> {
            c.check("reimbursed").percentage(p -> p >= minimumShare());
            c.check("refused").percentage(p -> p >= minimumShare());
        });
    }

    /**
     * Checks that a generated history written as rows of the input tables, shuffled, and assembled back is
     * the same history, with the same assessment: every fact of the profession fits the tables.
     *
     * @param history a generated history
     * @param seed the seed of the shuffling of its rows
     */
    @Property(tries = 100)
    public void generatedHistories_throughTheTables_giveEqualAssessments(
            @ForAll("contractHistories") CareHistory history, @ForAll long seed) {
        List<TableRow> rows = new ArrayList<>(HistoryRows.of(history));
        Collections.shuffle(rows, new Random(seed));
        CareHistory back = HistoryAssembler.of(engine).assemble(history.patient().id(), rows);
        org.assertj.core.api.Assertions.assertThat(back).isEqualTo(history);
        org.assertj.core.api.Assertions.assertThat(engine.assess(back)).isEqualTo(engine.assess(history));
    }

    /**
     * Checks that a quote is the decision the session gets in the whole history: the chronologically
     * last session (quoted from the {@link ReimbursementEngine#assessForQuoting kept passes}) and one
     * drawn among the others (slotted into the past, quoted afresh), each quoted on the history without
     * it, give their decisions in the whole history, and quoting twice gives the same decision (a quote
     * leaves the kept passes as they were).
     *
     * @param history a generated history
     * @param seed which other session is quoted
     */
    @Property(tries = 100)
    public void quotes_areTheDecisionsOfTheSessionsAdded(@ForAll("contractHistories") CareHistory history,
            @ForAll long seed) {
        Assessment whole = engine.assess(history);
        List<Session> chronological = new ArrayList<>(history.sessions());
        chronological.sort(io.github.inamirules.model.SessionOrder.CHRONOLOGICAL);
        net.jqwik.api.Assume.that(!chronological.isEmpty());
        Session last = chronological.get(chronological.size() - 1);
        Session other = chronological.get(new Random(seed).nextInt(chronological.size()));
        for (Session quoted : List.of(last, other)) {
            List<Session> rest = new ArrayList<>(history.sessions());
            rest.remove(quoted);
            io.github.inamirules.engine.AssessedHistory desk = engine.assessForQuoting(
                    CareHistory.builder().from(history).sessions(rest).build());
            Decision first = desk.quote(quoted);
            org.assertj.core.api.Assertions.assertThat(first).as("quote of %s", quoted.id())
                    .isEqualTo(whole.decision(quoted.id()));
            org.assertj.core.api.Assertions.assertThat(desk.quote(quoted)).as("second quote of %s", quoted.id())
                    .isEqualTo(first);
            org.assertj.core.api.Assertions.assertThat(desk.assessment().decisions())
                    .as("the assessment kept for quotes").isEqualTo(engine.assess(desk.history()).decisions());
        }
    }

    /**
     * English words that a French or Dutch message never contains: a sentence of English data (a
     * derivation, a note of what was searched) leaking into a translated text.
     */
    private static final List<String> ENGLISH_WORDS = List.of(" the ", " and ", " which ", " is not ",
            " searched", " derived from", " not published", " session ");

    /**
     * Checks that the decisions explain themselves completely and in one language: every message of a
     * reason, a missing item and a band, in French, Dutch and English, has all its placeholders filled,
     * and a French or Dutch one contains no English sentence; every decision that has a patient share
     * carries the reason that set its amounts (a reason with the {@code preferential} status and the
     * {@code shareRule}, and the {@code tariffStatus} when priced; see
     * {@link io.github.inamirules.rules.DecisionDraft#explainAmounts}).
     *
     * @param history a generated history
     */
    @Property(tries = 100)
    public void decisions_explainTheirAmountsInOneLanguage(@ForAll("contractHistories") CareHistory history) {
        for (Decision d : engine.assess(history).decisions()) {
            for (java.util.Locale locale : List.of(java.util.Locale.FRENCH, java.util.Locale.forLanguageTag("nl"),
                    java.util.Locale.ENGLISH)) {
                List<String> texts = new ArrayList<>();
                d.reasons().forEach(r -> texts.add(r.code() + ": " + r.message(locale)));
                d.missing().forEach(m -> texts.add(m.item() + ": " + m.message(locale)));
                d.band().ifPresent(b -> texts.add("band " + b.id() + ": " + b.label(locale)));
                for (String text : texts) {
                    org.assertj.core.api.Assertions.assertThat(text).as("%s, %s", d.sessionId(), locale)
                            .doesNotContain("{").doesNotContain("}");
                    if (!locale.getLanguage().equals("en")) {
                        org.assertj.core.api.Assertions.assertThat(text.toLowerCase(java.util.Locale.ROOT))
                                .as("%s, %s", d.sessionId(), locale).doesNotContain(ENGLISH_WORDS);
                    }
                }
            }
            d.patientShare().ifPresent(share -> org.assertj.core.api.Assertions.assertThat(d.reasons())
                    .as("%s: the reason that set its amounts", d.sessionId())
                    .anyMatch(r -> r.values().containsKey("preferential") && r.values().containsKey("shareRule")
                            && r.values().containsKey("tariffStatus") == d.isPriced()));
        }
    }

    /**
     * Provides the histories checked: {@link CareHistoryArbitraries#of(ReimbursementEngine, Profession, DateRange)}.
     *
     * @return the histories
     */
    @Provide
    public Arbitrary<CareHistory> contractHistories() {
        return CareHistoryArbitraries.of(engine, profession, days);
    }
}
