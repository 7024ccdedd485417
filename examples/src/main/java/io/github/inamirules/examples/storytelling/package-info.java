/**
 * Storytelling therapy, a <strong>deliberately fictional</strong> profession: INAMI / RIZIV has no such
 * nomenclature, and every rule ({@code ST-01} to {@code ST-05}), code ({@code ST1001}…), figure and
 * source ({@code https://example.org/fictional/…}) here is invented. It exists to prove that a third
 * party can add a profession to inami-rules with nothing but the kernel's exported packages: this
 * package uses no class of the physiotherapy module, and the kernel does not know it exists.
 *
 * <p>What a profession plug-in consists of, and where it is here:
 * <ul>
 *   <li>the profession and typed factories: {@link io.github.inamirules.examples.storytelling.Storytelling};</li>
 *   <li>its vocabulary: kinds {@link io.github.inamirules.examples.storytelling.StoryKind}, facts
 *       {@link io.github.inamirules.examples.storytelling.StorytellingFacts} with the values of
 *       {@link io.github.inamirules.examples.storytelling.Setting}, bands
 *       {@link io.github.inamirules.examples.storytelling.StoryBands}, counters
 *       {@link io.github.inamirules.examples.storytelling.StoryCounters}, parameters
 *       {@link io.github.inamirules.examples.storytelling.StoryParameters}, a code table keyed
 *       {@code band | setting}, reason codes with texts in French, Dutch and English (this package's
 *       {@code messages_*.properties});</li>
 *   <li>its rules, each a small package-private class citing a
 *       {@link io.github.inamirules.examples.storytelling.StoryRule}, run by
 *       {@link io.github.inamirules.examples.storytelling.StorytellingRuleSet}, registered with
 *       {@code provides io.github.inamirules.rules.RuleSet} in {@code module-info} and in
 *       {@code META-INF/services};</li>
 *   <li>its rates, a separate concern: {@link io.github.inamirules.examples.storytelling.rates.StorytellingRates2025}.</li>
 * </ul>
 */
package io.github.inamirules.examples.storytelling;
