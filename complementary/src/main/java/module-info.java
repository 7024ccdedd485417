/**
 * inami-rules complementary: what the patient really pays. The mutualities' complementary benefits
 * (voluntary insurance), date-effective data with provenance applied on top of an assessment, and
 * the maximum billing (MAF): the patient shares of a calendar year that count towards the
 * household's ceiling. Written only against core's exported packages.
 *
 * @uses io.github.inamirules.complementary.BenefitModule
 * @provides io.github.inamirules.complementary.BenefitModule the benefits shipped with the library
 */
module io.github.inamirules.complementary {
    requires transitive io.github.inamirules.core;

    exports io.github.inamirules.complementary;
    exports io.github.inamirules.complementary.maf;

    uses io.github.inamirules.complementary.BenefitModule;

    provides io.github.inamirules.complementary.BenefitModule
            with io.github.inamirules.complementary.ShippedBenefits;
}
