package io.moodleconnector.moodle.bulk;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;

/**
 * A MockWebServer dispatcher playing {@code core_user_create_users} as Moodle 4.5 runs it
 * ({@code user/externallib.php}: all users of a request in one delegated transaction): a request holding a taken
 * username fails as a whole with {@code invalidparameter} and creates nothing; any other creates every user and
 * answers one {@code {"id","username"}} each. Optionally, request number {@code faultAt} (1-based) meets a
 * {@link Fault} instead. Records what was created. Thread-safe.
 */
final class ScriptedMoodle extends Dispatcher {
    private static final Pattern USERNAME = Pattern.compile("^users\\[(\\d+)]\\[username]$");

    /** What request {@code faultAt} meets. */
    enum Fault {
        /** The token is refused (invalidtoken), before the function runs. */
        TOKEN_REFUSED,
        /** The users are created, then the connection is torn down before the reply: the outcome is unknown. */
        RESET_AFTER_COMMIT,
        /** Moodle raises {@code nopermissions} for every request (a missing capability, not about one record). */
        NO_CAPABILITY
    }

    private final Set<String> taken;
    private final boolean debug;
    private final int faultAt;
    private final Fault fault;
    private final AtomicInteger requests = new AtomicInteger();
    final List<String> created = new CopyOnWriteArrayList<>();
    final List<Integer> sizes = new CopyOnWriteArrayList<>();

    ScriptedMoodle(Set<String> taken, boolean debug, int faultAt, Fault fault) {
        this.taken = taken;
        this.debug = debug;
        this.faultAt = faultAt;
        this.fault = fault;
    }

    static ScriptedMoodle taken(Set<String> taken, boolean debug) {
        return new ScriptedMoodle(taken, debug, 0, null);
    }

    int requests() {
        return requests.get();
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        int number = requests.incrementAndGet();
        List<String> names = usernames(request.getBody() == null ? "" : request.getBody().utf8());
        sizes.add(names.size());
        if (fault != null && (number == faultAt || fault == Fault.NO_CAPABILITY && faultAt == 0)) {
            switch (fault) {
                case TOKEN_REFUSED:
                    return json("{\"exception\":\"moodle_exception\",\"errorcode\":\"invalidtoken\",\"message\":"
                            + "\"Invalid token - token not found\"}");
                case NO_CAPABILITY:
                    return json("{\"exception\":\"core\\\\exception\\\\required_capability_exception\",\"errorcode\":"
                            + "\"nopermissions\",\"message\":\"Sorry, but you do not currently have permissions to do"
                            + " that (Create users).\"}");
                default:
                    created.addAll(names);
                    return new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
            }
        }
        String bad = names.stream().filter(taken::contains).findFirst().orElse(null);
        if (bad != null) {
            return json("{\"exception\":\"core\\\\exception\\\\invalid_parameter_exception\",\"errorcode\":"
                    + "\"invalidparameter\",\"message\":\"Invalid parameter value detected\""
                    + (debug ? ",\"debuginfo\":\"Username already exists: " + bad + "\"" : "") + "}");
        }
        created.addAll(names);
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < names.size(); i++) {
            out.append(i == 0 ? "" : ",").append("{\"id\":").append(100 + i).append(",\"username\":\"")
                    .append(names.get(i)).append("\"}");
        }
        return json(out.append(']').toString());
    }

    private static List<String> usernames(String body) {
        List<String> names = new ArrayList<>();
        for (String pair : body.split("&")) {
            String[] kv = pair.split("=", 2);
            Matcher m = USERNAME.matcher(URLDecoder.decode(kv[0], StandardCharsets.UTF_8));
            if (m.matches()) {
                names.add(URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
        }
        return names;
    }

    static MockResponse json(String body) {
        return new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build();
    }
}
