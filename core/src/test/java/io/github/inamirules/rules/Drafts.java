package io.github.inamirules.rules;

import io.github.inamirules.assessment.Decision;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.Money;
import io.github.inamirules.model.Session;
import io.github.inamirules.rates.InMemoryRateModule;
import io.github.inamirules.rates.Provenance;
import io.github.inamirules.rates.ProvenanceStatus;
import io.github.inamirules.rates.Source;
import io.github.inamirules.rates.RateCatalog;
import io.github.inamirules.rates.Rates;
import io.github.inamirules.testprofession.DietCare;
import io.github.inamirules.testprofession.DieteticsFiction;
import java.time.LocalDate;
import java.util.List;

/** Decision drafts of the fictional dietetics profession, with rates (no rows) covering 2020 to 2029. */
final class Drafts {
    static final InMemoryRateModule MODULE = InMemoryRateModule.minimal("wide", "dietetics-fiction", "band", "place")
            .with("coverage.psv", InMemoryRateModule.lines(InMemoryRateModule.COVERAGE_HEADER,
                    "dietetics-fiction | 2020-01-01 | 2030-01-01"));
    static final RateCatalog CATALOG = RateCatalog.of(List.of(MODULE));

    static final Provenance TARIFF = Provenance.of(ProvenanceStatus.OFFICIAL,
            List.of(Source.of("SRC", "https://example.org/src")), "", "wide:dietetics-fiction/tariffs.psv:2");

    private Drafts() {
    }

    static Rates rates(LocalDate date) {
        return CATALOG.ratesAt(DieteticsFiction.PROFESSION, date);
    }

    /** A draft for a session of a history. */
    static DecisionDraft draft(CareHistory history, String sessionId) {
        Session s = history.sessions().stream().filter(x -> x.id().equals(sessionId)).findFirst().orElseThrow();
        return new DecisionDraft(history, s, rates(s.date()), DieteticsFiction.TEXTS);
    }

    /** A draft for a session of episode {@code menu}, alone in its history. */
    static DecisionDraft draft(String sessionId, LocalDate date) {
        return draft(sessionId, date, "menu");
    }

    /** A draft for a session of an episode, alone in its history. */
    static DecisionDraft draft(String sessionId, LocalDate date, String episodeId) {
        CareHistory h = DietCare.history().addSessions(DietCare.session(sessionId, date, episodeId).build()).build();
        return draft(h, sessionId);
    }

    /** Prices a draft (fee 25.00 = 20.00 + 5.00) and decides it: an accepted session. */
    static Decision accept(DecisionDraft draft) {
        draft.price(Money.parse("25.00"), Money.parse("20.00"), Money.parse("5.00"), Money.ZERO, TARIFF);
        return draft.decide();
    }

    /** A rule for reasons. */
    enum Rule implements RuleReference {
        T_1;

        @Override
        public String id() {
            return "T-1";
        }

        @Override
        public String source() {
            return "https://example.org/t-1";
        }
    }
}
