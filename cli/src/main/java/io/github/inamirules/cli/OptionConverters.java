package io.github.inamirules.cli;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.model.Money;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts option values the way scenario files write them: enum constants in lower case with
 * {@code -} for {@code _} ({@code monday}, {@code csv}), dates
 * {@code YYYY-MM-DD}, amounts in euros with at most two decimals. A wrong value is one line naming
 * what was expected, which picocli prefixes with the option's name.
 */
final class OptionConverters {
    private OptionConverters() {
    }

    /**
     * Registers the converters on a command line and its subcommands: enum constants of the option
     * types written as in scenario files, dates and amounts.
     */
    static CommandLine register(CommandLine cl) {
        enumNames(cl, OutputFormat.class);
        enumNames(cl, Language.class);
        enumNames(cl, DayOfWeek.class);
        cl.registerConverter(LocalDate.class, OptionConverters::date);
        cl.registerConverter(Money.class, OptionConverters::money);
        return cl;
    }

    private static <E extends Enum<E>> void enumNames(CommandLine cl, Class<E> type) {
        cl.registerConverter(type, new EnumNames<>(type));
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("expected a date YYYY-MM-DD, found '" + text + "'");
        }
    }

    static Money money(String text) {
        try {
            Money amount = Money.parse(text);
            if (amount.isNegative()) {
                throw InvalidInputException.of("amount", text, "is negative");
            }
            return amount;
        } catch (InvalidInputException e) {
            throw new TypeConversionException("expected an amount in euros with at most two decimals, like 40.00, "
                    + "found '" + text + "'");
        }
    }

    /** Reads an enum constant written in lower case with {@code -} for {@code _}. */
    static final class EnumNames<E extends Enum<E>> implements ITypeConverter<E> {
        private final Class<E> type;

        EnumNames(Class<E> type) {
            this.type = type;
        }

        @Override
        public E convert(String text) {
            String wanted = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(wanted)) {
                    return constant;
                }
            }
            throw new TypeConversionException("expected one of " + names(type) + ", found '" + text + "'");
        }

        static String names(Class<? extends Enum<?>> type) {
            return Arrays.stream(type.getEnumConstants()).map(EnumNames::name).collect(Collectors.joining(", "));
        }

        static String name(Enum<?> constant) {
            return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
