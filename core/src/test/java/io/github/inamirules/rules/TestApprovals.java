package io.github.inamirules.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.model.Approval;
import io.github.inamirules.model.ApprovalKind;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Episode;
import io.github.inamirules.testprofession.DietCare;
import io.github.inamirules.testprofession.DieteticsFiction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestApprovals {
    private static final LocalDate DATE_2025_01_01 = LocalDate.of(2025, 1, 1);
    private static final LocalDate DATE_2025_03_01 = LocalDate.of(2025, 3, 1);
    private static final LocalDate DATE_2025_06_01 = LocalDate.of(2025, 6, 1);
    private static final LocalDate DATE_2025_09_01 = LocalDate.of(2025, 9, 1);
    private static final LocalDate DATE_2026_01_01 = LocalDate.of(2026, 1, 1);
    private static final LocalDate DATE_2026_06_01 = LocalDate.of(2026, 6, 1);
    private static final ApprovalKind ACCORD = DieteticsFiction.INTENSIVE_ACCORD;
    private static final ApprovalKind RENEWAL = ApprovalKind.of(DieteticsFiction.PROFESSION, "renewal");

    private static Approval approval(String id, String episodeId, ApprovalKind kind, LocalDate start, LocalDate end) {
        return Approval.builder().id(id).episodeId(episodeId).kind(kind).period(DateRange.of(start, end)).build();
    }

    private static Approvals of(List<Approval> approvals) {
        CareHistory h = DietCare.history().addEpisodes(Episode.builder().id("clinic-2").kind(DieteticsFiction.INTENSIVE)
                .build()).addAllApprovals(approvals).build();
        return Approvals.of(h);
    }

    private static List<List<Approval>> permutations(List<Approval> items) {
        if (items.size() <= 1) {
            return List.of(items);
        }
        List<List<Approval>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<Approval> rest = new ArrayList<>(items);
            Approval first = rest.remove(i);
            for (List<Approval> p : permutations(rest)) {
                List<Approval> withFirst = new ArrayList<>();
                withFirst.add(first);
                withFirst.addAll(p);
                out.add(withFirst);
            }
        }
        return out;
    }

    @Test
    void holding_findsTheApprovalOfTheKindEpisodeAndDay() {
        Approval accord = approval("a-1", "clinic", ACCORD, DATE_2025_03_01, DATE_2026_01_01);
        Approvals approvals = of(List.of(accord));

        assertThat(approvals.holding("clinic", ACCORD, DATE_2025_03_01)).contains(accord);
        assertThat(approvals.holding("clinic", ACCORD, DATE_2025_03_01.minusDays(1))).isEmpty();
        assertThat(approvals.holding("clinic", ACCORD, DATE_2026_01_01)).isEmpty();
        assertThat(approvals.holding("clinic", RENEWAL, DATE_2025_06_01)).isEmpty();
        assertThat(approvals.holding("clinic-2", ACCORD, DATE_2025_06_01)).isEmpty();
        assertThat(approvals.holding("nowhere", ACCORD, DATE_2025_06_01)).isEmpty();
    }

    @Test
    void regression_overlappingApprovals_theLatestStartWins_whateverTheInputOrder() {
        Approval old = approval("a-old", "clinic", ACCORD, DATE_2025_01_01, DATE_2026_01_01);
        Approval renewal = approval("a-new", "clinic", ACCORD, DATE_2025_06_01, DATE_2026_06_01);
        Approval middle = approval("a-mid", "clinic", ACCORD, DATE_2025_03_01, DATE_2025_09_01);

        for (List<Approval> order : permutations(List.of(old, renewal, middle))) {
            Approvals approvals = of(order);

            assertThat(approvals.holding("clinic", ACCORD, DATE_2025_06_01)).as("input order %s", order)
                    .contains(renewal);
            assertThat(approvals.holding("clinic", ACCORD, DATE_2025_03_01)).as("input order %s", order)
                    .contains(middle);
            assertThat(approvals.holding("clinic", ACCORD, DATE_2025_01_01)).as("input order %s", order)
                    .contains(old);
            assertThat(approvals.holdingForAnyEpisode(ACCORD, DATE_2025_09_01)).as("input order %s", order)
                    .contains(renewal);
        }
    }

    @Test
    void anApprovalStartingLater_butNotYetHolding_isNotChosen() {
        Approval current = approval("a-1", "clinic", ACCORD, DATE_2025_01_01, DATE_2026_01_01);
        Approval future = approval("a-2", "clinic", ACCORD, DATE_2025_09_01, DATE_2026_06_01);

        assertThat(of(List.of(future, current)).holding("clinic", ACCORD, DATE_2025_06_01)).contains(current);
    }

    @ParameterizedTest
    @CsvSource({"a-9, a-10", "a-10, a-9"})
    void sameStart_theLatestEndWins_thenTheSmallestIdInNaturalOrder(String firstId, String secondId) {
        Approval shorter = approval("a-1", "clinic", ACCORD, DATE_2025_03_01, DATE_2025_09_01);
        Approval longer = approval("a-2", "clinic", ACCORD, DATE_2025_03_01, DATE_2026_01_01);
        Approval twinA = approval(firstId, "clinic-2", ACCORD, DATE_2025_03_01, DATE_2026_01_01);
        Approval twinB = approval(secondId, "clinic-2", ACCORD, DATE_2025_03_01, DATE_2026_01_01);
        List<Approval> all = new ArrayList<>(List.of(shorter, longer, twinA, twinB));

        for (int i = 0; i < 4; i++) {
            Collections.rotate(all, 1);
            Approvals approvals = of(all);

            assertThat(approvals.holding("clinic", ACCORD, DATE_2025_06_01)).contains(longer);
            assertThat(approvals.holding("clinic-2", ACCORD, DATE_2025_06_01)).map(Approval::id).contains("a-9");
        }
    }

    @Test
    void holdingForAnyEpisode_looksAcrossEpisodes() {
        Approval clinic = approval("a-1", "clinic", ACCORD, DATE_2025_01_01, DATE_2025_06_01);
        Approval other = approval("a-2", "clinic-2", ACCORD, DATE_2025_03_01, DATE_2026_01_01);
        Approvals approvals = of(List.of(clinic, other));

        assertThat(approvals.holdingForAnyEpisode(ACCORD, DATE_2025_01_01)).contains(clinic);
        assertThat(approvals.holdingForAnyEpisode(ACCORD, DATE_2025_03_01)).contains(other);
        assertThat(approvals.holdingForAnyEpisode(ACCORD, DATE_2026_01_01)).isEmpty();
        assertThat(approvals.holdingForAnyEpisode(RENEWAL, DATE_2025_03_01)).isEqualTo(Optional.empty());
    }

    @Test
    void noApprovals_holdNothing() {
        Approvals approvals = of(List.of());

        assertThat(approvals.holding("clinic", ACCORD, DATE_2025_06_01)).isEmpty();
        assertThat(approvals.holdingForAnyEpisode(ACCORD, DATE_2025_06_01)).isEmpty();
    }
}
