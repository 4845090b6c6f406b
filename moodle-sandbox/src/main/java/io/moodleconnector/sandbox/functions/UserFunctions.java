package io.moodleconnector.sandbox.functions;

import io.moodleconnector.sandbox.protocol.MoodleErrors;
import io.moodleconnector.sandbox.state.Site;
import io.moodleconnector.sandbox.state.User;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** core_user_create_users and core_user_get_users. */
final class UserFunctions {
    private static final Set<String> SEARCH_KEYS = Set.of("id", "lastname", "firstname", "idnumber", "username",
            "email", "auth");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** Moodle's theme revision in the lab, part of every profile image URL. */
    static final String THEME_REV = "1795618377";

    private UserFunctions() {
    }

    static Object create(CallContext ctx, Map<String, Object> params) {
        Site site = ctx.site();
        ctx.requireCapability("Create users");
        List<Object> created = new ArrayList<>();
        for (Map<String, Object> u : Params.objects(params, "users")) {
            for (String field : List.of("username", "firstname", "lastname")) {
                if (Params.text(u, field).isBlank()) {
                    throw MoodleErrors.invalidParameter("The field " + field + " cannot be blank");
                }
            }
            String username = Params.text(u, "username");
            if (site.userByUsername(username).isPresent()) {
                throw MoodleErrors.invalidParameter("Username already exists: " + username);
            }
            String auth = Params.text(u, "auth");
            if (!Set.of("manual", "nologin", "email", "webservice").contains(auth)) {
                throw MoodleErrors.invalidParameter("Invalid authentication type: " + auth);
            }
            String password = Params.text(u, "password", "");
            boolean createPassword = Boolean.TRUE.equals(u.get("createpassword"));
            boolean internal = auth.equals("manual") || auth.equals("email");
            if (internal && password.isEmpty() && !createPassword) {
                throw PasswordPolicy.missing();
            }
            String email = Params.text(u, "email");
            if (!EMAIL.matcher(email).matches()) {
                throw MoodleErrors.invalidParameter("Email address is invalid: " + email);
            }
            if (site.users().values().stream().anyMatch(x -> !x.deleted()
                    && x.email().toLowerCase(Locale.ROOT).equals(email.toLowerCase(Locale.ROOT)))) {
                throw MoodleErrors.invalidParameter("Email address already exists: " + email);
            }
            if (!createPassword) {
                PasswordPolicy.check(password);
            }
            User user = new User(site.nextId("user"), username, Params.text(u, "firstname"),
                    Params.text(u, "lastname"), email, Params.text(u, "idnumber"), Params.text(u, "city", ""),
                    Params.text(u, "country", ""), auth, Params.text(u, "lang"), false, User.Access.NO_REST,
                    ctx.now());
            site.users().put(user.id(), user);
            created.add(Views.object("id", user.id(), "username", user.username()));
        }
        return created;
    }

    static Object get(CallContext ctx, Map<String, Object> params) {
        List<Object> warnings = new ArrayList<>();
        Predicate<User> filter = u -> !u.deleted();
        for (Map<String, Object> c : Params.objects(params, "criteria")) {
            String key = Params.text(c, "key");
            String value = Params.text(c, "value");
            if (!SEARCH_KEYS.contains(key)) {
                // An unsupported key only warns, and does not filter: every user comes back.
                warnings.add(Views.warning(key, null, "invalidfieldparameter",
                        "The search key '" + key + "' is not supported, look at the web service documentation"));
                continue;
            }
            filter = filter.and(criterion(key, value));
        }
        List<Object> users = new ArrayList<>();
        if (ctx.isManager()) {
            ctx.site().users().values().stream().filter(filter).forEach(u -> users.add(details(ctx, u)));
        }
        return Views.object("users", users, "warnings", warnings);
    }

    private static Predicate<User> criterion(String key, String value) {
        return switch (key) {
            case "id" -> u -> Long.toString(u.id()).equals(value.strip());
            // user/externallib.php get_users: email, lastname and firstname by $DB->sql_like(..., false), the
            // rest by equality.
            case "email" -> u -> SqlLike.matches(u.email(), value.strip());
            case "username" -> u -> u.username().equals(value.strip().toLowerCase(Locale.ROOT));
            case "firstname" -> u -> SqlLike.matches(u.firstname(), value);
            case "lastname" -> u -> SqlLike.matches(u.lastname(), value);
            case "idnumber" -> u -> u.idnumber().equals(value);
            default -> u -> u.auth().equals(value);
        };
    }

    /** user_get_user_details: empty optional fields are left out; preferences only for the calling user. */
    static Map<String, Object> details(CallContext ctx, User u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", u.id());
        m.put("username", u.username());
        m.put("firstname", u.firstname());
        m.put("lastname", u.lastname());
        m.put("fullname", u.fullname());
        m.put("email", u.email());
        m.put("department", "");
        putIfNotEmpty(m, "idnumber", u.idnumber());
        m.put("firstaccess", 0);
        m.put("lastaccess", 0);
        m.put("auth", u.auth());
        m.put("suspended", false);
        m.put("confirmed", true);
        m.put("lang", u.lang());
        m.put("theme", "");
        m.put("timezone", "99");
        m.put("mailformat", 1);
        m.put("trackforums", 0);
        putIfNotEmpty(m, "city", u.city());
        putIfNotEmpty(m, "country", u.country());
        String image = ctx.siteUrl() + "/theme/image.php/boost/core/" + THEME_REV + "/u/";
        m.put("profileimageurlsmall", image + "f2");
        m.put("profileimageurl", image + "f1");
        if (u.id() == ctx.caller().id()) {
            m.put("preferences", List.of(
                    Views.object("name", "auth_manual_passwordupdatetime", "value", Long.toString(u.timecreated())),
                    Views.object("name", "last_time_enrolments_synced", "value", Long.toString(u.timecreated() + 3)),
                    Views.object("name", "_lastloaded", "value", ctx.now())));
        }
        return m;
    }

    private static void putIfNotEmpty(Map<String, Object> m, String key, String value) {
        if (value != null && !value.isEmpty()) {
            m.put(key, value);
        }
    }
}
