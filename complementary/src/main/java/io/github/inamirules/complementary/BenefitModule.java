package io.github.inamirules.complementary;

import java.io.InputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A module of complementary-benefit data: plain-text files next to the provider class, in the format
 * of the rate modules ({@code docs/complementary-format.md}). A provider names itself and opens its
 * own resources:
 *
 * <pre>{@code
 * public final class MyBenefits extends BenefitModule {
 *     public String id() { return "my-benefits"; }
 *     protected InputStream openResource(String name) { return MyBenefits.class.getResourceAsStream(name); }
 * }
 * }</pre>
 *
 * <p>and registers it in {@code module-info.java} ({@code provides io.github.inamirules.complementary.BenefitModule
 * with …}) and in {@code META-INF/services/io.github.inamirules.complementary.BenefitModule}, or hands it to
 * {@link ComplementaryBenefits#of}. The files are {@code sources.psv}, {@code coverage.psv}
 * ({@code mutuality | profession | from | to}) and {@code benefits.psv}. They are read once, on first
 * use, and checked: any error is a {@link io.github.inamirules.RateDataException} naming module, file,
 * line and column. The module is then immutable and thread-safe.
 */
public abstract class BenefitModule {
    private volatile BenefitFiles files;

    /** Creates the module; the data are read on first use. */
    protected BenefitModule() {
    }

    /**
     * Returns the module's id, used in provenance locations and errors.
     *
     * @return the id, e.g. {@code complementary-benefits}
     */
    public abstract String id();

    /**
     * Opens one of the data files, from the provider's own package.
     *
     * @param name the file name, e.g. {@code "benefits.psv"}
     * @return the stream, or null if there is no such file
     */
    protected abstract @Nullable InputStream openResource(String name);

    /**
     * Returns what the module vouches for: (mutuality, profession, period).
     *
     * @return the coverage rows, in file order
     */
    public final List<BenefitCoverage> coverage() {
        return files().coverage;
    }

    /**
     * Returns the benefit rows.
     *
     * @return the rows, in file order
     */
    public final List<Benefit> benefits() {
        return files().benefits;
    }

    private BenefitFiles files() {
        BenefitFiles f = files;
        if (f == null) {
            synchronized (this) {
                f = files;
                if (f == null) {
                    f = new BenefitFiles(id(), this::openResource);
                    files = f;
                }
            }
        }
        return f;
    }

    @Override
    public String toString() {
        return id();
    }
}
