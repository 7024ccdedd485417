package io.github.inamirules.rates;

import java.util.Objects;

/**
 * A public source of rate data: a short name used in the data files and its address.
 *
 * <p>Immutable and thread-safe.
 */
public final class Source {
    private final String name;
    private final String url;

    private Source(String name, String url) {
        this.name = Objects.requireNonNull(name, "name");
        this.url = Objects.requireNonNull(url, "url");
    }

    /**
     * Obtains a source.
     *
     * @param name the short name, e.g. {@code "INAMI-TM"}
     * @param url the address of the document
     * @return the source
     */
    public static Source of(String name, String url) {
        return new Source(name, url);
    }

    /**
     * Returns the short name used in the data files.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the address of the document.
     *
     * @return the URL
     */
    public String url() {
        return url;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Source && name.equals(((Source) obj).name) && url.equals(((Source) obj).url);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + url.hashCode();
    }

    @Override
    public String toString() {
        return name + " <" + url + ">";
    }
}
