package io.github.inamirules.rates;

import io.github.inamirules.RateDataException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rate module whose data are five plain-text files, next to the provider class, that a reviewer can
 * diff against the official tables. A provider only names itself and opens its own resources:
 *
 * <pre>{@code
 * public final class MyRates extends DataFileRateModule {
 *     public String id() { return "my-rates"; }
 *     public String version() { return "1.0"; }
 *     protected InputStream openResource(String name) { return MyRates.class.getResourceAsStream(name); }
 * }
 * }</pre>
 *
 * <p>{@code openResource} must be implemented in the provider's own class: on the module path only
 * code of the provider's module may read its encapsulated resources.
 *
 * <h2>Format</h2>
 * UTF-8 text; blank lines and lines starting with {@code #} are ignored; the first other line is the
 * header, exactly as below; fields are separated by {@code |} and trimmed. Periods are half-open
 * {@code [from, to)} with ISO dates, and {@code to} is required: no value lives past its last known
 * day. Amounts have two decimals or are left empty when no source gives them. {@code status} is
 * {@code official}, {@code reported} or {@code derived}; a derived row must give its derivation in
 * {@code note}. {@code source} names one or more sources of {@code sources.psv}, joined by {@code +}.
 * <ul>
 *   <li>{@code sources.psv}: {@code source | url}</li>
 *   <li>{@code coverage.psv}: {@code profession | from | to}</li>
 *   <li>{@code parameters.psv}: {@code profession | name | from | to | value | status | source | note}</li>
 *   <li>{@code tariffs.psv}: {@code profession | code | from | to | fee | insurance_ordinary |
 *       insurance_preferential | status | source | note}</li>
 *   <li>{@code codes.psv}: {@code profession | band | place | minutes | code | from | to | status |
 *       source | note}</li>
 * </ul>
 * Any error is a {@link RateDataException} naming module, file, line and column. The data are read
 * once, on first use, and kept; the module is then immutable and thread-safe.
 */
public abstract class DataFileRateModule implements RateModule {
    private static final List<String> FILES =
            List.of("sources.psv", "coverage.psv", "parameters.psv", "tariffs.psv", "codes.psv");

    private volatile Data data;

    /** Creates the module; the data are read on first use. */
    protected DataFileRateModule() {
    }

    /**
     * Opens one of the data files, from the provider's own package.
     *
     * @param name the file name, e.g. {@code "tariffs.psv"}
     * @return the stream, or null if there is no such file
     */
    protected abstract InputStream openResource(String name);

    @Override
    public final String checksum() {
        return data().checksum;
    }

    @Override
    public final List<Coverage> coverage() {
        return data().coverage;
    }

    @Override
    public final List<ParameterValue> parameters() {
        return data().parameters;
    }

    @Override
    public final List<Tariff> tariffs() {
        return data().tariffs;
    }

    @Override
    public final List<NomenclatureCode> codes() {
        return data().codes;
    }

    private Data data() {
        Data d = data;
        if (d == null) {
            synchronized (this) {
                d = data;
                if (d == null) {
                    d = load();
                    data = d;
                }
            }
        }
        return d;
    }

    private Data load() {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        MessageDigest digest = sha256();
        for (String file : FILES) {
            try (InputStream in = openResource(file)) {
                if (in == null) {
                    throw new RateDataException(id() + ": data file " + file + " is missing");
                }
                byte[] content = in.readAllBytes();
                bytes.put(file, content);
                digest.update(content);
            } catch (IOException e) {
                throw new RateDataException(id() + ":" + file + ": cannot be read: " + e.getMessage());
            }
        }
        return new Data(id(), bytes, HexFormat.of().formatHex(digest.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The parsed content of the five files. */
    private static final class Data {
        final String checksum;
        final List<Coverage> coverage;
        final List<ParameterValue> parameters;
        final List<Tariff> tariffs;
        final List<NomenclatureCode> codes;

        Data(String module, Map<String, byte[]> files, String checksum) {
            this.checksum = checksum;
            Map<String, Source> sources = new LinkedHashMap<>();
            reader(module, files, "sources.psv", "source", "url").forEach(l -> {
                if (sources.putIfAbsent(l.text("source"), Source.of(l.text("source"), l.text("url"))) != null) {
                    throw l.error("source", "a name not declared before");
                }
            });
            this.coverage = List.copyOf(reader(module, files, "coverage.psv", "profession", "from", "to")
                    .map(l -> Coverage.of(l.profession(), l.period())));
            this.parameters = List.copyOf(reader(module, files, "parameters.psv",
                    "profession", "name", "from", "to", "value", "status", "source", "note")
                    .map(l -> ParameterValue.of(l.profession(), l.text("name"), l.period(), l.text("value"),
                            l.provenance(sources))));
            this.tariffs = List.copyOf(reader(module, files, "tariffs.psv", "profession", "code", "from", "to",
                    "fee", "insurance_ordinary", "insurance_preferential", "status", "source", "note")
                    .map(l -> Tariff.of(l.profession(), l.text("code"), l.period(), l.optionalMoney("fee"),
                            l.optionalMoney("insurance_ordinary"), l.optionalMoney("insurance_preferential"),
                            l.provenance(sources))));
            this.codes = List.copyOf(reader(module, files, "codes.psv", "profession", "band", "place",
                    "minutes", "code", "from", "to", "status", "source", "note")
                    .map(l -> NomenclatureCode.of(l.profession(), l.text("band"), l.place(),
                            l.positiveInt("minutes"), l.text("code"), l.period(), l.provenance(sources))));
        }

        private static RateFileReader reader(String module, Map<String, byte[]> files, String file,
                String... columns) {
            return RateFileReader.read(module, file, new ByteArrayInputStream(files.get(file)), List.of(columns));
        }
    }
}
