package io.github.inamirules.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestSituation {

    @ParameterizedTest
    @CsvSource({"FA, FA_NOTIFICATION", "FB, FB_NOTIFICATION", "E, E_AGREEMENT", "COURANTE,", "PERINATAL,",
        "PALLIATIVE_HOME,"})
    void requiredApproval_followsP27AndP32(Situation situation, ApprovalKind expected) {
        assertThat(situation.requiredApproval()).isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest
    @CsvSource({"FA, physiotherapy-fa", "PERINATAL, physiotherapy-maternity", "PALLIATIVE_HOME, physiotherapy-palliative"})
    void myCareNetAgreementType(Situation situation, String type) {
        assertThat(situation.myCareNetAgreementType()).isEqualTo(type);
    }
}
