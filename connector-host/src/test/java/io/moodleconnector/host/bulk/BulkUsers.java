package io.moodleconnector.host.bulk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Inputs of {@code users.create-batch}: n users of 5 form variables each; "bad" ones reuse a lab username. */
final class BulkUsers {
    private BulkUsers() {
    }

    /** {@code n} users {@code bulk0}, {@code bulk1}, ..., except that those at {@code bad} are {@code labstudent1}. */
    static Map<String, Object> batch(int n, Set<Integer> bad) {
        List<Object> users = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = bad.contains(i) ? "labstudent1" : "bulk" + i;
            users.add(Map.of("username", name, "password", "Bulk#pass" + i, "firstname", "Bulk", "lastname", "User",
                    "email", "bulk" + i + "@example.org"));
        }
        return Map.of("users", users);
    }
}
