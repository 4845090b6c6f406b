package io.moodleconnector.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Inputs of n records for the batch methods, and the replies Moodle gives them. Stateless. */
public final class BatchInputs {
    private BatchInputs() {
    }

    /** {@code users.create-batch} input: n users with every field Moodle requires and a policy-conforming password. */
    public static Map<String, Object> users(int n, String prefix) {
        List<Object> users = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Map<String, Object> u = new LinkedHashMap<>();
            u.put("username", prefix + i);
            u.put("password", "Bench#Pass1234");
            u.put("firstname", "Bench");
            u.put("lastname", "User " + i);
            u.put("email", prefix + i + "@example.com");
            users.add(u);
        }
        return Map.of("users", users);
    }

    /** Moodle's core_user_create_users reply to {@link #users}: {@code [{"id":..,"username":..}, ...]}. */
    public static byte[] usersReply(int n, String prefix) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : ",").append("{\"id\":").append(1000 + i).append(",\"username\":\"")
                    .append(prefix).append(i).append("\"}");
        }
        return s.append(']').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** {@code enrolments.enrol-batch} input: the given users enrolled as students in course 2. */
    public static Map<String, Object> enrolments(List<Long> userIds) {
        List<Object> enrolments = new ArrayList<>(userIds.size());
        for (long id : userIds) {
            enrolments.add(Map.of("roleid", 5, "userid", id, "courseid", 2));
        }
        return Map.of("enrolments", enrolments);
    }

    /** User ids 1000..1000+n-1. */
    public static List<Long> ids(int n) {
        List<Long> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ids.add(1000L + i);
        }
        return ids;
    }
}
