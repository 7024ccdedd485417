package io.github.inamirules.complementary.maf;

import java.util.Locale;

/**
 * A household's MAF ceiling category: one of the six income brackets of the income MAF (MAF revenus /
 * inkomens-MAF, "six tranches depuis 2022"), or the social MAF of households with the preferential
 * status (BIM). The user supplies it: the library knows neither incomes nor households. Written
 * {@code income-1} … {@code income-6}, {@code social} in the data files.
 */
public enum MafBracket {
    /** The lowest income bracket. */
    INCOME_1,
    /** The second income bracket. */
    INCOME_2,
    /** The third income bracket. */
    INCOME_3,
    /** The fourth income bracket. */
    INCOME_4,
    /** The fifth income bracket. */
    INCOME_5,
    /** The highest income bracket. */
    INCOME_6,
    /** The social MAF (BIM households), a fixed ceiling. */
    SOCIAL;

    /**
     * Returns the id of the data files.
     *
     * @return e.g. {@code income-3}
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
