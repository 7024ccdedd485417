package io.github.inamirules.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.assessment.Band;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Missing;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.assessment.Reason;
import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.assessment.Severity;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Money;
import io.github.inamirules.model.Patient;
import io.github.inamirules.model.Session;
import io.github.inamirules.rates.Provenance;
import io.github.inamirules.rates.ProvenanceStatus;
import io.github.inamirules.rates.Source;
import io.github.inamirules.testprofession.DietCare;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TestDecisionDraft {
    private static final LocalDate DATE_2025_03_10 = LocalDate.of(2025, 3, 10);
    private static final Money FEE = Money.parse("25.00");
    private static final Money INSURANCE = Money.parse("20.00");
    private static final Money SHARE = Money.parse("5.00");
    private static final Provenance TARIFF = Provenance.of(ProvenanceStatus.OFFICIAL,
            List.of(Source.of("FICTION", "https://example.org/gazette")), "", "m:t.psv:3");

    private static DecisionDraft draft() {
        return Drafts.draft("s-1", DATE_2025_03_10);
    }

    @Test
    void accessors_describeTheSession() {
        CareHistory h = DietCare.history().patient(Patient.builder().id("p-1")
                .addPreferentialPeriods(DateRange.ofYear(2025)).build())
                .addSessions(DietCare.session("s-1", DATE_2025_03_10).build()).build();

        DecisionDraft d = Drafts.draft(h, "s-1");

        assertThat(d.history()).isSameAs(h);
        assertThat(d.session().id()).isEqualTo("s-1");
        assertThat(d.episode().id()).isEqualTo("menu");
        assertThat(d.practitioner().id()).isEqualTo("diet-1");
        assertThat(d.date()).isEqualTo(DATE_2025_03_10);
        assertThat(d.rates().date()).isEqualTo(DATE_2025_03_10);
        assertThat(d.isPreferential()).isTrue();
        assertThat(draft().isPreferential()).isFalse();
        assertThat(d.isRefused()).isFalse();
        assertThat(d.band()).isEmpty();
        assertThat(d.code()).isEmpty();
    }

    @Test
    void pricedDraft_decidesReimbursed_withEverything() {
        DecisionDraft d = draft();
        d.info(Drafts.Rule.T_1, "DIET_SESSION_COUNTED", "rank", 1, "max", 3, "place", "cabinet");
        d.band("DIET_STANDARD", 1);
        d.code("D101");
        d.price(FEE, INSURANCE, SHARE, Money.ZERO, TARIFF);

        Decision decision = d.decide();

        assertThat(decision.outcome()).isEqualTo(Outcome.REIMBURSED);
        assertThat(decision.sessionId()).isEqualTo("s-1");
        assertThat(decision.date()).isEqualTo(DATE_2025_03_10);
        assertThat(decision.profession().id()).isEqualTo("dietetics-fiction");
        assertThat(decision.episodeId()).isEqualTo("menu");
        assertThat(decision.band()).contains(Band.of("DIET_STANDARD", 1));
        assertThat(decision.band().orElseThrow().label(Locale.ENGLISH)).isEqualTo("Standard dietetics");
        assertThat(decision.nomenclatureCode()).contains("D101");
        assertThat(decision.fee()).contains(FEE);
        assertThat(decision.insurance()).contains(INSURANCE);
        assertThat(decision.patientShare()).contains(SHARE);
        assertThat(decision.tariffProvenance()).contains(TARIFF);
        assertThat(decision.refusalCode()).isEmpty();
        assertThat(decision.reasons()).singleElement().satisfies(r -> {
            assertThat(r.severity()).isEqualTo(Severity.INFO);
            assertThat(r.ruleId()).isEqualTo("T-1");
            assertThat(r.source()).isEqualTo("https://example.org/t-1");
            assertThat(r.values()).containsExactly(Map.entry("rank", "1"), Map.entry("max", "3"),
                    Map.entry("place", "cabinet"));
            assertThat(r.message(Locale.FRENCH)).isEqualTo("Séance 1 sur 3 cette année, au cabinet.");
        });
    }

    @Test
    void refusedDraft_decidesRefused_withInsuranceZero_andWhoUsedItUp() {
        DecisionDraft d = draft();
        d.band("DIET_STANDARD", 4);
        d.refuseUsedUp(Drafts.Rule.T_1, "DIET_MAX_REACHED", RefusalCode.MAXIMUM_REACHED, "s-0", "max", 3,
                "usedUpBy", "s-0");

        Decision decision = d.decide();

        assertThat(d.isRefused()).isTrue();
        assertThat(decision.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(decision.refusalCode()).contains(RefusalCode.MAXIMUM_REACHED);
        assertThat(decision.usedUpBy()).contains("s-0");
        assertThat(decision.insurance()).contains(Money.ZERO);
        assertThat(decision.fee()).isEmpty();
        assertThat(decision.reasons()).extracting(Reason::isRefusal).containsExactly(true);
        assertThat(decision.reasons().get(0).message(Locale.ENGLISH))
                .isEqualTo("The 3 sessions of the year are used up (the last one was s-0).");
    }

    @Test
    void plainRefusal_namesNoSession() {
        DecisionDraft d = draft();
        d.refuse(Drafts.Rule.T_1, "DIET_PRESCRIPTION_MISSING", RefusalCode.PREREQUISITE_NOT_MET);

        assertThat(d.decide().usedUpBy()).isEmpty();
    }

    @Test
    void whenAccepted_runsOnlyIfNotRefused_inOrder_atDecide() {
        List<String> ran = new ArrayList<>();
        DecisionDraft accepted = draft();
        accepted.whenAccepted(() -> ran.add("first"));
        accepted.whenAccepted(() -> ran.add("second"));

        assertThat(ran).isEmpty();
        Drafts.accept(accepted);
        assertThat(ran).containsExactly("first", "second");

        DecisionDraft refused = draft();
        refused.whenAccepted(() -> ran.add("refused"));
        refused.refuse(Drafts.Rule.T_1, "X", RefusalCode.CANNOT_BE_COMBINED);
        refused.decide();
        assertThat(ran).containsExactly("first", "second");
    }

    @Test
    void whenAccepted_runsForASessionWhoseCoverageIsUndecided_asItIsNotRefused() {
        List<String> ran = new ArrayList<>();
        DecisionDraft d = draft();
        d.whenAccepted(() -> ran.add("counted"));
        d.missing(Missing.Impact.COVERAGE, Drafts.Rule.T_1, "DIET_FIGURE_UNKNOWN", "PARAMETER", null,
                "parameter", "sessions_max");

        assertThat(d.decide().outcome()).isEqualTo(Outcome.INSUFFICIENT_DATA);
        assertThat(ran).containsExactly("counted");
    }

    @Test
    void decideTwice_throws() {
        DecisionDraft d = draft();
        Drafts.accept(d);

        assertThatThrownBy(d::decide).isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("session s-1 is already decided");
        assertThatThrownBy(() -> d.info(Drafts.Rule.T_1, "X")).isExactlyInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> d.whenAccepted(() -> { })).isExactlyInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> d.refuse(Drafts.Rule.T_1, "X", RefusalCode.NO_AGREEMENT))
                .isExactlyInstanceOf(IllegalStateException.class);
    }

    @Test
    void afterRefuse_noBandCodeOrAmount() {
        DecisionDraft d = draft();
        d.refuse(Drafts.Rule.T_1, "DIET_PRESCRIPTION_MISSING", RefusalCode.PREREQUISITE_NOT_MET);

        assertThatThrownBy(() -> d.band("DIET_STANDARD", 1)).isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("session s-1 is refused: no band");
        assertThatThrownBy(() -> d.code("D101")).isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("session s-1 is refused: no code");
        assertThatThrownBy(() -> d.price(FEE, INSURANCE, SHARE, Money.ZERO, TARIFF))
                .isExactlyInstanceOf(IllegalStateException.class).hasMessage("session s-1 is refused: no price");
        assertThatThrownBy(() -> d.patientShare(SHARE)).isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("session s-1 is refused: no patientShare");
    }

    @Test
    void afterRefuse_reasonsAreStillAdded() {
        DecisionDraft d = draft();
        d.refuse(Drafts.Rule.T_1, "DIET_PRESCRIPTION_MISSING", RefusalCode.PREREQUISITE_NOT_MET);
        d.warn(Drafts.Rule.T_1, "DIET_ACCORD_MISSING", "date", DATE_2025_03_10);

        assertThat(d.decide().reasons()).extracting(Reason::severity).containsExactly(Severity.REFUSAL, Severity.WARNING);
    }

    @Test
    void amountMissing_leavesTheSessionReimbursedUnpriced_withWhatIsKnown() {
        DecisionDraft d = draft();
        d.band("DIET_INTENSIVE", 1);
        d.code("D202");
        d.patientShare(SHARE);
        d.missing(Missing.Impact.AMOUNT, Drafts.Rule.T_1, "DIET_TARIFF_UNKNOWN", "TARIFF", "D202", "code", "D202");

        Decision decision = d.decide();

        assertThat(decision.outcome()).isEqualTo(Outcome.REIMBURSED);
        assertThat(decision.isPriced()).isFalse();
        assertThat(decision.patientShare()).contains(SHARE);
        assertThat(decision.fee()).isEmpty();
        assertThat(decision.reasons()).singleElement().extracting(Reason::severity).isEqualTo(Severity.MISSING_DATA);
        assertThat(decision.missing()).singleElement().satisfies(m -> {
            assertThat(m.item()).isEqualTo("TARIFF");
            assertThat(m.impact()).isEqualTo(Missing.Impact.AMOUNT);
            assertThat(m.date()).isEqualTo(DATE_2025_03_10);
            assertThat(m.code()).contains("D202");
            assertThat(m.episodeId()).contains("menu");
            assertThat(m.values()).containsEntry("code", "D202");
            assertThat(m.message(Locale.ENGLISH)).isEqualTo("The fee of code D202 on 2025-03-10 is unknown.");
        });
    }

    @Test
    void coverageMissing_makesTheSessionInsufficientData_keepingTheBand() {
        DecisionDraft d = draft();
        d.band("DIET_STANDARD", 2);
        d.missing(Missing.Impact.COVERAGE, Drafts.Rule.T_1, "DIET_FIGURE_UNKNOWN", "PARAMETER", null,
                "parameter", "sessions_max", "module", "wide", "searched", "the gazette");

        Decision decision = d.decide();

        assertThat(decision.outcome()).isEqualTo(Outcome.INSUFFICIENT_DATA);
        assertThat(decision.band()).contains(Band.of("DIET_STANDARD", 2));
        assertThat(decision.missing()).singleElement().satisfies(m -> assertThat(m.code()).isEmpty());
        assertThat(decision.reasons().get(0).message(Locale.ENGLISH))
                .isEqualTo("Parameter sessions_max is unknown in wide (the gazette).");
    }

    @Test
    void reasonValues_areNameValuePairs_aTrailingNameIsIgnored() {
        DecisionDraft d = draft();
        d.info(Drafts.Rule.T_1, "X", "a", 1, "b", DATE_2025_03_10, "dangling");

        assertThat(Drafts.accept(d).reasons().get(0).values())
                .containsExactly(Map.entry("a", "1"), Map.entry("b", "2025-03-10"));
    }

    @Test
    void supplement_isKept() {
        DecisionDraft d = draft();
        d.price(FEE, INSURANCE, SHARE, Money.parse("7.00"), TARIFF);

        Decision decision = d.decide();

        assertThat(decision.supplement()).isEqualTo(Money.parse("7.00"));
        assertThat(decision.patientTotal()).contains(Money.parse("12.00"));
    }

    @Test
    void draftsOfAPass_shareTheScratchOneAfterTheOther_andKeepTheirOwnReasonsAndActions() {
        LocalDate next = DATE_2025_03_10.plusDays(1);
        CareHistory h = DietCare.history().addSessions(DietCare.session("s-1", DATE_2025_03_10).build(),
                DietCare.session("s-2", next).build()).build();
        DecisionDraft.Scratch scratch = new DecisionDraft.Scratch();
        List<String> ran = new ArrayList<>();

        DecisionDraft first = new DecisionDraft(h, h.sessions().get(0), Drafts.rates(DATE_2025_03_10),
                io.github.inamirules.testprofession.DieteticsFiction.TEXTS, scratch);
        first.info(Drafts.Rule.T_1, "DIET_FIRST", "rank", 1);
        for (int i = 0; i < 9; i++) {                            // more actions than the scratch holds at first
            int n = i;
            first.whenAccepted(() -> ran.add("first-" + n));
        }
        assertThatThrownBy(() -> new DecisionDraft(h, h.sessions().get(1), Drafts.rates(next),
                io.github.inamirules.testprofession.DieteticsFiction.TEXTS, scratch))
                .isInstanceOf(IllegalStateException.class);
        Decision firstDecision = Drafts.accept(first);

        DecisionDraft second = new DecisionDraft(h, h.sessions().get(1), Drafts.rates(next),
                io.github.inamirules.testprofession.DieteticsFiction.TEXTS, scratch);
        second.warn(Drafts.Rule.T_1, "DIET_SECOND");
        second.whenAccepted(() -> ran.add("second"));
        Decision secondDecision = Drafts.accept(second);

        assertThat(firstDecision.reasons()).extracting(Reason::code).containsExactly("DIET_FIRST");
        assertThat(secondDecision.reasons()).extracting(Reason::code).containsExactly("DIET_SECOND");
        assertThat(ran).hasSize(10).endsWith("second");
        assertThatThrownBy(() -> first.info(Drafts.Rule.T_1, "DIET_LATE")).isInstanceOf(IllegalStateException.class);
        assertThat(secondDecision.reasons()).hasSize(1);
    }

    @Test
    void draftsOfAPass_shareAReasonGivenAgainWithTheSameValues_andOnlyThen() {
        CareHistory h = DietCare.history().addSessions(DietCare.session("s-1", DATE_2025_03_10).build(),
                DietCare.session("s-2", DATE_2025_03_10.plusDays(1)).build(),
                DietCare.session("s-3", DATE_2025_03_10.plusDays(2)).build()).build();
        DecisionDraft.Scratch scratch = new DecisionDraft.Scratch();
        List<Decision> decided = new ArrayList<>();
        Object[][] values = {{"band", "DIET_STANDARD", "rank", 1}, {"band", "DIET_STANDARD", "rank", 1},
            {"band", "DIET_STANDARD", "rank", 2}};
        for (int i = 0; i < 3; i++) {
            Session s = h.sessions().get(i);
            DecisionDraft d = new DecisionDraft(h, s, Drafts.rates(s.date()),
                    io.github.inamirules.testprofession.DieteticsFiction.TEXTS, scratch);
            d.info(Drafts.Rule.T_1, "DIET_FIRST", values[i]);
            d.warn(Drafts.Rule.T_1, "DIET_FIRST", values[0]);                 // same code, another severity
            decided.add(Drafts.accept(d));
        }

        Reason first = decided.get(0).reasons().get(0);
        assertThat(decided.get(1).reasons().get(0)).isSameAs(first);
        assertThat(decided.get(2).reasons().get(0)).isNotSameAs(first).isNotEqualTo(first);
        assertThat(decided.get(2).reasons().get(0).values()).containsEntry("rank", "2");
        assertThat(decided).allSatisfy(d -> assertThat(d.reasons()).extracting(Reason::severity)
                .containsExactly(Severity.INFO, Severity.WARNING));
        assertThat(decided.get(1).reasons()).isEqualTo(decided.get(0).reasons());
    }
}
