/**
 * The {@code inami-rules} command line ({@link io.github.inamirules.cli.InamiRulesCli}), on picocli:
 * {@code assess FILE} prints every decision of scenario files as a table, JSON, the eTarif view, CSV
 * or HTML; {@code check FILE|DIR} runs their expectations; {@code simulate} builds a care history from
 * options and prints its year.
 *
 * <p>Decisions taken where the design left a choice:
 * <ul>
 *   <li>Verdicts come only from {@code ScenarioChecker} and files are read only by
 *       {@code ScenarioReader}: the command line never compares or parses on its own, so it agrees
 *       with the JUnit runner.</li>
 *   <li>Every failure is one line {@code error: <message>} on the error stream, never a stack trace.
 *       Exit codes: 0 success, 1 an expectation of {@code check} failed, 2 usage error or unreadable
 *       input, 3 a bug of inami-rules (the line then names the exception and where it was thrown).</li>
 *   <li>Option values are written as in scenario files: lower case with {@code -}
 *       ({@code palliative-home}, {@code rest-home}), dates {@code YYYY-MM-DD}, amounts
 *       {@code 40.00}.</li>
 *   <li>{@code simulate} has no default start date (the clock is never read); its default rhythm is
 *       Mondays and Thursdays; it adds the approval the situation needs (Fa/Fb notification, a 3-year
 *       E accord) and holds palliative sessions at home, so it shows bands rather than refusals.</li>
 *   <li>The language of the reasons is English unless {@code --lang} says otherwise, never the
 *       platform's locale; output is UTF-8.</li>
 *   <li>JSON keys are the model's accessor names ({@code patientShare}, {@code ruleId}); amounts are
 *       strings with two decimals, never JSON numbers (no reader turns them into binary floating
 *       point); absent values are {@code null}. Every JSON document is an object whose {@code schema}
 *       field is the id of its published schema ({@code docs/schema/assessment-v1.json},
 *       {@code etarif-v1.json}); the schemas are strict (every key required, no other key), so a test
 *       catches any drift, and a changed shape is a new schema version, never a silent change.</li>
 *   <li>{@code --format etarif} prints core's {@code TariffResponse}, named as MyCareNet eTarif names
 *       its tariff response; it holds no text, so {@code --lang} does not change it.</li>
 *   <li>CSV uses the JSON names as column identifiers, with CRLF records as RFC 4180 says. Its header
 *       row is in the {@code --lang} language by default (a CSV file is opened in a spreadsheet), or
 *       the identifiers with {@code --machine}; values are the same either way.</li>
 *   <li>Files are named relative to the folder given (or by their name when a file is given), so the
 *       output is the same on every machine; error lines keep the path as given, to find the file.</li>
 *   <li>{@code assess} over many files never lets one failure hide the others' results: the readable
 *       scenarios are printed, then one error line per unreadable file or failing scenario, exit 2.</li>
 *   <li>{@code --format html} draws pages with {@code inami-rules-report}, the public API billing
 *       software uses too; the command line only decides where they go: the one page to the output, or
 *       several pages into the {@code --out} folder, never several documents run together.</li>
 *   <li>{@code check} shows, under a mismatch, how the session was decided and why, in the chosen
 *       language: the mismatch line alone rarely says what went wrong.</li>
 * </ul>
 */
package io.github.inamirules.cli;
