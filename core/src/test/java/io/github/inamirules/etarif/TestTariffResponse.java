package io.github.inamirules.etarif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Missing;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.Episode;
import io.github.inamirules.model.Money;
import io.github.inamirules.model.Patient;
import io.github.inamirules.model.Practitioner;
import io.github.inamirules.model.Session;
import io.github.inamirules.testprofession.DieteticsFiction;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestTariffResponse {
    private static final LocalDate DATE_2025_03_10 = LocalDate.of(2025, 3, 10);
    private static final LocalDate DATE_2025_03_12 = LocalDate.of(2025, 3, 12);
    private static final LocalDate DATE_2025_03_14 = LocalDate.of(2025, 3, 14);
    private static final LocalDate DATE_2025_03_17 = LocalDate.of(2025, 3, 17);
    private static final String INAMI_NUMBER = "51234567890";

    private static final CareHistory HISTORY = CareHistory.builder().patient(Patient.builder().id("p-1").build())
            .addPractitioners(Practitioner.builder().id("diet-1").profession(DieteticsFiction.PROFESSION)
                    .inamiNumber(INAMI_NUMBER).build())
            .addPractitioners(Practitioner.builder().id("diet-2").profession(DieteticsFiction.PROFESSION).build())
            .addEpisodes(Episode.builder().id("menu").kind(DieteticsFiction.STANDARD).build())
            .addSessions(session("s-1", DATE_2025_03_10, "diet-1"), session("s-2", DATE_2025_03_12, "diet-1"),
                    session("s-3", DATE_2025_03_14, "diet-2"), session("s-4", DATE_2025_03_17, "diet-1"))
            .build();

    private static Session session(String id, LocalDate date, String practitionerId) {
        return Session.builder().id(id).date(date).practitionerId(practitionerId).episodeId("menu").build();
    }

    private static Decision.Builder decision(String sessionId, LocalDate date, Outcome outcome) {
        return Decision.builder().sessionId(sessionId).date(date).profession(DieteticsFiction.PROFESSION)
                .episodeId("menu").outcome(outcome);
    }

    /** s-1 priced with a supplement, s-2 refused (maximum used up by s-1), s-3 unpriced, s-4 undecided. */
    private static Assessment assessment() {
        return Assessment.builder()
                .addDecisions(decision("s-1", DATE_2025_03_10, Outcome.REIMBURSED).nomenclatureCode("999011")
                        .fee(Money.parse("30.80")).insurance(Money.parse("24.55")).patientShare(Money.parse("6.25"))
                        .supplement(Money.parse("4.00")).build())
                .addDecisions(decision("s-2", DATE_2025_03_12, Outcome.REFUSED).insurance(Money.ZERO)
                        .refusalCode(RefusalCode.MAXIMUM_REACHED).usedUpBy("s-1").build())
                .addDecisions(decision("s-3", DATE_2025_03_14, Outcome.REIMBURSED).nomenclatureCode("999022")
                        .patientShare(Money.parse("5.00")).addMissing(Missing.builder().item("TARIFF")
                                .impact(Missing.Impact.AMOUNT).date(DATE_2025_03_14).build())
                        .build())
                .addDecisions(decision("s-4", DATE_2025_03_17, Outcome.INSUFFICIENT_DATA)
                        .addMissing(Missing.builder().item("PARAMETER").impact(Missing.Impact.COVERAGE)
                                .date(DATE_2025_03_17).build())
                        .build())
                .build();
    }

    @Test
    void pricedSession_isKeyedByProviderCodeAndDate_andPatientFeeIsThePatientShareNotTheSupplement() {
        TariffService s = TariffResponse.of(HISTORY, assessment()).service("s-1");

        assertThat(s.provider()).contains(INAMI_NUMBER);
        assertThat(s.identifier()).contains("999011");
        assertThat(s.date()).isEqualTo(DATE_2025_03_10);
        assertThat(s.refusal()).isEmpty();
        assertThat(s.tariff()).contains(new ServiceTariff(Money.parse("30.80"), Money.parse("24.55"),
                Money.parse("6.25"), Optional.empty()));
        assertThat(s.decision().supplement()).isEqualTo(Money.parse("4.00"));
    }

    @Test
    void refusedSession_givesTheRefusalCodeAndTheCodeAndDateOfTheSessionThatUsedItUp() {
        TariffService s = TariffResponse.of(HISTORY, assessment()).service("s-2");

        assertThat(s.tariff()).isEmpty();
        assertThat(s.identifier()).isEmpty();
        assertThat(s.refusal()).contains(new ServiceRefusal(RefusalCode.MAXIMUM_REACHED, Optional.of("999011"),
                Optional.of(DATE_2025_03_10)));
        assertThat(s.refusal().orElseThrow().reason().code()).isEqualTo("002");
    }

    @Test
    void unpricedOrUndecidedSession_hasNeitherTariffNorRefusal_andItsDecisionSaysWhatIsMissing() {
        TariffResponse response = TariffResponse.of(HISTORY, assessment());

        TariffService unpriced = response.service("s-3");
        assertThat(unpriced.tariff()).isEmpty();
        assertThat(unpriced.refusal()).isEmpty();
        assertThat(unpriced.provider()).isEmpty();
        assertThat(unpriced.identifier()).contains("999022");
        assertThat(unpriced.decision().missing()).extracting(Missing::item).containsExactly("TARIFF");
        TariffService undecided = response.service("s-4");
        assertThat(undecided.tariff()).isEmpty();
        assertThat(undecided.refusal()).isEmpty();
    }

    @Test
    void servicesFollowTheAssessmentsOrder_andThePatientIsTheHistorysPatient() {
        TariffResponse response = TariffResponse.of(HISTORY, assessment());

        assertThat(response.patient()).isEqualTo("p-1");
        assertThat(response.services()).extracting(TariffService::sessionId).containsExactly("s-1", "s-2", "s-3", "s-4");
        assertThat(response).isEqualTo(TariffResponse.of(HISTORY, assessment()));
        assertThat(response.toString()).doesNotContain("p-1");
    }

    @Test
    void aDecisionOfAnotherHistory_isInvalidInput() {
        Assessment other = Assessment.builder().addDecisions(decision("x-9", DATE_2025_03_10, Outcome.REFUSED)
                .insurance(Money.ZERO).refusalCode(RefusalCode.NO_AGREEMENT).build()).build();

        assertThatThrownBy(() -> TariffResponse.of(HISTORY, other)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("x-9");
        assertThatThrownBy(() -> TariffResponse.of(HISTORY, assessment()).service("nope"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aTariffKeepsFeeEqualToReimbursementPlusPatientFee_andAServiceHasNotBoth() {
        assertThatThrownBy(() -> new ServiceTariff(Money.parse("30.00"), Money.parse("24.55"), Money.parse("6.25"),
                Optional.empty())).isInstanceOf(InvalidInputException.class).hasMessageContaining("tariff.fee");
        Decision d = assessment().decision("s-1");
        ServiceTariff tariff = new ServiceTariff(Money.parse("30.80"), Money.parse("24.55"), Money.parse("6.25"),
                Optional.empty());
        ServiceRefusal refusal = new ServiceRefusal(RefusalCode.NO_AGREEMENT, Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> new TariffService("s-1", Optional.empty(), Optional.empty(), DATE_2025_03_10,
                Optional.of(tariff), Optional.of(refusal), d)).isInstanceOf(InvalidInputException.class);
    }
}
