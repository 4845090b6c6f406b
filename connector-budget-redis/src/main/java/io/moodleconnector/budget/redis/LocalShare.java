package io.moodleconnector.budget.redis;

import io.moodleconnector.spi.SiteBudget;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One worker's share of each site's budget, used while Redis cannot be reached: {@code 1 / workers} of the site's
 * rate, with starts spaced evenly, and of its in-flight bound (at least one). If every worker of the site falls
 * back at once, together they stay within the site's budget. Thread-safe.
 */
public final class LocalShare implements SiteBudget {
    private final int workers;
    private final ConcurrentMap<String, Share> shares = new ConcurrentHashMap<>();

    public LocalShare(int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        }
        this.workers = workers;
    }

    @Override
    public Permit acquire(Site site, Duration maxWait) throws InterruptedException {
        Share share = shares.compute(site.key(), (k, old) -> old != null && old.site.equals(site) ? old
                : new Share(site, workers));
        long deadline = System.nanoTime() + Math.max(0, maxWait.toNanos());
        if (!share.slots.tryAcquire(Math.max(0, maxWait.toNanos()), TimeUnit.NANOSECONDS)) {
            return null;
        }
        long start = share.bookStart(deadline);
        if (start < 0) {
            share.slots.release();
            return null;
        }
        try {
            TimeUnit.NANOSECONDS.sleep(start - System.nanoTime());
        } catch (InterruptedException e) {
            share.slots.release();
            throw e;
        }
        AtomicBoolean open = new AtomicBoolean(true);
        return () -> {
            if (open.compareAndSet(true, false)) {
                share.slots.release();
            }
        };
    }

    private static final class Share {
        final Site site;
        final Semaphore slots;
        final long spacingNanos;
        final AtomicLong nextStart = new AtomicLong(Long.MIN_VALUE);

        Share(Site site, int workers) {
            this.site = site;
            this.slots = new Semaphore(Math.max(1, site.maxInFlight() / workers), true);
            this.spacingNanos = (long) (1e9 * workers / site.requestsPerSecond());
        }

        /** Books the earliest start this share allows, or answers -1 when it would be after the deadline. */
        long bookStart(long deadline) {
            while (true) {
                long now = System.nanoTime();
                long booked = nextStart.get();
                long start = booked == Long.MIN_VALUE ? now : Math.max(now, booked);
                if (start > deadline) {
                    return -1;
                }
                if (nextStart.compareAndSet(booked, start + spacingNanos)) {
                    return start;
                }
            }
        }
    }
}
