package io.github.inamirules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --format etarif}: the MyCareNet eTarif view of every session. */
class TestETarifFormat {
    private static final String INAMI_NUMBER = "51234567890";

    private static JsonNode services(String... args) throws IOException {
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        return new ObjectMapper().readTree(run.out()).get("scenarios").get(0).get("service");
    }

    /** Every other day from 6 January 2025: sessions 1-18 courante, 19-72 the 54 dépassement sessions. */
    private static JsonNode yearOfSessions(int sessions) throws IOException {
        return services("simulate", "--profession", "physiotherapy", "--kind", "courante", "--sessions",
                String.valueOf(sessions), "--from", "2025-01-06", "--every", "2", "--inami-number", INAMI_NUMBER,
                "--format", "etarif");
    }

    @Test
    void pricedSession_hasTheTariffKeyedByProviderCodeAndDate() throws IOException {
        JsonNode third = services("assess", CliRun.exampleFile(), "--format", "etarif").get(2);

        assertThat(third.get("sessionId").asText()).isEqualTo("back-3");
        assertThat(third.get("identifier").asText()).isEqualTo("567011");
        assertThat(third.get("date").asText()).isEqualTo("2025-03-10");
        assertThat(third.get("tariff").get("fee").asText()).isEqualTo("30.80");
        assertThat(third.get("tariff").get("reimbursement").asText()).isEqualTo("24.55");
        assertThat(third.get("tariff").get("patientFee").asText()).isEqualTo("6.25");
        assertThat(third.get("tariff").get("commitment").isNull()).isTrue();
        assertThat(third.get("refusal").isNull()).isTrue();
    }

    @Test
    void patientFee_isThePatientShare_notTheSupplementOfANonConventionedPractitioner() throws IOException {
        CliRun json = CliRun.of("simulate", "--profession", "physiotherapy", "--kind", "courante", "--sessions", "1",
                "--from", "2025-03-03", "--conventioned=false", "--fee-asked", "40.00", "--format", "json");
        JsonNode decision = new ObjectMapper().readTree(json.out()).get("scenarios").get(0).get("decisions").get(0);
        JsonNode service = services("simulate", "--profession", "physiotherapy", "--kind", "courante", "--sessions",
                "1", "--from", "2025-03-03", "--conventioned=false", "--fee-asked", "40.00", "--format", "etarif").get(0);

        assertThat(decision.get("supplement").asText()).isNotEqualTo("0.00");
        assertThat(service.get("tariff").get("patientFee").asText()).isEqualTo(decision.get("patientShare").asText());
        assertThat(service.get("tariff").get("reimbursement").asText()).isEqualTo(decision.get("insurance").asText());
        assertThat(service.get("tariff").get("fee").asText()).isEqualTo(decision.get("fee").asText());
        assertThat(service.get("provider").isNull()).isTrue();
    }

    @Test
    void the55thDepassementSession_isRefused002_withThe54thSessionsCodeAndDate() throws IOException {
        JsonNode services = yearOfSessions(73);
        JsonNode last54th = services.get(71);
        JsonNode refused55th = services.get(72);

        assertThat(last54th.get("tariff").isObject()).isTrue();
        assertThat(last54th.get("identifier").asText()).isEqualTo("560055");
        assertThat(refused55th.get("provider").asText()).isEqualTo(INAMI_NUMBER);
        assertThat(refused55th.get("date").asText()).isEqualTo("2025-05-30");
        assertThat(refused55th.get("tariff").isNull()).isTrue();
        assertThat(refused55th.get("outcome").asText()).isEqualTo("REFUSED");
        JsonNode refusal = refused55th.get("refusal");
        assertThat(refusal.get("reason").asText()).isEqualTo("002");
        assertThat(refusal.get("serviceIdentifier").asText()).isEqualTo("560055");
        assertThat(refusal.get("serviceDate").asText()).isEqualTo(last54th.get("date").asText()).isEqualTo("2025-05-28");
    }

    @Test
    void unpricedSession_hasNeitherTariffNorRefusal_andSaysWhatIsMissing() throws IOException {
        CliRun run = CliRun.of("assess", CliRun.exampleFile(), "--format", "etarif", "--scenario",
                "Fa knee after surgery without a published fee");
        JsonNode first = new ObjectMapper().readTree(run.out()).get("scenarios").get(0).get("service").get(0);

        assertThat(first.get("outcome").asText()).isEqualTo("REIMBURSED");
        assertThat(first.get("tariff").isNull()).isTrue();
        assertThat(first.get("refusal").isNull()).isTrue();
        List<String> missing = new ArrayList<>();
        first.get("missing").forEach(m -> missing.add(m.asText()));
        assertThat(missing).isNotEmpty();
    }
}
