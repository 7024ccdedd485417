package io.github.inamirules.examples.storytelling;

/**
 * Where a story was told (fictional); with the band it selects the nomenclature code. Its
 * {@link #id()} is its name in scenario files ({@code setting: campfire}) and in the {@code setting}
 * column of the code table.
 */
public enum Setting {
    /** In a library; the default when a session does not say. */
    LIBRARY("library"),
    /** Around a campfire. */
    CAMPFIRE("campfire");

    private final String id;

    Setting(String id) {
        this.id = id;
    }

    /**
     * Returns the stable id.
     *
     * @return the id, e.g. {@code "campfire"}
     */
    public String id() {
        return id;
    }
}
