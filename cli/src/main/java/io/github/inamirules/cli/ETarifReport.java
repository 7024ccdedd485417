package io.github.inamirules.cli;

import io.github.inamirules.assessment.Missing;
import io.github.inamirules.etarif.ServiceRefusal;
import io.github.inamirules.etarif.ServiceTariff;
import io.github.inamirules.etarif.TariffResponse;
import io.github.inamirules.etarif.TariffService;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the MyCareNet eTarif view of assessments ({@link TariffResponse}) as one JSON document,
 * {@code {"schema": …, "scenarios": […]}}, whose shape is {@code docs/schema/etarif-v1.json} (id
 * {@value #SCHEMA}).
 *
 * <p>Each scenario has {@code file}, {@code scenario}, {@code description}, {@code patientId} (eTarif's
 * {@code patient}) and {@code service}, one object per session with the names of eTarif's tariff
 * response: {@code provider}, {@code identifier}, {@code date}, {@code tariff} ({@code fee},
 * {@code reimbursement}, {@code patientFee}, {@code commitment}) or {@code refusal} ({@code reason},
 * {@code serviceIdentifier}, {@code serviceDate}), the other {@code null}; then, ours, {@code sessionId},
 * {@code outcome} and {@code missing} (the ids of what is missing, when the session has neither). Amounts
 * are strings with two decimals, as in the assessment document. The language does not matter: the view
 * holds no text.
 */
final class ETarifReport implements AssessmentReport {
    /** The id of the schema of the documents this report writes, their {@code schema} field. */
    static final String SCHEMA = "https://inami-rules.github.io/schema/etarif-v1.json";

    @Override
    public void print(List<AssessedScenario> scenarios, Locale locale, PrintWriter out) {
        List<Object> list = new ArrayList<>();
        for (AssessedScenario s : scenarios) {
            Map<String, Object> m = JsonReport.scenarioHeader(s);
            List<Object> services = new ArrayList<>();
            TariffResponse.of(s.history(), s.assessment()).services().forEach(x -> services.add(service(x)));
            m.put("service", services);
            list.add(m);
        }
        JsonReport.write(JsonReport.document(SCHEMA, list), out);
    }

    private static Map<String, Object> service(TariffService s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sessionId", s.sessionId());
        m.put("provider", s.provider().orElse(null));
        m.put("identifier", s.identifier().orElse(null));
        m.put("date", s.date().toString());
        m.put("tariff", s.tariff().map(ETarifReport::tariff).orElse(null));
        m.put("refusal", s.refusal().map(ETarifReport::refusal).orElse(null));
        m.put("outcome", s.decision().outcome().name());
        m.put("missing", s.decision().missing().stream().map(Missing::item).distinct().toList());
        return m;
    }

    private static Map<String, Object> tariff(ServiceTariff t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fee", t.fee().toString());
        m.put("reimbursement", t.reimbursement().toString());
        m.put("patientFee", t.patientFee().toString());
        m.put("commitment", t.commitment().orElse(null));
        return m;
    }

    private static Map<String, Object> refusal(ServiceRefusal r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reason", r.reason().code());
        m.put("serviceIdentifier", r.serviceIdentifier().orElse(null));
        m.put("serviceDate", r.serviceDate().map(LocalDate::toString).orElse(null));
        return m;
    }
}
