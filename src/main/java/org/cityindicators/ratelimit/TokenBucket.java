package org.cityindicators.ratelimit;

/** A token bucket: {@code capacity} requests at once, refilled evenly over {@code period} nanoseconds. Thread-safe. */
final class TokenBucket {

    private final long capacity;
    private final double tokensPerNano;
    private double tokens;
    private long updated;

    TokenBucket(long capacity, long periodNanos, long now) {
        this.capacity = capacity;
        this.tokensPerNano = (double) capacity / periodNanos;
        this.tokens = capacity;
        this.updated = now;
    }

    /** Takes one token if there is one; returns the tokens left, or -1 when the request must wait. */
    synchronized long take(long now) {
        refill(now);
        if (tokens < 1) {
            return -1;
        }
        tokens -= 1;
        return (long) tokens;
    }

    /** Seconds until one more token is available (at least 1). */
    synchronized long secondsToNext(long now) {
        refill(now);
        return Math.max(1, (long) Math.ceil((1 - tokens) / tokensPerNano / 1e9));
    }

    /** Seconds until the bucket is full again. */
    synchronized long secondsToFull(long now) {
        refill(now);
        return (long) Math.ceil((capacity - tokens) / tokensPerNano / 1e9);
    }

    /** Lowers the tokens to {@code available} (which may be negative: a debt) when that is less than what is left. */
    synchronized void limitTo(long available, long now) {
        refill(now);
        tokens = Math.min(tokens, available);
    }

    synchronized boolean full(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        tokens = Math.min(capacity, tokens + (now - updated) * tokensPerNano);
        updated = now;
    }
}
