package io.github.inamirules.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.inamirules.InamiRulesException;
import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Entitlement;
import io.github.inamirules.assessment.Missing;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.assessment.Reason;
import io.github.inamirules.model.Money;
import io.github.inamirules.rates.Provenance;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Prints assessments as one JSON document, {@code {"schema": …, "scenarios": […]}}, one object per
 * scenario: {@code file}, {@code scenario}, {@code description}, {@code patientId}, {@code decisions},
 * {@code entitlements}, {@code totals}. The document's shape is the JSON schema
 * {@code docs/schema/assessment-v1.json}, whose id {@value #SCHEMA} is the {@code schema} field: a
 * changed shape is a new schema id, never a silent change under the same one.
 *
 * <p>Each decision has every field of {@link Decision}, named after its accessor ({@code sessionId},
 * {@code patientShare}, {@code refusalCode}…), plus {@code bandLabel} in the chosen language. Amounts
 * are strings with two decimals ({@code "30.80"}), never JSON numbers, so no reader turns them into
 * floating point; absent values are {@code null}, so every object has the same keys. Reasons have
 * {@code code}, {@code severity}, {@code ruleId}, {@code source}, {@code message} and {@code values}.
 *
 * <p>The JSON is built from maps and lists: the model classes are never bound, so the output changes
 * only when this class does.
 */
final class JsonReport implements AssessmentReport {
    /** The id of the schema of the documents this report writes, their {@code schema} field. */
    static final String SCHEMA = "https://inami-rules.github.io/schema/assessment-v1.json";
    private static final ObjectWriter JSON = new ObjectMapper().writer(printer());

    /** Two-space indents, {@code "key": value}, one array item per line, as most JSON tools print. */
    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER).withArrayEmptySeparator("")
                .withObjectEmptySeparator(""));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    @Override
    public void print(List<AssessedScenario> scenarios, Locale locale, PrintWriter out) {
        List<Object> list = new ArrayList<>();
        for (AssessedScenario s : scenarios) {
            list.add(scenario(s, locale));
        }
        write(document(SCHEMA, list), out);
    }

    /** The root object of a document: its schema id, then the scenarios. */
    static Map<String, Object> document(String schema, List<Object> scenarios) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", schema);
        root.put("scenarios", scenarios);
        return root;
    }

    /** The fields that say which scenario an object is about, first in every scenario object. */
    static Map<String, Object> scenarioHeader(AssessedScenario s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", s.file().orElse(null));
        m.put("scenario", s.name());
        m.put("description", s.description().orElse(null));
        m.put("patientId", s.patientId());
        return m;
    }

    /** Writes a document built of maps, lists and strings, indented, on its own line. */
    static void write(Object root, PrintWriter out) {
        try {
            out.println(JSON.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new InamiRulesException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
        out.flush();
    }

    private static Map<String, Object> scenario(AssessedScenario s, Locale locale) {
        Map<String, Object> m = scenarioHeader(s);
        Assessment a = s.assessment();
        List<Object> decisions = new ArrayList<>();
        a.decisions().forEach(d -> decisions.add(decision(d, locale)));
        m.put("decisions", decisions);
        List<Object> entitlements = new ArrayList<>();
        a.entitlements().forEach(e -> entitlements.add(entitlement(e)));
        m.put("entitlements", entitlements);
        m.put("totals", totals(a));
        return m;
    }

    /** Every field of a decision; package-private so the CSV report can reuse the names and values. */
    static Map<String, Object> decision(Decision d, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sessionId", d.sessionId());
        m.put("date", d.date().toString());
        m.put("profession", d.profession().id());
        m.put("episodeId", d.episodeId());
        m.put("outcome", d.outcome().name());
        m.put("band", d.band().map(b -> b.id()).orElse(null));
        m.put("bandLabel", d.band().map(b -> b.label(locale)).orElse(null));
        m.put("rank", d.band().flatMap(b -> b.rank()).orElse(null));
        m.put("nomenclatureCode", d.nomenclatureCode().orElse(null));
        m.put("fee", text(d.fee()));
        m.put("insurance", text(d.insurance()));
        m.put("patientShare", text(d.patientShare()));
        m.put("supplement", d.supplement().toString());
        m.put("patientTotal", text(d.patientTotal()));
        m.put("refusalCode", d.refusalCode().map(c -> c.code()).orElse(null));
        m.put("usedUpBy", d.usedUpBy().orElse(null));
        List<Object> missing = new ArrayList<>();
        d.missing().forEach(x -> missing.add(missing(x, locale)));
        m.put("missing", missing);
        List<Object> reasons = new ArrayList<>();
        d.reasons().forEach(r -> reasons.add(reason(r, locale)));
        m.put("reasons", reasons);
        m.put("tariffProvenance", d.tariffProvenance().map(JsonReport::provenance).orElse(null));
        return m;
    }

    private static Map<String, Object> reason(Reason r, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", r.code());
        m.put("severity", r.severity().name());
        m.put("ruleId", r.ruleId());
        m.put("source", r.source());
        m.put("message", r.message(locale));
        m.put("values", r.values());
        return m;
    }

    private static Map<String, Object> missing(Missing x, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("item", x.item());
        m.put("impact", x.impact().name());
        m.put("date", x.date().toString());
        m.put("code", x.code().orElse(null));
        m.put("episodeId", x.episodeId().orElse(null));
        m.put("values", x.values());
        m.put("message", x.message(locale));
        return m;
    }

    private static Map<String, Object> provenance(Provenance p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", p.status().name());
        List<Object> sources = new ArrayList<>();
        p.sources().forEach(s -> {
            Map<String, Object> source = new LinkedHashMap<>();
            source.put("name", s.name());
            source.put("url", s.url());
            sources.add(source);
        });
        m.put("sources", sources);
        m.put("note", p.note().orElse(null));
        m.put("location", p.location());
        return m;
    }

    private static Map<String, Object> entitlement(Entitlement e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("counter", e.counter());
        m.put("episodeId", e.episodeId().orElse(null));
        m.put("from", e.period().start().toString());
        m.put("to", e.period().isUnbounded() ? null : e.period().end().toString());
        m.put("used", e.used());
        m.put("limit", e.limit().orElse(null));
        m.put("remaining", e.remaining().orElse(null));
        return m;
    }

    private static Map<String, Object> totals(Assessment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sessions", a.decisions().size());
        m.put("reimbursed", a.count(Outcome.REIMBURSED));
        m.put("refused", a.count(Outcome.REFUSED));
        m.put("insufficientData", a.count(Outcome.INSUFFICIENT_DATA));
        m.put("unpriced", a.countUnpriced());
        m.put("fee", a.totalFee().toString());
        m.put("insurance", a.totalInsurance().toString());
        m.put("patientShare", a.totalPatientShare().toString());
        m.put("supplement", a.totalSupplement().toString());
        return m;
    }

    private static String text(Optional<Money> amount) {
        return amount.map(Money::toString).orElse(null);
    }
}
