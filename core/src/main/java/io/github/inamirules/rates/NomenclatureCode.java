package io.github.inamirules.rates;

import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Place;
import io.github.inamirules.model.Profession;
import java.util.Objects;

/**
 * Which nomenclature code a session of a band, at a place, of a duration is attested under, over a
 * period. Codes are data because the nomenclature renumbers them (the 2021 split of courante sessions
 * 1–9 and 10–18, for instance) without changing the shape of the law.
 *
 * <p>Immutable and thread-safe.
 */
public final class NomenclatureCode extends RateRow {
    private final String band;
    private final Place place;
    private final int minutes;
    private final String code;

    private NomenclatureCode(Profession profession, String band, Place place, int minutes, String code,
            DateRange period, Provenance provenance) {
        super(profession, period, provenance);
        this.band = Objects.requireNonNull(band, "band");
        this.place = Objects.requireNonNull(place, "place");
        this.minutes = minutes;
        this.code = Objects.requireNonNull(code, "code");
    }

    /**
     * Obtains a code selection row.
     *
     * @param profession the profession
     * @param band the band id, e.g. {@code "PHYSIO_COURANTE_1_9"}
     * @param place the place of the session
     * @param minutes the duration in minutes
     * @param code the nomenclature code
     * @param period the period, half-open
     * @param provenance where it comes from
     * @return the row
     */
    public static NomenclatureCode of(Profession profession, String band, Place place, int minutes, String code,
            DateRange period, Provenance provenance) {
        return new NomenclatureCode(profession, band, place, minutes, code, period, provenance);
    }

    /**
     * Builds the key of a selection.
     *
     * @param band the band id
     * @param place the place
     * @param minutes the duration
     * @return the key, {@code band/place/minutes}
     */
    public static String keyOf(String band, Place place, int minutes) {
        return band + "/" + place + "/" + minutes;
    }

    /**
     * Returns the band id.
     *
     * @return the band
     */
    public String band() {
        return band;
    }

    /**
     * Returns the place.
     *
     * @return the place
     */
    public Place place() {
        return place;
    }

    /**
     * Returns the duration in minutes.
     *
     * @return the minutes
     */
    public int minutes() {
        return minutes;
    }

    /**
     * Returns the nomenclature code.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    @Override
    public String key() {
        return keyOf(band, place, minutes);
    }

    @Override
    public String toString() {
        return profession() + " " + key() + " -> " + code + " " + period();
    }
}
