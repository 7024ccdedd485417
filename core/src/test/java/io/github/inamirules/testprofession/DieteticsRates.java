package io.github.inamirules.testprofession;

import static io.github.inamirules.rates.InMemoryRateModule.COVERAGE_HEADER;
import static io.github.inamirules.rates.InMemoryRateModule.PARAMETERS_HEADER;
import static io.github.inamirules.rates.InMemoryRateModule.SOURCES_HEADER;
import static io.github.inamirules.rates.InMemoryRateModule.TARIFFS_HEADER;
import static io.github.inamirules.rates.InMemoryRateModule.lines;

import io.github.inamirules.rates.InMemoryRateModule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * In-memory rates of the fictional dietetics profession over one calendar year:
 * <ul>
 *   <li>3 sessions a year (5 for a diabetic patient), patient share 5.00 (preferential 1.50);</li>
 *   <li>from 2026, {@code home.allowed} is false;</li>
 *   <li>codes: standard cabinet D101 (fee 25.00), standard home D102 (30.00), intensive cabinet D201
 *       (40.00, explicit insurance 36.00 / 39.00), intensive home D202 whose fee is an explicit
 *       unknown.</li>
 * </ul>
 * Line numbers are stable: the first parameter row is line 3 of {@code parameters.psv}, the first code
 * row line 3 of {@code codes.psv}.
 */
public final class DieteticsRates {
    public static final String DIR = DieteticsFiction.PROFESSION.id();
    public static final String PARAMETERS = InMemoryRateModule.parametersFile(DIR);
    public static final String TARIFFS = InMemoryRateModule.tariffsFile(DIR);
    public static final String CODES = InMemoryRateModule.codesFile(DIR);
    public static final String CODES_HEADER = InMemoryRateModule.codesHeader("band", "place");

    private DieteticsRates() {
    }

    /** The module {@code diet-<year>}. */
    public static InMemoryRateModule module(int year) {
        return new InMemoryRateModule("diet-" + year, files(year));
    }

    /** The module {@code diet-2025}. */
    public static InMemoryRateModule module2025() {
        return module(2025);
    }

    /** The files of {@link #module(int)}, modifiable. */
    public static Map<String, String> files(int year) {
        String from = year + "-01-01";
        String to = (year + 1) + "-01-01";
        Map<String, String> files = new LinkedHashMap<>();
        files.put("sources.psv", lines(SOURCES_HEADER, "FICTION | https://example.org/dietetics-fiction/gazette",
                "FICTION-FAQ | https://example.org/dietetics-fiction/faq"));
        files.put("coverage.psv", lines(COVERAGE_HEADER, DIR + " | " + from + " | " + to));
        files.put(PARAMETERS, parameters(year, parameter("sessions_max", from, to, "3")));
        files.put(TARIFFS, lines("# fictional fees", TARIFFS_HEADER,
                "D101 | standard at the practice | " + from + " | " + to + " | 25.00 | | | official | FICTION |",
                "D102 | standard at home | " + from + " | " + to + " | 30.00 | | | reported | FICTION-FAQ |",
                "D201 | intensive at the practice | " + from + " | " + to
                        + " | 40.00 | 36.00 | 39.00 | derived | FICTION | last year's fee x 1.02",
                "D202 | intensive at home | " + from + " | " + to
                        + " |  |  |  | unknown | FICTION | searched the fictional gazette, no fee found"));
        files.put(CODES, codes(year, codeRow("DIET_STANDARD", "cabinet", "D101", from, to)));
        return files;
    }

    /**
     * Returns {@code parameters.psv} for a year with the given row of {@code sessions_max} (line 3) and
     * the other parameters after it.
     */
    public static String parameters(int year, String sessionsMaxRow) {
        String from = year + "-01-01";
        String to = (year + 1) + "-01-01";
        List<String> rows = new ArrayList<>(List.of("# fictional parameters", PARAMETERS_HEADER, sessionsMaxRow,
                parameter("sessions_max_diabetic", from, to, "5"),
                parameter("patient_share.ordinary", from, to, "5.00"),
                parameter("patient_share.preferential", from, to, "1.50")));
        if (year >= 2026) {
            rows.add(parameter("home.allowed", from, to, "false"));
        }
        return lines(rows.toArray(new String[0]));
    }

    /**
     * Returns {@code codes.psv} for a year with the given row of standard cabinet sessions (line 3) and
     * the other codes after it.
     */
    public static String codes(int year, String standardCabinetRow) {
        String from = year + "-01-01";
        String to = (year + 1) + "-01-01";
        return lines("# band x place -> code", CODES_HEADER, standardCabinetRow,
                codeRow("DIET_STANDARD", "home", "D102", from, to),
                codeRow("DIET_INTENSIVE", "cabinet", "D201", from, to),
                codeRow("DIET_INTENSIVE", "home", "D202", from, to));
    }

    /** An official parameter row. */
    public static String parameter(String name, String from, String to, String value) {
        return name + " | " + from + " | " + to + " | " + value + " | official | FICTION |";
    }

    /** An explicit unknown parameter row. */
    public static String unknownParameter(String name, String from, String to) {
        return name + " | " + from + " | " + to + " |  | unknown | FICTION | searched the fictional gazette";
    }

    /** An official code row. */
    public static String codeRow(String band, String place, String code, String from, String to) {
        return band + " | " + place + " | " + code + " | | " + from + " | " + to + " | official | FICTION |";
    }

    /** An explicit unknown code row. */
    public static String unknownCodeRow(String band, String place, String from, String to) {
        return band + " | " + place + " |  | | " + from + " | " + to + " | unknown | FICTION | no code published";
    }
}
