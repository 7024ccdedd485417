package io.github.inamirules.assessment;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An unmodifiable list over an array of its own: the lists of the hand-written values of this package
 * ({@link Decision}), copied once from what a builder was given. {@code List.copyOf} of a mutable list
 * copies its elements twice on Java 17, once per decision and list; this copies them once and checks
 * each is not null. Equality and hash code are those of every {@link List}; every mutator throws
 * {@link UnsupportedOperationException}. Package-private.
 *
 * @param <E> the type of the elements
 */
final class FrozenList<E> extends AbstractList<E> implements RandomAccess {
    private final Object[] elements;

    private FrozenList(Object[] elements) {
        this.elements = elements;
    }

    /**
     * Returns an unmodifiable list of the same elements: the list itself if it is one of these, the
     * empty {@code List.of()} if it is empty, otherwise a copy.
     *
     * @param <E> the type of the elements
     * @param list the list
     * @param what the name of an element, for the exception if one is null
     * @return the unmodifiable list
     * @throws io.github.inamirules.NullValueException naming {@code what} if an element is null
     */
    static <E> List<E> copyOf(List<? extends E> list, String what) {
        if (list instanceof FrozenList) {
            @SuppressWarnings("unchecked")
            List<E> same = (List<E>) list;
            return same;
        }
        if (list.isEmpty()) {
            return List.of();
        }
        Object[] copy = list.toArray();
        for (Object e : copy) {
            Attributes.required(e, what);
        }
        return new FrozenList<>(copy);
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        return (E) elements[index];
    }

    @Override
    public int size() {
        return elements.length;
    }
}
