package io.github.inamirules.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TestParameterSpec {
    private static final LocalDate DATE_2026_01_01 = LocalDate.of(2026, 1, 1);
    private static final ParameterSpec SESSIONS_MAX = ParameterSpec.of("sessions_max", ParameterType.INTEGER,
            "sessions", "sessions per year", "D-03");

    @Test
    void of_keepsTheDeclaration_andIsRequiredAlways() {
        assertThat(SESSIONS_MAX.name()).isEqualTo("sessions_max");
        assertThat(SESSIONS_MAX.type()).isEqualTo(ParameterType.INTEGER);
        assertThat(SESSIONS_MAX.unit()).isEqualTo("sessions");
        assertThat(SESSIONS_MAX.description()).isEqualTo("sessions per year");
        assertThat(SESSIONS_MAX.ruleId()).isEqualTo("D-03");
        assertThat(SESSIONS_MAX.requiredFrom()).isEqualTo(LocalDate.MIN);
        assertThat(SESSIONS_MAX).hasToString("sessions_max:INTEGER");
    }

    @Test
    void requiredFrom_isACopy_requiredFromThatDay() {
        ParameterSpec from2026 = SESSIONS_MAX.requiredFrom(DATE_2026_01_01);

        assertThat(from2026.requiredFrom()).isEqualTo(DATE_2026_01_01);
        assertThat(from2026.name()).isEqualTo("sessions_max");
        assertThat(from2026.ruleId()).isEqualTo("D-03");
        assertThat(from2026).hasToString("sessions_max:INTEGER from 2026-01-01");
        assertThat(SESSIONS_MAX.requiredFrom()).isEqualTo(LocalDate.MIN);
    }

    @Test
    void equality_isNameTypeAndRequiredFrom() {
        ParameterSpec sameOtherText = ParameterSpec.of("sessions_max", ParameterType.INTEGER, "", "other", "X-1");

        assertThat(sameOtherText).isEqualTo(SESSIONS_MAX).hasSameHashCodeAs(SESSIONS_MAX);
        assertThat(ParameterSpec.of("sessions_max", ParameterType.DECIMAL, "sessions", "d", "D-03"))
                .isNotEqualTo(SESSIONS_MAX);
        assertThat(SESSIONS_MAX.requiredFrom(DATE_2026_01_01)).isNotEqualTo(SESSIONS_MAX);
        assertThat((Object) SESSIONS_MAX).isNotEqualTo("sessions_max");
    }

    @Test
    void nulls_areRejected_namingTheArgument() {
        assertThatThrownBy(() -> ParameterSpec.of(null, ParameterType.INTEGER, "", "d", "D-03"))
                .isInstanceOf(NullPointerException.class).hasMessage("name");
        assertThatThrownBy(() -> ParameterSpec.of("x", null, "", "d", "D-03"))
                .isInstanceOf(NullPointerException.class).hasMessage("type");
        assertThatThrownBy(() -> SESSIONS_MAX.requiredFrom(null))
                .isInstanceOf(NullPointerException.class).hasMessage("requiredFrom");
    }

    @Test
    void types_haveTheirJavaTypes() {
        assertThat(ParameterType.INTEGER.javaType()).isEqualTo(Integer.class);
        assertThat(ParameterType.DECIMAL.javaType()).isEqualTo(java.math.BigDecimal.class);
        assertThat(ParameterType.MONEY.javaType()).isEqualTo(io.github.inamirules.model.Money.class);
        assertThat(ParameterType.BOOLEAN.javaType()).isEqualTo(Boolean.class);
    }
}
