/**
 * inami-rules: Belgian compulsory health insurance (INAMI / RIZIV) reimbursement of paramedical
 * sessions.
 *
 * <p>Start with {@link io.github.inamirules.engine.ReimbursementEngine}: build one, hand it an
 * immutable {@link io.github.inamirules.model.CareHistory}, read the
 * {@link io.github.inamirules.assessment.Assessment}. This package holds the exception hierarchy,
 * rooted in {@link io.github.inamirules.InamiRulesException}.
 *
 * <p>Decisions taken where the design left a choice:
 * <ul>
 *   <li>All exceptions are unchecked; a refusal of reimbursement is a value, never an exception.</li>
 *   <li>Builders of the model throw {@link io.github.inamirules.InvalidInputException} (and its
 *       subclass {@link io.github.inamirules.NullValueException}) instead of the JDK's
 *       {@code IllegalStateException} / {@code NullPointerException}, so one {@code catch} covers
 *       every bad input.</li>
 * </ul>
 */
@org.jspecify.annotations.NullMarked
package io.github.inamirules;
