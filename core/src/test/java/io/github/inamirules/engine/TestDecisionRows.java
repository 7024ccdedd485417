package io.github.inamirules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.NullValueException;
import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.DecisionRow;
import io.github.inamirules.assessment.DecisionRow.Column;
import io.github.inamirules.assessment.DecisionRow.Type;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.testprofession.DietCare;
import io.github.inamirules.testprofession.DieteticsRates;
import io.github.inamirules.testprofession.DieteticsRuleSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The flat row form of decisions: stable columns and types, values equal to the decision's. */
class TestDecisionRows {
    private static final ReimbursementEngine ENGINE = ReimbursementEngine.builder().ruleSet(new DieteticsRuleSet())
            .rateModule(DieteticsRates.module2025()).build();
    private static final LocalDate DATE_2025_03_10 = LocalDate.of(2025, 3, 10);

    @Test
    void theColumns_haveStableNamesAndTypes() {
        assertThat(DecisionRow.columns()).extracting(Column::columnName).containsExactly("patientId", "sessionId",
                "date", "profession", "episodeId", "outcome", "band", "rank", "nomenclatureCode", "fee", "insurance",
                "patientShare", "supplement", "refusalCode", "usedUpBy", "reasonCodes", "missing");
        assertThat(Column.DATE.type()).isEqualTo(Type.DATE);
        assertThat(Column.RANK.type()).isEqualTo(Type.INTEGER);
        assertThat(DecisionRow.columns().stream().filter(c -> c.type() == Type.AMOUNT).map(Column::columnName)
                .collect(Collectors.toList())).containsExactly("fee", "insurance", "patientShare", "supplement");
        assertThat(Column.MISSING.isRequired()).isTrue();
        assertThat(Column.FEE.isRequired()).isFalse();
    }

    @Test
    void aReimbursedAndARefusedDecision_flattenToTheirValues() {
        CareHistory h = DietCare.history().addSessions(DietCare.session("s-1", DATE_2025_03_10).build(),
                DietCare.session("s-2", DATE_2025_03_10.plusWeeks(1)).prescriptionId(java.util.Optional.empty())
                        .build())
                .build();
        Assessment a = ENGINE.assess(h);
        List<DecisionRow> rows = DecisionRow.of("patient-85073003328", a);
        assertThat(rows).hasSize(2);

        Decision d = a.decision("s-1");
        DecisionRow r = rows.get(0);
        assertThat(r.get(Column.PATIENT_ID)).isEqualTo("patient-85073003328");
        assertThat(r.get(Column.SESSION_ID)).isEqualTo("s-1");
        assertThat(r.get(Column.DATE)).isEqualTo(DATE_2025_03_10);
        assertThat(r.get(Column.OUTCOME)).isEqualTo(d.outcome().name());
        assertThat(r.get(Column.BAND)).isEqualTo(d.band().get().id());
        assertThat(r.get(Column.RANK)).isEqualTo(1);
        assertThat(r.get(Column.FEE)).isEqualTo(d.fee().map(m -> m.amount()).orElse(null));
        assertThat(r.get(Column.SUPPLEMENT)).isInstanceOf(BigDecimal.class).isEqualTo(new BigDecimal("0.00"));
        assertThat(r.get(Column.REASON_CODES)).isEqualTo(d.reasons().stream().map(x -> x.code()).toList());
        assertThat(r.values()).hasSize(DecisionRow.columns().size());
        assertThat(r.asMap().keySet()).containsExactlyElementsOf(
                DecisionRow.columns().stream().map(Column::columnName).toList());
        assertThat(r).isEqualTo(DecisionRow.of("patient-85073003328", d)).hasSameHashCodeAs(
                DecisionRow.of("patient-85073003328", d));

        DecisionRow refused = rows.get(1);
        assertThat(refused.get(Column.OUTCOME)).isEqualTo(Outcome.REFUSED.name());
        assertThat(refused.get(Column.REFUSAL_CODE)).isEqualTo(a.decision("s-2").refusalCode().get().code());
        assertThat(refused.get(Column.FEE)).isNull();
        assertThat(refused.get(Column.MISSING)).isEqualTo(List.of());
        assertThat(refused.toString()).doesNotContain("85073003328").contains("sessionId=s-2");
    }

    @Test
    void nulls_areRefusedByName() {
        assertThatThrownBy(() -> DecisionRow.of(null, (Decision) null)).isInstanceOf(NullValueException.class)
                .hasMessageContaining("patientId");
        assertThatThrownBy(() -> DecisionRow.of("p", (Assessment) null)).isInstanceOf(NullValueException.class)
                .hasMessageContaining("assessment");
    }
}
