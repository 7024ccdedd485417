package io.github.inamirules.complementary;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A benefit module whose files are strings, as a user's module would ship them next to its class. */
final class MemoryBenefits extends BenefitModule {
    static final String SOURCES = "source | url\nMY-SHEET | https://example.org/our-benefits-2025.pdf\n";
    static final String COVERAGE = "mutuality | profession | from | to\ntest-mut | clinical-psychology | 2025-01-01 | 2026-01-01\n";
    static final String HEADER = String.join(" | ", BenefitFiles.BENEFIT_COLUMNS) + "\n";

    private final Map<String, String> files;

    MemoryBenefits(String benefits) {
        this(COVERAGE, benefits);
    }

    MemoryBenefits(String coverage, String benefits) {
        this.files = Map.of("sources.psv", SOURCES, "coverage.psv", coverage, "benefits.psv", HEADER + benefits);
    }

    @Override
    public String id() {
        return "my-benefits";
    }

    @Override
    protected InputStream openResource(String name) {
        String content = files.get(name);
        return content == null ? null : new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }
}
