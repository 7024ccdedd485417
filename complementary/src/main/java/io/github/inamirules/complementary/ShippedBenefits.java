package io.github.inamirules.complementary;

import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * The complementary benefits shipped with the library: only benefits a mutuality's own page or an
 * official page states in full (shared/research psy.md PSY-60…63, update-2026.md §4). The data file
 * lists in its comments what was left out and why, and what was searched. Installed as a service.
 */
public final class ShippedBenefits extends BenefitModule {
    /** Creates the module; the data are read on first use. */
    public ShippedBenefits() {
    }

    @Override
    public String id() {
        return "complementary-benefits";
    }

    @Override
    protected @Nullable InputStream openResource(String name) {
        return ShippedBenefits.class.getResourceAsStream("benefits/" + name);
    }
}
