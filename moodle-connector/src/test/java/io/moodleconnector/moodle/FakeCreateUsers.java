package io.moodleconnector.moodle;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A MockWebServer dispatcher that plays core_user_create_users: it answers each request with one
 * {@code {"id","username"}} per user sent, optionally failing one request or dropping results from one.
 * Records every body's field count and usernames. Thread-safe.
 */
final class FakeCreateUsers extends Dispatcher {
    private static final Pattern USERNAME = Pattern.compile("^users\\[(\\d+)]\\[username]$");
    private final int failRequest;
    private final int shortRequest;
    private final int dropped;
    private final java.util.Set<String> taken;
    private final boolean debug;
    final List<Integer> fieldCounts = new CopyOnWriteArrayList<>();
    final List<List<String>> usernames = new CopyOnWriteArrayList<>();

    /**
     * @param failRequest  1-based request to answer with a Moodle error, or 0
     * @param shortRequest 1-based request whose last {@code dropped} results are left out, or 0
     */
    FakeCreateUsers(int failRequest, int shortRequest, int dropped) {
        this(failRequest, shortRequest, dropped, java.util.Set.of(), true);
    }

    /**
     * Like Moodle's create_users in its delegated transaction: any request holding a username in {@code taken}
     * fails as a whole with invalidparameter (debuginfo only when {@code debug}), and creates nothing.
     */
    static FakeCreateUsers withTaken(java.util.Set<String> taken, boolean debug) {
        return new FakeCreateUsers(0, 0, 0, taken, debug);
    }

    private FakeCreateUsers(int failRequest, int shortRequest, int dropped, java.util.Set<String> taken,
                            boolean debug) {
        this.failRequest = failRequest;
        this.shortRequest = shortRequest;
        this.dropped = dropped;
        this.taken = taken;
        this.debug = debug;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String body = request.getBody() == null ? "" : request.getBody().utf8();
        List<String> names = new ArrayList<>();
        String[] pairs = body.split("&");
        for (String pair : pairs) {
            String[] kv = pair.split("=", 2);
            Matcher m = USERNAME.matcher(URLDecoder.decode(kv[0], StandardCharsets.UTF_8));
            if (m.matches()) {
                names.add(URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
        }
        fieldCounts.add(pairs.length);
        usernames.add(names);
        int number = usernames.size();
        String bad = names.stream().filter(taken::contains).findFirst().orElse(null);
        if (bad != null) {
            return json("{\"exception\":\"core\\\\exception\\\\invalid_parameter_exception\",\"errorcode\":"
                    + "\"invalidparameter\",\"message\":\"Invalid parameter value detected\""
                    + (debug ? ",\"debuginfo\":\"Username already exists: " + bad + "\"" : "") + "}");
        }
        if (number == failRequest) {
            return json("{\"exception\":\"core\\\\exception\\\\invalid_parameter_exception\",\"errorcode\":"
                    + "\"invalidparameter\",\"message\":\"Invalid parameter value detected\",\"debuginfo\":"
                    + "\"Username already exists: " + names.get(0) + "\"}");
        }
        int answered = number == shortRequest ? names.size() - dropped : names.size();
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < answered; i++) {
            out.append(i == 0 ? "" : ",").append("{\"id\":").append(1000 + names.get(i).hashCode() % 1000)
                    .append(",\"username\":\"").append(names.get(i)).append("\"}");
        }
        return json(out.append(']').toString());
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build();
    }
}
