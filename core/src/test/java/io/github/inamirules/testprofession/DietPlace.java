package io.github.inamirules.testprofession;

/** Where a fictional dietetics session takes place: the value of {@link DieteticsFiction#PLACE}. */
public enum DietPlace {
    CABINET("cabinet"),
    HOME("home");

    private final String id;

    DietPlace(String id) {
        this.id = id;
    }

    /** The value's name in files and in the code table. */
    public String id() {
        return id;
    }
}
