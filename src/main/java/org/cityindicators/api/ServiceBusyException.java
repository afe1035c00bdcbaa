package org.cityindicators.api;

/** The service cannot take this request now (a full queue, a lock held too long): 503 with when to try again. */
public class ServiceBusyException extends RuntimeException {

    public final int retryAfterSeconds;

    public ServiceBusyException(String detail, int retryAfterSeconds) {
        super(detail, null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }
}
