package io.github.inamirules.physiotherapy;

import static io.github.inamirules.physiotherapy.PhysioCase.eur;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.assessment.Band;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.model.DateRange;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Of overlapping approvals of one kind for one pathology, the one that started last counts (the most
 * recent decision of the médecin-conseil), whatever their input order. E accords last at most 3 years
 * (P-33): an accord of 2022-01-01 alone no longer covers 2025, a renewal of 2025-01-01 does.
 */
class TestOverlappingApprovals {
    private static final LocalDate DATE_2022_01_01 = LocalDate.of(2022, 1, 1);
    private static final LocalDate DATE_2025_01_01 = LocalDate.of(2025, 1, 1);
    private static final LocalDate DATE_2025_03_01 = LocalDate.of(2025, 3, 1);
    private static final LocalDate DATE_2025_03_10 = LocalDate.of(2025, 3, 10);

    private static Decision eSession(LocalDate... accordStarts) {
        PhysioCase c = PhysioCase.create().pathology("ms", Situation.E, DATE_2025_03_01);
        for (LocalDate start : accordStarts) {
            c.approval("ms", Physiotherapy.E_AGREEMENT, DateRange.startingFrom(start));
        }
        return c.session("ms", DATE_2025_03_10, "conv").last();
    }

    @Test
    void theAccordThatStartedLast_isUsed_whicheverOrder() {
        Decision oldFirst = eSession(DATE_2022_01_01, DATE_2025_01_01);
        Decision newFirst = eSession(DATE_2025_01_01, DATE_2022_01_01);

        assertThat(oldFirst).isEqualTo(newFirst);
        assertThat(oldFirst.outcome()).isEqualTo(Outcome.REIMBURSED);
        assertThat(oldFirst.band()).contains(Band.of(Bands.E, 1));
        assertThat(oldFirst.patientShare()).contains(eur("4.00"));
        assertThat(oldFirst.hasReason("PHYSIO_E_AGREEMENT_TOO_LONG")).isFalse();
    }

    @Test
    void theOldAccordAlone_isPastItsThirdYear() {
        Decision d = eSession(DATE_2022_01_01);

        assertThat(d.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(d.refusalCode()).contains(RefusalCode.NOT_ATTESTABLE_ON_DATE);
        assertThat(d.reasons()).filteredOn(r -> r.code().equals("PHYSIO_E_AGREEMENT_TOO_LONG")).singleElement()
                .satisfies(r -> assertThat(r.values()).containsEntry("start", "2022-01-01")
                        .containsEntry("maxYears", "3"));
    }
}
