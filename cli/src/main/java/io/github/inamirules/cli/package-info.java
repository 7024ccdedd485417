/**
 * The {@code inami-rules} command line ({@link io.github.inamirules.cli.InamiRulesCli}), on picocli:
 * {@code assess FILE} prints every decision of scenario files as a table, JSON, CSV or HTML; {@code check
 * FILE|DIR} runs their expectations; {@code simulate} builds a care history from options and prints
 * its year.
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
 *       strings with two decimals; absent values are {@code null}. CSV uses the same names, with
 *       CRLF records as RFC 4180 says.</li>
 *   <li>{@code --format html} draws pages with {@code inami-rules-report}, the public API billing
 *       software uses too; the command line only decides where they go: the one page to the output, or
 *       several pages into the {@code --out} folder, never several documents run together.</li>
 *   <li>{@code check} shows, under a mismatch, how the session was decided and why, in the chosen
 *       language: the mismatch line alone rarely says what went wrong.</li>
 * </ul>
 */
package io.github.inamirules.cli;
