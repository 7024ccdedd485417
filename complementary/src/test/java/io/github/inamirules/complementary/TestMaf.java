package io.github.inamirules.complementary;

import static io.github.inamirules.complementary.Histories.eur;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.complementary.maf.CeilingDistance;
import io.github.inamirules.complementary.maf.MafBracket;
import io.github.inamirules.complementary.maf.MafCeiling;
import io.github.inamirules.complementary.maf.MafRules;
import io.github.inamirules.complementary.maf.MafStatus;
import io.github.inamirules.complementary.maf.MafYear;
import io.github.inamirules.model.Money;
import io.github.inamirules.occupational.OccupationalTherapy;
import io.github.inamirules.physiotherapy.Physiotherapy;
import io.github.inamirules.psychology.ClinicalPsychology;
import io.github.inamirules.rates.ProvenanceStatus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The MAF (update-2026.md §5): what counts per profession, the 2024 ceilings, the distance to them. */
class TestMaf {
    private static final MafRules MAF = MafRules.shipped();

    private static Assessment assess(Histories h) {
        return Histories.ENGINE.assess(h.history());
    }

    @Test
    void aYearsTotal_excludesSupplements_andNamesTheProfessionsItCannotClassify() {
        Assessment a = assess(Histories.adult().physio(3, LocalDate.of(2025, 6, 2), "40.00")
                .weeklyPsy("psy", 3, LocalDate.of(2025, 3, 3), "conv").occupational(LocalDate.of(2025, 5, 1)));
        List<Decision> physio = a.decisions().stream().filter(d -> d.profession().equals(Physiotherapy.PROFESSION)).toList();
        Money physioShares = physio.stream().map(d -> d.patientShare().orElseThrow()).reduce(Money.ZERO, Money::plus);
        Money supplements = physio.stream().map(Decision::supplement).reduce(Money.ZERO, Money::plus);
        assertThat(supplements.isZero()).as("a non-conventioned physiotherapist asking 40.00 charges supplements").isFalse();

        MafYear year = MAF.year(2025, List.of(a));
        assertThat(year.share(Physiotherapy.PROFESSION).orElseThrow().counted()).isEqualTo(physioShares);
        assertThat(year.share(ClinicalPsychology.PROFESSION).orElseThrow().counted()).isEqualTo(eur("22.00"));
        assertThat(year.counted()).isEqualTo(physioShares.plus(eur("22.00")));
        assertThat(year.supplementsExcluded()).isEqualTo(supplements);
        assertThat(year.share(Physiotherapy.PROFESSION).orElseThrow().supplements()).isEqualTo(supplements);
        assertThat(year.unclassified()).containsExactly(OccupationalTherapy.PROFESSION);
        assertThat(year.share(OccupationalTherapy.PROFESSION).orElseThrow().status()).isEqualTo(MafStatus.UNKNOWN);
        assertThat(year.isComplete()).isFalse();
        assertThat(MAF.counting(OccupationalTherapy.PROFESSION, LocalDate.of(2025, 5, 8)).orElseThrow()
                .provenance().status()).isEqualTo(ProvenanceStatus.UNKNOWN);
    }

    @Test
    void refusedSessions_haveNoLegalShare() {
        MafYear year = MAF.year(2025, List.of(assess(Histories.adult().weeklyPsy("s", 3, LocalDate.of(2025, 3, 3), "free"))));
        assertThat(year.shares()).isEmpty();
        assertThat(year.counted()).isEqualTo(eur("0.00"));
        assertThat(year.isComplete()).isTrue();
    }

    @Test
    void the2024Ceilings_areSourcedData() {
        String[] expected = {"254.99", "516.92", "746.66", "1148.70", "1608.18", "2067.66", "516.92"};
        MafBracket[] brackets = MafBracket.values();
        for (int i = 0; i < brackets.length; i++) {
            MafCeiling c = MAF.ceiling(2024, brackets[i]);
            assertThat(c.amount()).as(brackets[i].id()).contains(eur(expected[i]));
            assertThat(c.provenance().orElseThrow().sources().get(0).name()).isEqualTo("MC-MAF-2024");
            assertThat(c.provenance().orElseThrow().status()).isEqualTo(ProvenanceStatus.REPORTED);
        }
        assertThat(MAF.ceiling(2024, MafBracket.INCOME_1).incomeTo()).contains(eur("12681.18"));
        assertThat(MAF.ceiling(2024, MafBracket.INCOME_6).incomeTo()).isEmpty();
        assertThat(MAF.ceiling(2023, MafBracket.SOCIAL).amount()).contains(eur("506.69"));
    }

    @Test
    void yearsWithoutSourcedThresholds_saySo() {
        MafCeiling y2025 = MAF.ceiling(2025, MafBracket.INCOME_3);
        assertThat(y2025.isKnown()).isFalse();
        assertThat(y2025.provenance().orElseThrow().status()).isEqualTo(ProvenanceStatus.UNKNOWN);
        assertThat(y2025.note()).contains("no 2025 threshold found");
        MafCeiling y2020 = MAF.ceiling(2020, MafBracket.INCOME_1);
        assertThat(y2020.isKnown()).isFalse();
        assertThat(y2020.provenance()).isEmpty();
        assertThat(y2020.note()).contains("no sourced MAF threshold for 2020");
        CeilingDistance d = MAF.distance(2025, MafBracket.INCOME_1, eur("100.00"), List.of());
        assertThat(d.remaining()).isEmpty();
        assertThat(d.isReached()).isEmpty();
        assertThat(d.isExact()).isFalse();
    }

    @Test
    void howFarFromTheCeiling_withTheYearsOtherExpenses() {
        Assessment a = assess(Histories.adult().weeklyPsy("s", 3, LocalDate.of(2024, 4, 8), "conv"));
        CeilingDistance d = MAF.distance(2024, MafBracket.INCOME_1, eur("230.00"), List.of(a));
        assertThat(d.mafYear().counted()).isEqualTo(eur("22.00"));
        assertThat(d.counted()).isEqualTo(eur("252.00"));
        assertThat(d.remaining()).contains(eur("2.99"));
        assertThat(d.isReached()).contains(false);
        assertThat(d.isExact()).isTrue();
        CeilingDistance over = MAF.distance(2024, MafBracket.INCOME_1, eur("240.00"), List.of(a));
        assertThat(over.remaining()).contains(eur("0.00"));
        assertThat(over.isReached()).contains(true);
    }
}
