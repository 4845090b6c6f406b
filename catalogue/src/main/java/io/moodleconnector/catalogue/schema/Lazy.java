package io.moodleconnector.catalogue.schema;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value computed on first use, once, then shared: for what is costly to build and needed only on some paths (the
 * meta-schemas are needed to check a catalogue, not to load the prechecked shipped one).
 *
 * <p>Thread-safe: concurrent first calls compute the value once.
 *
 * @param <T> the value's type
 */
public final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> compute;
    private volatile T value;

    public Lazy(Supplier<T> compute) {
        this.compute = Objects.requireNonNull(compute, "compute");
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = Objects.requireNonNull(compute.get(), "a lazy value may not be null");
                    value = v;
                }
            }
        }
        return v;
    }
}
