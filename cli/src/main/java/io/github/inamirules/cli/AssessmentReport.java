package io.github.inamirules.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Prints assessed scenarios in one output format. Implementations are stateless.
 */
interface AssessmentReport {

    /**
     * Prints the scenarios.
     *
     * @param scenarios the assessed scenarios, in the order to print
     * @param locale the language of reasons and band labels
     * @param out where to print
     */
    void print(List<AssessedScenario> scenarios, Locale locale, PrintWriter out);
}
