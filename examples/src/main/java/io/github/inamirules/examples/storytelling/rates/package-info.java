/**
 * The rates of the <strong>fictional</strong> storytelling profession for 2025, as a rate module of its
 * own: {@link io.github.inamirules.examples.storytelling.rates.StorytellingRates2025}, which reads the
 * {@code .psv} files next to it with the kernel's {@link io.github.inamirules.rates.DataFileRateModule}.
 * Every figure and every source is invented, and the sources say so. Like a real rate module, it uses
 * only the kernel: no class of the rule set.
 */
package io.github.inamirules.examples.storytelling.rates;
