package io.github.inamirules.model;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.NullValueException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The code-generation style shared by every value type of the library (an Immutables
 * meta-annotation). Not for users: it only affects how {@code Immutable*} classes are generated.
 *
 * <p>JDK collections only (no Guava), builders that throw {@link InvalidInputException} on a
 * missing attribute and {@link NullValueException} on a null, and no annotation taken from the
 * class path other than {@code @Override}, so the generated code compiles on the module path.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
        jdkOnly = true,
        allowedClasspathAnnotations = {Override.class},
        throwForInvalidImmutableState = InvalidInputException.class,
        throwForNullPointer = NullValueException.class,
        defaults = @Value.Immutable(copy = true))
public @interface InamiStyle {
}
