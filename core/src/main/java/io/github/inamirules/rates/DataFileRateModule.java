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
import io.github.inamirules.model.Profession;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import org.jspecify.annotations.Nullable;

/**
 * A rate module whose data are plain-text files next to the provider class, one folder per
 * profession, that a reviewer can diff against the official tables. A provider only names itself
 * and opens its own resources:
 *
 * <pre>{@code
 * public final class MyRates extends DataFileRateModule {
 *     public String id() { return "my-rates"; }
 *     protected InputStream openResource(String name) { return MyRates.class.getResourceAsStream(name); }
 * }
 * }</pre>
 *
 * <p>{@code openResource} must be implemented in the provider's own class: on the module path only
 * code of the provider's module may read its encapsulated resources.
 *
 * <h2>Format</h2>
 * The complete description, with an example, is {@code docs/rates-format.md}. In short: UTF-8 text;
 * blank lines and lines starting with {@code #} are ignored; the first other line is the header;
 * fields are separated by {@code |} and trimmed. Periods are half-open {@code [from, to)} with ISO
 * dates, and {@code to} is required: no value lives past its last known day. {@code status} is
 * {@code official}, {@code reported}, {@code derived}, {@code carried} or {@code unknown}; a derived,
 * carried or unknown row must say in {@code note} its derivation, the text it rests on, or what was
 * searched; an unknown row leaves its value empty. {@code source} names one or more sources of
 * {@code sources.psv}, joined by {@code +}.
 * <ul>
 *   <li>{@code sources.psv}: {@code source | url}</li>
 *   <li>{@code coverage.psv}: {@code profession | from | to}; then, in a folder named after each
 *       profession covered:</li>
 *   <li>{@code <profession>/parameters.psv}: {@code name | from | to | value | status | source | note}</li>
 *   <li>{@code <profession>/tariffs.psv}: {@code code | label | from | to | fee | insurance_ordinary |
 *       insurance_preferential | status | source | note}</li>
 *   <li>{@code <profession>/codes.psv}: the key columns the profession's vocabulary declares (for
 *       physiotherapy {@code band | place | minutes}), then {@code code | label | from | to | status |
 *       source | note}</li>
 * </ul>
 * Any error is a {@link RateDataException} naming module, file, line and column; rows are checked
 * against the rule set's vocabulary when the engine is built. The data are read once, on first use,
 * and kept; the module is then immutable and thread-safe.
 */
public abstract class DataFileRateModule implements RateModule {
    private static final List<String> CODE_TAIL = List.of("code", "label", "from", "to", "status", "source", "note");

    private volatile Data data;

    /** Creates the module; the data are read on first use. */
    protected DataFileRateModule() {
    }

    /**
     * Opens one of the data files, from the provider's own package.
     *
     * @param name the file name relative to the provider's package, e.g. {@code "physiotherapy/tariffs.psv"}
     * @return the stream, or null if there is no such file
     */
    protected abstract @Nullable InputStream openResource(String name);

    /**
     * Returns the version of the jar the provider class comes from ({@code Implementation-Version} of its
     * manifest), or {@code "dev"} when it runs from a build's classes. Override to say otherwise.
     *
     * @return the version
     */
    @Override
    public String version() {
        Package p = getClass().getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public final String checksum() {
        return data().checksum();
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
                    d = new Data(this);
                    data = d;
                }
            }
        }
        return d;
    }

    private byte[] bytes(String file, Map<String, byte[]> read) {
        try (InputStream in = openResource(file)) {
            if (in == null) {
                throw new RateDataException(id() + ": data file " + file + " is missing");
            }
            byte[] content = in.readAllBytes();
            read.put(file, content);
            return content;
        } catch (IOException e) {
            throw new RateDataException(id() + ":" + file + ": cannot be read: " + e.getMessage());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * The parsed content of the files. The checksum (SHA-256 over each file's name and content, in the
     * order read) is computed on first use only: the digest's first use in a JVM costs about 20 ms,
     * and an engine needs it only to tell an exact duplicate module apart and to log.
     */
    private static final class Data {
        /** The files in the order read, for the checksum. */
        private final Map<String, byte[]> read = new LinkedHashMap<>();
        private volatile String checksum;
        final List<Coverage> coverage;
        private final List<ParameterValue> parameterRows = new ArrayList<>();
        private final List<Tariff> tariffRows = new ArrayList<>();
        private final List<NomenclatureCode> codeRows = new ArrayList<>();
        final List<ParameterValue> parameters = java.util.Collections.unmodifiableList(parameterRows);
        final List<Tariff> tariffs = java.util.Collections.unmodifiableList(tariffRows);
        final List<NomenclatureCode> codes = java.util.Collections.unmodifiableList(codeRows);
        private final Map<String, Source> sources = new LinkedHashMap<>();
        private final DataFileRateModule module;

        Data(DataFileRateModule module) {
            this.module = module;
            sources.putAll(RateFileReader.readSources(module.id(), "sources.psv",
                    new ByteArrayInputStream(module.bytes("sources.psv", read))));
            this.coverage = List.copyOf(reader("coverage.psv", "profession", "from", "to")
                    .map(l -> Coverage.of(l.profession(), l.period())));
            coverage.stream().map(Coverage::profession).distinct().forEach(this::readProfession);
        }

        String checksum() {
            String c = checksum;
            if (c == null) {
                MessageDigest digest = sha256();
                read.forEach((file, content) -> {
                    digest.update(file.getBytes(StandardCharsets.UTF_8));
                    digest.update(content);
                });
                c = HexFormat.of().formatHex(digest.digest());
                checksum = c;
            }
            return c;
        }

        private void readProfession(Profession p) {
            String dir = p.id() + "/";
            reader(dir + "parameters.psv", "name", "from", "to", "value", "status", "source", "note")
                    .forEach(l -> parameterRows.add(ParameterValue.read(p, l.text("name"), l.period(),
                            l.optionalText("value"), l.provenance(sources), l.columnStarts())));
            reader(dir + "tariffs.psv", "code", "label", "from", "to", "fee", "insurance_ordinary",
                    "insurance_preferential", "status", "source", "note")
                    .forEach(l -> tariffRows.add(Tariff.read(p, l.text("code"), l.optionalText("label"), l.period(),
                            l.optionalMoney("fee"), l.optionalMoney("insurance_ordinary"),
                            l.optionalMoney("insurance_preferential"), l.provenance(sources), l.columnStarts())));
            String file = dir + "codes.psv";
            RateFileReader r = RateFileReader.readKeyed(module.id(), file,
                    new ByteArrayInputStream(module.bytes(file, read)), CODE_TAIL);
            r.forEach(l -> codeRows.add(NomenclatureCode.read(p, l.keyColumns(r.keyColumnCount()),
                    l.optionalText("code"), l.optionalText("label"), l.period(), l.provenance(sources),
                    l.columnStarts())));
        }

        private RateFileReader reader(String file, String... columns) {
            return RateFileReader.read(module.id(), file, new ByteArrayInputStream(module.bytes(file, read)),
                    List.of(columns));
        }
    }
}
