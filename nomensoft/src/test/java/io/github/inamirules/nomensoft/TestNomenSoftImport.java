package io.github.inamirules.nomensoft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.RateConflictException;
import io.github.inamirules.RateDataException;
import io.github.inamirules.assessment.Comparison;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Money;
import io.github.inamirules.model.Patient;
import io.github.inamirules.model.Prescription;
import io.github.inamirules.model.Session;
import io.github.inamirules.physiotherapy.Physiotherapy;
import io.github.inamirules.physiotherapy.PhysiotherapyRuleSet;
import io.github.inamirules.physiotherapy.Situation;
import io.github.inamirules.rates.DirectoryRateModule;
import io.github.inamirules.rates.ProvenanceStatus;
import io.github.inamirules.rates.RateModule;
import io.github.inamirules.rates.Replacement;
import io.github.inamirules.rates2025.Rates2025;
import io.github.inamirules.rates2026.Rates2026;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * NomenSoft fee exports imported as an overlay over the library's rates: a fixture giving 567011 a 2026
 * fee prices a 2026 session fully, with the file in its provenance; malformed exports give one clear
 * line; unknown codes and other categories are reported; overlays never win silently.
 */
class TestNomenSoftImport {
    private static final LocalDate DATE_2026_03_02 = LocalDate.of(2026, 3, 2);

    private static ReimbursementEngine.Builder installed() {
        return ReimbursementEngine.builder().ruleSet(new PhysiotherapyRuleSet()).rateModule(new Rates2025())
                .rateModule(new Rates2026());
    }

    private static Path fixture(String name) {
        try {
            return Path.of(TestNomenSoftImport.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path overlayFolder(String name) {
        try {
            return Path.of(TestNomenSoftImport.class.getResource("/overlays/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CareHistory courante2026() {
        return CareHistory.builder().patient(Patient.builder().id("p").build())
                .addPractitioners(Physiotherapy.practitioner("kine")
                        .addConventionPeriods(DateRange.startingFrom(LocalDate.of(2025, 2, 1))).build())
                .addEpisodes(Physiotherapy.episode("back", Situation.COURANTE))
                .addPrescriptions(Prescription.builder().id("rx").episodeId("back").date(LocalDate.of(2026, 2, 20))
                        .build())
                .addSessions(Session.builder().id("back-1").date(DATE_2026_03_02).practitionerId("kine")
                        .episodeId("back").prescriptionId("rx").build())
                .build();
    }

    private static NomenSoftImport fixtureImport() {
        return NomenSoftImport.of("nomensoft-fixture", installed().build(), List.of(fixture("fixture-567011-2026.xml")));
    }

    @Test
    void aFixtureFee_pricesThe2026SessionFully_andItsProvenanceNamesTheFile() {
        ReimbursementEngine engine = installed().overlay(fixtureImport().asOverlay()).build();
        Decision d = engine.assess(courante2026()).decision("back-1");

        assertThat(d.outcome()).isEqualTo(Outcome.REIMBURSED);
        assertThat(d.isPriced()).isTrue();
        assertThat(d.fee()).contains(Money.parse("40.00"));
        assertThat(d.insurance()).as("fee minus the fixed patient share 6.25").contains(Money.parse("33.75"));
        assertThat(d.patientShare()).contains(Money.parse("6.25"));
        assertThat(d.tariffProvenance()).get().satisfies(p -> {
            assertThat(p.status()).isEqualTo(ProvenanceStatus.OFFICIAL);
            assertThat(p.sources()).singleElement().satisfies(s -> assertThat(s.url())
                    .isEqualTo("fixture-567011-2026.xml"));
            assertThat(p.note()).get().asString().contains("fixture-567011-2026.xml:").contains("FIXTURE_DOC_1");
        });
    }

    @Test
    void withoutTheOverlay_theSameSessionIsUnpriced() {
        Decision d = installed().build().assess(courante2026()).decision("back-1");
        assertThat(d.outcome()).isEqualTo(Outcome.REIMBURSED);
        assertThat(d.isPriced()).isFalse();
    }

    @Test
    void theEngineLists_whatTheOverlayReplaces() {
        ReimbursementEngine engine = installed().overlay(fixtureImport().asOverlay()).build();
        assertThat(engine.catalog().replacements()).singleElement().satisfies((Replacement r) -> {
            assertThat(r.overlay()).isEqualTo("nomensoft-fixture");
            assertThat(r.row().key()).isEqualTo("567011");
            assertThat(r.replaced()).singleElement().satisfies(old -> {
                assertThat(old.isUnknown()).isTrue();
                assertThat(old.provenance().location()).startsWith("rates-2026:physiotherapy/tariffs.psv:");
            });
        });
    }

    @Test
    void unknownCodesAndOtherCategories_areReported_neverImported() {
        NomenSoftImport imported = fixtureImport();
        assertThat(imported.unknownCodes()).containsExactly("999999");
        assertThat(imported.otherCategories()).singleElement().satisfies(f -> assertThat(f.category()).isEqualTo("1"));
        assertThat(imported.rowCount()).isEqualTo(1);
        assertThat(imported.files().get("physiotherapy/tariffs.psv")).contains("567011").doesNotContain("999999");
    }

    @Test
    void theOverlayFolder_writtenAndReadBack_givesTheSameDecision(@TempDir Path dir) {
        fixtureImport().writeTo(dir);
        RateModule fromFolder = DirectoryRateModule.of(dir, "nomensoft-folder");
        Decision viaFolder = installed().overlay(fromFolder).build().assess(courante2026()).decision("back-1");
        Decision inMemory = installed().overlay(fixtureImport().asOverlay()).build().assess(courante2026())
                .decision("back-1");
        assertThat(viaFolder.fee()).isEqualTo(inMemory.fee());
        assertThat(viaFolder.insurance()).isEqualTo(inMemory.insurance());
    }

    @Test
    void aComparison_marksWhatTheOverlayChanges() {
        CareHistory h = courante2026();
        Comparison c = Comparison.of(installed().build().assess(h),
                installed().overlay(fixtureImport().asOverlay()).build().assess(h));
        assertThat(c.differences()).singleElement().satisfies(row -> {
            assertThat(row.sessionId()).isEqualTo("back-1");
            assertThat(row.changed()).containsOnlyKeys("fee", "insurance");
            assertThat(row.changed().get("fee")).containsExactly("-", "40.00");
        });
    }

    @Test
    void twoOverlaysForTheSameRow_areAConflict() {
        assertThatThrownBy(() -> installed().overlay(fixtureImport().asOverlay())
                .overlay(NomenSoftImport.of("second", installed().build(), List.of(fixture("fixture-567011-2026.xml")))
                        .asOverlay()).build())
                .isInstanceOf(RateConflictException.class).hasMessageContaining("both replace physiotherapy 567011");
    }

    @Test
    void anOverlayThatReplacesNothing_isReported() {
        assertThatThrownBy(() -> installed().overlay(DirectoryRateModule.of(overlayFolder("replaces-nothing"),
                "replaces-nothing")).build()).isInstanceOf(RateDataException.class)
                .hasMessageContaining("replaces-nothing:physiotherapy/tariffs.psv:2")
                .hasMessageContaining("replaces no row of the installed rate modules");
    }

    @Test
    void aMalformedExport_isOneClearLine() {
        assertThatThrownBy(() -> NomenSoftReader.read(fixture("fixture-malformed.xml")))
                .isInstanceOf(NomenSoftException.class).hasMessageContaining("fixture-malformed.xml:")
                .hasMessageContaining("not well-formed XML").satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThatThrownBy(() -> NomenSoftReader.read(fixture("fixture-missing-element.xml")))
                .isInstanceOf(NomenSoftException.class).hasMessageMatching(".*fixture-missing-element\\.xml:\\d+:\\d+: "
                        + "NOMEN_HONORAIRES has no dend_fee");
    }

    @Test
    void anAmountThatIsNotWholeCents_isAnErrorNamingTheRecord_neverRounded() {
        assertThatThrownBy(() -> NomenSoftReader.read(fixture("fixture-not-whole-cents.xml")))
                .isInstanceOf(NomenSoftException.class)
                .hasMessageMatching(".*fixture-not-whole-cents\\.xml:\\d+:\\d+: fee of 567011: 30\\.805000 is not a "
                        + "positive amount in whole cents; it is not rounded");
    }

    @Test
    void aDocumentTypeDeclaration_isRefused_soNoExternalEntityIsRead() {
        assertThatThrownBy(() -> NomenSoftReader.read(fixture("fixture-dtd.xml")))
                .isInstanceOf(NomenSoftException.class).hasMessageContaining("fixture-dtd.xml:")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("root:"));
    }

    @Test
    void anOpenEndedFee_isClippedToTheInstalledCoverage() {
        String tariffs = fixtureImport().files().get("physiotherapy/tariffs.psv");
        assertThat(tariffs).contains("567011 | Fixture : séance de kinésithérapie | 2026-01-01 | 2027-01-01 | 40.00");
        assertThat(fixtureImport().files().get("coverage.psv")).contains("physiotherapy | 2025-01-01 | 2026-01-01")
                .contains("physiotherapy | 2026-01-01 | 2027-01-01");
    }
}
