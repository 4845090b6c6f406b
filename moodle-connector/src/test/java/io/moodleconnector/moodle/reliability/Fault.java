package io.moodleconnector.moodle.reliability;

import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;

/**
 * A way a server (or the network) can fail, as the response a MockWebServer gives every request, and what the
 * connector must make of it: a {@link io.moodleconnector.spi.TransportException}, retriable or not, with the HTTP
 * status that came back (0 when none did).
 */
enum Fault {
    /** The server accepts the request and never answers. */
    TIMEOUT(true, 0) {
        @Override
        MockResponse response() {
            return new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build();
        }
    },
    /** A valid reply dripped a byte a second: slower than the read timeout allows. */
    DRIP(true, 0) {
        @Override
        MockResponse response() {
            return json("[{\"id\":1,\"fullname\":\"Dripped\"}]").newBuilder()
                    .throttleBody(1, 1, TimeUnit.SECONDS).build();
        }
    },
    /** Nothing listens on the port. */
    CONNECTION_REFUSED(true, 0) {
        @Override
        MockResponse response() {
            throw new UnsupportedOperationException("a refused connection has no response");
        }
    },
    /** The connection is torn down after part of the body. */
    RESET_MID_BODY(true, 0) {
        @Override
        MockResponse response() {
            return json("[" + "{\"id\":1,\"fullname\":\"x\"},".repeat(2000) + "{\"id\":2}]").newBuilder()
                    .throttleBody(4096, 1, TimeUnit.MILLISECONDS)
                    .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build();
        }
    },
    HTTP_500(true, 500) {
        @Override
        MockResponse response() {
            return new MockResponse.Builder().code(500).body("").build();
        }
    },
    /** A proxy's error page. */
    HTTP_502_HTML(true, 502) {
        @Override
        MockResponse response() {
            return new MockResponse.Builder().code(502).addHeader("Content-Type", "text/html")
                    .body("<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>")
                    .build();
        }
    },
    /** A single-sign-on or Moodle login page answered with 200. */
    LOGIN_PAGE_200(false, 200) {
        @Override
        MockResponse response() {
            return new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html; charset=utf-8")
                    .body("<!DOCTYPE html><html><head><title>Log in to the site</title></head><body>"
                            + "<form action=\"/login/index.php\"><input name=\"username\"></form></body></html>")
                    .build();
        }
    },
    /** JSON cut short, with a Content-Length that matches what was sent. */
    TRUNCATED_JSON(false, 200) {
        @Override
        MockResponse response() {
            return json("[{\"id\":1,\"fullname\":\"Lab Cour");
        }
    },
    /** A body larger than the connection's maxResponseBytes. */
    OVERSIZE_BODY(false, 200) {
        @Override
        MockResponse response() {
            return json("[" + "{\"id\":1},".repeat(Reliability.MAX_RESPONSE_BYTES / 8) + "{\"id\":2}]");
        }
    };

    private final boolean retriable;
    private final int status;

    Fault(boolean retriable, int status) {
        this.retriable = retriable;
        this.status = status;
    }

    /** The response a server gives every request while this fault lasts. */
    abstract MockResponse response();

    /** Whether the connector must say trying again may help (and so retry it for read methods). */
    /**
     * Whether a write may have reached Moodle: every fault but a refused connection happens after the request
     * went out, so a write's outcome is unknown and it must not be called retriable.
     */
    boolean mayHaveReachedMoodle() {
        return this != CONNECTION_REFUSED;
    }

    boolean retriable() {
        return retriable;
    }

    /** The HTTP status the error must carry. */
    int status() {
        return status;
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
    }
}
