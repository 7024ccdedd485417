package io.github.inamirules.examples.storytelling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.assessment.Reason;
import io.github.inamirules.assessment.Texts;
import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.examples.storytelling.rates.StorytellingRates2025;
import io.github.inamirules.model.Approval;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Episode;
import io.github.inamirules.model.Facts;
import io.github.inamirules.model.Patient;
import io.github.inamirules.model.Prescription;
import io.github.inamirules.model.Profession;
import io.github.inamirules.model.Session;
import io.github.inamirules.physiotherapy.Physiotherapy;
import io.github.inamirules.rules.Vocabulary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fictional storytelling profession from Java: installed beside physiotherapy, built from the
 * kernel's public API only, with its texts in three languages, its simulator and its checks.
 */
class StorytellingRuleSetTest {
    private static final Vocabulary VOCABULARY = new StorytellingRuleSet().vocabulary();
    private static final Texts TEXTS = VOCABULARY.texts();
    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("nl"));
    private static final LocalDate MARCH_3 = LocalDate.of(2025, 3, 3);

    static Stream<Arguments> keys() {
        List<String> keys = new ArrayList<>(VOCABULARY.reasonCodes());
        VOCABULARY.bands().forEach(b -> keys.add("band." + b));
        for (Setting s : Setting.values()) {
            keys.add("setting." + s.id());
        }
        StorytellingVocabulary.MISSING_ITEMS.forEach(i -> keys.add("missing." + i));
        return keys.stream().flatMap(k -> LANGUAGES.stream().map(l -> Arguments.of(k, l)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("keys")
    void everyKey_hasAText_inEachLanguage(String key, Locale locale) {
        assertThat(TEXTS.text(key, locale)).as("%s in %s", key, locale).isPresent().get().asString().isNotBlank();
    }

    @Test
    void bothProfessions_areInstalled_sideBySide_eachWithItsRates() {
        ReimbursementEngine engine = ReimbursementEngine.loadInstalled();
        assertThat(engine.ruleSets()).containsKeys(Physiotherapy.PROFESSION, Storytelling.PROFESSION);
        assertThat(engine.ruleSets().get(Storytelling.PROFESSION)).isInstanceOf(StorytellingRuleSet.class);
        assertThat(engine.catalog().modules()).extracting(m -> m.id())
                .contains("rates-2025", "rates-2026", "storytelling-rates-2025").doesNotHaveDuplicates();
        assertThat(engine.catalog().coverageOf(Storytelling.PROFESSION))
                .containsExactly(DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)));
        assertThat(engine.catalog().ratesAt(Storytelling.PROFESSION, MARCH_3).module())
                .isInstanceOf(StorytellingRates2025.class);
        assertThat(engine.catalog().ratesAt(Physiotherapy.PROFESSION, MARCH_3).module().id()).isEqualTo("rates-2025");
    }

    @Test
    void theRateModule_citesOnlyFictionalSources() {
        StorytellingRates2025 rates = new StorytellingRates2025();
        assertThat(rates.tariffs()).isNotEmpty().allSatisfy(t -> assertThat(t.provenance().sources())
                .allSatisfy(s -> assertThat(s.url()).startsWith("https://example.org/fictional/")));
        assertThat(rates.parameters()).allSatisfy(p -> assertThat(p.provenance().sources())
                .allSatisfy(s -> assertThat(s.url()).startsWith("https://example.org/fictional/")));
        assertThat(rates.tariffs()).anySatisfy(t -> {
            assertThat(t.fee()).isEmpty();
            assertThat(t.provenance().note()).get().asString().contains("fictional");
        });
    }

    /**
     * The proof that a third party needs nothing else: every class of this package refers, among the
     * library's classes, only to the kernel's exported packages and to its own package.
     */
    @Test
    void thePlugIn_refersToTheKernelAndToItselfOnly() throws IOException {
        Path root = Path.of(codeSource());
        Path dir = root.resolve("io/github/inamirules/examples/storytelling");
        Pattern reference = Pattern.compile("io/github/inamirules/[A-Za-z0-9_/$]+");
        Set<String> packages = new TreeSet<>();
        List<Path> classes;
        try (Stream<Path> files = Files.walk(dir)) {
            classes = files.filter(f -> f.toString().endsWith(".class")).toList();
        }
        assertThat(classes).hasSizeGreaterThan(10);
        for (Path c : classes) {
            Matcher m = reference.matcher(new String(Files.readAllBytes(c), StandardCharsets.ISO_8859_1));
            while (m.find()) {
                String name = m.group();
                packages.add(name.substring(0, name.lastIndexOf('/')).replace('/', '.'));
            }
        }
        Set<String> kernel = ReimbursementEngine.class.getModule().isNamed()
                ? ReimbursementEngine.class.getModule().getDescriptor().exports().stream()
                        .map(e -> e.source()).collect(java.util.stream.Collectors.toSet())
                : Set.of("io.github.inamirules", "io.github.inamirules.model", "io.github.inamirules.assessment",
                        "io.github.inamirules.rates", "io.github.inamirules.rules", "io.github.inamirules.engine");
        assertThat(packages).contains("io.github.inamirules.rules", "io.github.inamirules.rates",
                "io.github.inamirules.model").allSatisfy(p -> assertThat(
                kernel.contains(p) || p.startsWith("io.github.inamirules.examples.storytelling")).as(p).isTrue());
    }

    /** The providers are declared twice, for the module path and for the class path; both agree. */
    @Test
    void theProviders_areDeclaredInModuleInfo_andInMetaInfServices() throws IOException {
        Path root = Path.of(codeSource());
        assertThat(Files.readAllLines(root.resolve("META-INF/services/io.github.inamirules.rules.RuleSet")))
                .containsExactly(StorytellingRuleSet.class.getName());
        assertThat(Files.readAllLines(root.resolve("META-INF/services/io.github.inamirules.rates.RateModule")))
                .containsExactly(StorytellingRates2025.class.getName());
        Module module = StorytellingRuleSet.class.getModule();
        if (module.isNamed()) {
            assertThat(module.getDescriptor().provides()).extracting(p -> p.service() + " " + p.providers())
                    .containsExactlyInAnyOrder(
                            "io.github.inamirules.rules.RuleSet [" + StorytellingRuleSet.class.getName() + "]",
                            "io.github.inamirules.rates.RateModule [" + StorytellingRates2025.class.getName() + "]");
        }
    }

    private static java.net.URI codeSource() {
        try {
            return StorytellingRuleSet.class.getProtectionDomain().getCodeSource().getLocation().toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void epic_isAFactOfSagasOnly() {
        Episode epicTale = Episode.builder().id("tale").kind(StoryKind.SHORT_TALE)
                .facts(Facts.of(StorytellingFacts.EPIC, true)).build();
        CareHistory h = history(epicTale, List.of(), List.of(MARCH_3));
        assertThatThrownBy(() -> ReimbursementEngine.loadInstalled().assess(h))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("epic")
                .hasMessageContaining("[saga] episodes only, not of short-tale");
    }

    @Test
    void theSimulator_addsTheSagaApproval_fromTheFirstSession() {
        StorytellingRuleSet ruleSet = new StorytellingRuleSet();
        ReimbursementEngine engine = ReimbursementEngine.loadInstalled();
        Episode saga = Storytelling.episode("saga", StoryKind.SAGA);
        CareHistory h = history(saga, List.of(), List.of(MARCH_3));
        List<Approval> approvals = ruleSet.simulator().approvalsFor(h, saga, MARCH_3, MARCH_3.plusDays(30),
                engine.catalog().ratesAt(Storytelling.PROFESSION, MARCH_3));
        assertThat(approvals).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(Storytelling.SAGA_APPROVAL);
            assertThat(a.episodeId()).isEqualTo("saga");
            assertThat(a.period()).isEqualTo(DateRange.startingFrom(MARCH_3));
        });
        assertThat(engine.assess(h).decision("s-1").refusalCode()).isPresent();
        assertThat(engine.assess(history(saga, approvals, List.of(MARCH_3))).decision("s-1").outcome())
                .isEqualTo(Outcome.REIMBURSED);
        Episode tale = Storytelling.episode("tale", StoryKind.SHORT_TALE);
        assertThat(ruleSet.simulator().approvalsFor(h, tale, MARCH_3, MARCH_3,
                engine.catalog().ratesAt(Storytelling.PROFESSION, MARCH_3))).isEmpty();
    }

    @Test
    void decisions_explainThemselves_inFrenchAndDutch_withLabels() {
        Assessment a = ReimbursementEngine.loadInstalled().assess(StorytellingDemo.history());
        Decision refused = a.decision("saga-1");
        assertThat(refused.refusalCode()).get().extracting(c -> c.code()).isEqualTo("005");
        Decision last = a.decision("saga-25");
        assertThat(last.usedUpBy()).contains("saga-23");
        Decision beyond = a.decision("saga-14");
        assertThat(beyond.missing()).singleElement().satisfies(m ->
                assertThat(m.message(Locale.FRENCH)).startsWith("tarif du code ST2002 le 2025-03-20"));
        for (Decision d : a.decisions()) {
            for (Reason r : d.reasons()) {
                assertThat(r.ruleId()).matches("ST-0[1-5]");
                assertThat(r.source()).startsWith("https://example.org/fictional/");
                for (Locale l : LANGUAGES) {
                    assertThat(r.message(l)).doesNotContain("{").doesNotStartWith(r.code());
                }
            }
        }
        assertThat(beyond.band()).get().satisfies(b ->
                assertThat(b.label(Locale.forLanguageTag("nl"))).isEqualTo("vertellen, na zitting 10"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StorytellingDemo.print(a, Locale.FRENCH, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("REFUSED 005", "REFUSED 002", "conte, séances 1-10",
                "Aucun accord de saga n'est valable le 2025-03-07");
    }

    @Test
    void theProfessionId_isStorytelling() {
        assertThat(Storytelling.PROFESSION).isEqualTo(Profession.of("storytelling"));
        assertThat(VOCABULARY.episodeKind("short-tale")).contains(StoryKind.SHORT_TALE);
        assertThat(VOCABULARY.approvalKind("saga-approval")).contains(Storytelling.SAGA_APPROVAL);
        assertThat(VOCABULARY.codeTable().columnNames()).containsExactly("band", "setting");
    }

    private static CareHistory history(Episode episode, List<Approval> approvals, List<LocalDate> dates) {
        var b = CareHistory.builder().patient(Patient.builder().id("p").build())
                .addPractitioners(Storytelling.practitioner("teller").build())
                .addEpisodes(episode)
                .addPrescriptions(Prescription.builder().id("rx").episodeId(episode.id())
                        .date(LocalDate.of(2025, 1, 2)).build())
                .addAllApprovals(approvals);
        int n = 0;
        for (LocalDate d : dates) {
            n++;
            b.addSessions(Session.builder().id("s-" + n).date(d).practitionerId("teller").episodeId(episode.id())
                    .prescriptionId("rx").build());
        }
        return b.build();
    }
}
