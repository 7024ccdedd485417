/**
 * NomenSoft: the official fees INAMI / RIZIV publishes per nomenclature code, read
 * ({@link io.github.inamirules.nomensoft.NomenSoftReader}) and turned into a rate overlay
 * ({@link io.github.inamirules.nomensoft.NomenSoftImport}) that a user installs beside the library's
 * rate modules, so billing software prices with the tariffs it already downloads.
 *
 * <p>Decisions taken where the design left a choice:
 * <ul>
 *   <li>Only category 0 (the fee, honoraire / honorarium) is imported; records of other categories,
 *       codes no installed profession lists and fees on days no installed module covers are reported,
 *       never dropped silently.</li>
 *   <li>An import is an overlay, not a rate module: it replaces the installed tariff rows of its codes
 *       on its days (usually explicit unknown rows), the engine lists and logs what it replaced, and a
 *       fee of a code the installed modules do not know is never added.</li>
 *   <li>{@code dend_fee} is the last day of the fee ({@code 2999-12-31}: no end); rows are clipped to
 *       the installed coverage, since no value lives past its last covered day.</li>
 *   <li>Amounts are written with six decimals; one that is not whole cents is an error, never
 *       rounded.</li>
 * </ul>
 */
package io.github.inamirules.nomensoft;
