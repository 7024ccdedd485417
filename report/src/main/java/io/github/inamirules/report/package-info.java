/**
 * Reports for people: {@link io.github.inamirules.report.YearReport} draws an
 * {@link io.github.inamirules.assessment.Assessment} as one self-contained HTML page per calendar year
 * ({@link io.github.inamirules.report.YearPage}).
 *
 * <p>Decisions taken where the design left a choice:
 * <ul>
 *   <li>The report is a module of its own ({@code inami-rules-report}, module
 *       {@code io.github.inamirules.report}) that needs only core, not part of the command line: the
 *       page is public API that billing software calls without picocli, Jackson or the scenario
 *       reader, and the CLI's {@code assess --format html} is one of its users. It is not in core
 *       either: core decides, it does not lay out pages.</li>
 *   <li>One page per calendar year of the sessions, because the counters and caps people ask about
 *       are yearly; a year without a session has no page. Counters are shown on the page of every year
 *       their period meets, as they stand after the last session assessed.</li>
 *   <li>The page is written as text by a small escaping writer, not by a template engine or a DOM
 *       library: no dependency, and no way to put a value on the page without escaping it. The markup
 *       is also well-formed XML, so tests (and programs) read it with the JDK's XML parser.</li>
 *   <li>No script at all, not even inline: the chart is inline SVG with a {@code <title>} per bar,
 *       reasons open with {@code <details>}, and a Content-Security-Policy forbids scripts and
 *       fetches. A page opened from an e-mail or a file share calls no server.</li>
 *   <li>Texts for people come from the reasons, bands and missing items themselves (each
 *       profession's own bundles) and, for the page's own words, from this module's bundles read with
 *       core's {@link io.github.inamirules.assessment.Texts}; amounts are written {@code 24,55 €} in
 *       French and Dutch, {@code €24.55} in English, from patterns in the bundles rather than the
 *       JVM's locale data, so a page is byte-for-byte the same on every JDK. Machine attributes
 *       ({@code data-amount}, {@code data-total}, {@code data-session}) stay plain.</li>
 *   <li>Totals are those of {@link io.github.inamirules.assessment.Assessment} over the year's
 *       decisions: priced reimbursed sessions only, the unpriced counted apart, never a second
 *       summing rule. Lengths in the drawings are computed with {@code BigDecimal} like every other
 *       use of money.</li>
 * </ul>
 */
@org.jspecify.annotations.NullMarked
package io.github.inamirules.report;
