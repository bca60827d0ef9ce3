package com.buyerjourneykit.badinput;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * A generator of test input from a seeded {@link Random}, so a failing run is replayed from its
 * seed. Kept to what the bad-input tests need: fixed values, ranges, odd text, mixes by weight.
 */
@FunctionalInterface
interface Gen<T> {

    T next(Random random);

    default <R> Gen<R> map(Function<? super T, ? extends R> change) {
        return random -> change.apply(next(random));
    }

    default <R> Gen<R> flatMap(Function<? super T, Gen<R>> then) {
        return random -> then.apply(next(random)).next(random);
    }

    static <T> Gen<T> just(T value) {
        return random -> value;
    }

    @SafeVarargs
    static <T> Gen<T> of(T... values) {
        return of(List.of(values));
    }

    static <T> Gen<T> of(List<T> values) {
        List<T> copy = List.copyOf(values);
        return random -> copy.get(random.nextInt(copy.size()));
    }

    /** From {@code min} to {@code max}, both included. */
    static Gen<Integer> between(int min, int max) {
        return random -> min + random.nextInt(max - min + 1);
    }

    static Gen<Boolean> bool() {
        return Random::nextBoolean;
    }

    /** Any code points at all: controls, surrogate pairs, unassigned and private-use ones included. */
    static Gen<String> anyText(int minLength, int maxLength) {
        return random -> {
            StringBuilder text = new StringBuilder();
            int length = minLength + random.nextInt(maxLength - minLength + 1);
            for (int i = 0; i < length; i++) {
                int codePoint = random.nextInt(4) == 0 ? random.nextInt(0x80) : random.nextInt(0x110000);
                text.appendCodePoint(Character.isSurrogate((char) codePoint) && codePoint < 0x10000 ? 0xFFFD : codePoint);
            }
            return text.toString();
        };
    }

    static Gen<String> chars(char first, char last, int minLength, int maxLength) {
        return random -> {
            StringBuilder text = new StringBuilder();
            int length = minLength + random.nextInt(maxLength - minLength + 1);
            for (int i = 0; i < length; i++) {
                text.append((char) (first + random.nextInt(last - first + 1)));
            }
            return text.toString();
        };
    }

    static <T> Mix<T> mix() {
        return new Mix<>();
    }

    /** Picks one of its generators, each as often as its weight says. */
    final class Mix<T> implements Gen<T> {
        private final List<Gen<? extends T>> generators = new ArrayList<>();

        public Mix<T> add(int weight, Gen<? extends T> generator) {
            for (int i = 0; i < weight; i++) {
                generators.add(generator);
            }
            return this;
        }

        @Override
        public T next(Random random) {
            return generators.get(random.nextInt(generators.size())).next(random);
        }
    }
}
