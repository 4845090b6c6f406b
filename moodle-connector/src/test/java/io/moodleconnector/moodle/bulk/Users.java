package io.moodleconnector.moodle.bulk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Inputs of {@code users.create-batch}: n users of 5 form variables each, usernames {@code u0}, {@code u1}, ... */
final class Users {
    private Users() {
    }

    static Map<String, Object> batch(int n) {
        List<Object> users = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            users.add(one(i));
        }
        return Map.of("users", users);
    }

    static Map<String, Object> one(int i) {
        return Map.of("username", "u" + i, "password", "Pass#word" + i, "firstname", "F", "lastname", "L",
                "email", "u" + i + "@example.com");
    }
}
