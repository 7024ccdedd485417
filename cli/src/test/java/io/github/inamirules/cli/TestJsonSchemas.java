package io.github.inamirules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import io.github.inamirules.assessment.Missing;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.assessment.Severity;
import io.github.inamirules.rates.ProvenanceStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line's JSON documents against the published schemas of {@code docs/schema}: every
 * document names its schema and validates against it, and the schemas themselves are valid JSON
 * Schema 2020-12.
 */
class TestJsonSchemas {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    /** A year of courante sessions every other day: 18 courante, 54 dépassement, then refusals 002. */
    private static final String[] YEAR_WITH_REFUSALS = {"--profession", "physiotherapy", "--kind", "courante",
        "--sessions", "75", "--from", "2025-01-06", "--every", "2", "--inami-number", "51234567890"};

    private static JsonNode schemaFile(String name) throws IOException {
        return MAPPER.readTree(Path.of(System.getProperty("inami.schema.dir"), name).toFile());
    }

    /** Validates a document against a schema file; returns the errors. */
    private static List<Error> errors(String schemaFile, JsonNode document) throws IOException {
        return REGISTRY.getSchema(schemaFile(schemaFile)).validate(document);
    }

    private static JsonNode run(String... args) throws IOException {
        CliRun run = CliRun.of(args);
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        return MAPPER.readTree(run.out());
    }

    /** Simulates {@link #YEAR_WITH_REFUSALS} and prints it in a format. */
    private static JsonNode yearWithRefusals(String format) throws IOException {
        List<String> args = new ArrayList<>(List.of("simulate"));
        args.addAll(List.of(YEAR_WITH_REFUSALS));
        args.addAll(List.of("--format", format));
        return run(args.toArray(String[]::new));
    }

    @ParameterizedTest
    @ValueSource(strings = {"assessment-v1.json", "etarif-v1.json"})
    void schemaFiles_areValidJsonSchema2020_12_andTheirIdIsTheReportsSchemaField(String name) throws IOException {
        JsonNode schema = schemaFile(name);
        Schema meta = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

        assertThat(meta.validate(schema)).isEmpty();
        assertThat(schema.get("$id").asText())
                .isEqualTo(name.startsWith("assessment") ? JsonReport.SCHEMA : ETarifReport.SCHEMA);
    }

    @Test
    void theSchemasEnums_areTheModelsEnums() throws IOException {
        JsonNode defs = schemaFile("assessment-v1.json").get("$defs");
        JsonNode service = schemaFile("etarif-v1.json").get("$defs").get("service").get("properties");

        assertThat(names(defs.at("/decision/properties/outcome/enum"))).isEqualTo(names(Outcome.values()));
        assertThat(names(service.at("/outcome/enum"))).isEqualTo(names(Outcome.values()));
        assertThat(names(defs.at("/reason/properties/severity/enum"))).isEqualTo(names(Severity.values()));
        assertThat(names(defs.at("/missing/properties/impact/enum"))).isEqualTo(names(Missing.Impact.values()));
        assertThat(names(defs.at("/provenance/properties/status/enum"))).isEqualTo(names(ProvenanceStatus.values()));
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.asText()));
        return names;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    @Test
    void assessJson_ofTheExampleFile_validatesAndNamesItsSchema() throws IOException {
        JsonNode doc = run("assess", CliRun.exampleFile(), "--format", "json", "--lang", "fr");

        assertThat(doc.get("schema").asText()).isEqualTo("https://inami-rules.github.io/schema/assessment-v1.json");
        assertThat(errors("assessment-v1.json", doc)).isEmpty();
        // Priced, derived, unpriced (with missing items and null amounts) and entitlements all occur.
        assertThat(doc.findValues("fee")).anyMatch(JsonNode::isNull).anyMatch(JsonNode::isTextual);
        assertThat(doc.findValues("missing")).anyMatch(m -> m.size() > 0);
    }

    @Test
    void simulateJson_withRefusals_validates() throws IOException {
        JsonNode doc = yearWithRefusals("json");

        assertThat(errors("assessment-v1.json", doc)).isEmpty();
        assertThat(doc.findValues("refusalCode")).anyMatch(c -> c.asText().equals("002"));
    }

    @Test
    void lenientJson_withInsufficientData_validates() throws IOException {
        JsonNode doc = run("assess", CliRun.resource("scenarios/outside-rates.yaml"), "--format", "json", "--lenient");

        assertThat(errors("assessment-v1.json", doc)).isEmpty();
        assertThat(doc.findValues("outcome")).anyMatch(o -> o.asText().equals("INSUFFICIENT_DATA"));
    }

    @Test
    void etarifJson_validates() throws IOException {
        JsonNode example = run("assess", CliRun.exampleFile(), "--format", "etarif");
        JsonNode year = yearWithRefusals("etarif");

        assertThat(example.get("schema").asText()).isEqualTo("https://inami-rules.github.io/schema/etarif-v1.json");
        assertThat(errors("etarif-v1.json", example)).isEmpty();
        assertThat(errors("etarif-v1.json", year)).isEmpty();
    }

    @Test
    void theSchemaRejects_anAmountAsANumber_anUnknownKey_andAMissingKey() throws IOException {
        JsonNode doc = run("assess", CliRun.exampleFile(), "--format", "json");
        ObjectNode decision = (ObjectNode) doc.get("scenarios").get(0).get("decisions").get(0);

        decision.put("fee", 30.80);
        assertThat(errors("assessment-v1.json", doc)).isNotEmpty();
        decision.put("fee", "30.80");
        decision.put("comment", "x");
        assertThat(errors("assessment-v1.json", doc)).isNotEmpty();
        decision.remove("comment");
        assertThat(errors("assessment-v1.json", doc)).isEmpty();
        decision.remove("usedUpBy");
        assertThat(errors("assessment-v1.json", doc)).isNotEmpty();
    }

    @Test
    void theEtarifSchemaRejects_aServiceWithBothATariffAndARefusal() throws IOException {
        JsonNode doc = run("assess", CliRun.exampleFile(), "--format", "etarif");
        ObjectNode service = (ObjectNode) doc.get("scenarios").get(0).get("service").get(0);
        assertThat(service.get("tariff").isObject()).isTrue();

        service.putObject("refusal").put("reason", "002").putNull("serviceIdentifier").putNull("serviceDate");

        assertThat(errors("etarif-v1.json", doc)).isNotEmpty();
    }
}
