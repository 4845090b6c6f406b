package io.moodleconnector.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A generated core_user_get_users reply of about 50 MB, in the shape of the recorded one
 * (reference/moodle/4.5/samples/core_user_get_users.json): {@code {"users":[...],"warnings":[]}}, each user with the
 * fields Moodle 4.5 returns to a manager. Written to benchmarks/target once and streamed from there by the server.
 */
public final class LargeReply {
    /** The size aimed at. */
    public static final long TARGET_BYTES = 50L * 1000 * 1000;
    /** The {@code users.search} input the benchmarks send (Moodle's "every user" wildcard). */
    public static final Map<String, Object> INPUT = Map.of("criteria", List.of(Map.of("key", "email", "value", "%")));

    private LargeReply() {
    }

    /** The reply file, generated if it is not there yet. */
    public static Path file() {
        Path file = Repo.target().resolve("core_user_get_users-50MB.json");
        if (!Files.exists(file)) {
            write(file);
        }
        return file;
    }

    private static void write(Path file) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            out.write("{\"users\":[");
            long written = 10;
            for (int i = 0; written < TARGET_BYTES; i++) {
                String user = user(i);
                out.write(i == 0 ? user : "," + user);
                written += user.length() + 1;
            }
            out.write("],\"warnings\":[]}");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.move(tmp, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String user(int i) {
        long id = 100 + i;
        String first = FIRST[i % FIRST.length];
        String last = LAST[(i / FIRST.length) % LAST.length] + " " + i;
        String username = (first + "." + i).toLowerCase(java.util.Locale.ROOT);
        long access = 1_700_000_000L + (i * 7919L) % 40_000_000L;
        return "{\"id\":" + id + ",\"username\":\"" + username + "\",\"firstname\":\"" + first + "\",\"lastname\":\""
                + last + "\",\"fullname\":\"" + first + " " + last + "\",\"email\":\"" + username
                + "@students.example.edu\",\"address\":\"" + (i % 200) + " Main Street\",\"phone1\":\"+49 30 "
                + (1_000_000 + i) + "\",\"phone2\":\"\",\"department\":\"" + DEPT[i % DEPT.length]
                + "\",\"institution\":\"Example University\",\"idnumber\":\"EXT-" + (600_000 + i)
                + "\",\"interests\":\"reading, chess, cycling\",\"firstaccess\":" + (i % 10 == 0 ? 0 : access - 86400)
                + ",\"lastaccess\":" + (i % 10 == 0 ? 0 : access) + ",\"auth\":\"manual\",\"suspended\":"
                + (i % 50 == 0) + ",\"confirmed\":true,\"lang\":\"en\",\"theme\":\"\",\"timezone\":\"99\""
                + ",\"mailformat\":1,\"trackforums\":" + (i % 2) + ",\"description\":\"<p>Student in the "
                + DEPT[i % DEPT.length] + " department, cohort " + (2020 + i % 6) + ".</p>\",\"descriptionformat\":1"
                + ",\"city\":\"Berlin\",\"country\":\"DE\",\"profileimageurlsmall\":\"https:\\/\\/lms.example.edu"
                + "\\/theme\\/image.php\\/boost\\/core\\/1795618377\\/u\\/f2\",\"profileimageurl\":\"https:\\/\\/"
                + "lms.example.edu\\/theme\\/image.php\\/boost\\/core\\/1795618377\\/u\\/f1\"}";
    }

    private static final String[] FIRST = {"Anna", "Ben", "Chiara", "Deniz", "Emil", "Fatima", "Georg", "Hana",
        "Ivan", "Julia", "Kofi", "Lena", "Mateo", "Nora", "Omar", "Paula"};
    private static final String[] LAST = {"Schmidt", "Müller", "Kowalski", "Nguyen", "García", "Rossi", "Okafor",
        "Yilmaz", "Andersson", "Dubois"};
    private static final String[] DEPT = {"Physics", "History", "Computer Science", "Medicine", "Law", "Economics"};
}
