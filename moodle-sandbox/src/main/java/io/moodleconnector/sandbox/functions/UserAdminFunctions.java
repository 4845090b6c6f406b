package io.moodleconnector.sandbox.functions;

import io.moodleconnector.sandbox.protocol.MoodleErrors;
import io.moodleconnector.sandbox.state.Site;
import io.moodleconnector.sandbox.state.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * core_user_update_users, core_user_delete_users and core_user_get_users_by_field, after user/externallib.php of
 * Moodle 4.5: an update skips a user it may not change with a warning (guest, deleted, invalid or duplicate email)
 * and changes the others; a delete flags the user deleted (Moodle keeps the row) and drops their enrolments and
 * memberships; a read by field compares exactly and leaves out deleted users.
 */
final class UserAdminFunctions {
    private static final long GUEST = 1;

    private UserAdminFunctions() {
    }

    static Object update(CallContext ctx, Map<String, Object> params) {
        Site site = ctx.site();
        ctx.requireCapability("Update user profiles");
        List<Object> warnings = new ArrayList<>();
        for (Map<String, Object> u : Params.objects(params, "users")) {
            long id = Params.id(u, "id");
            User existing = site.users().get(id);
            if (existing == null) {
                throw MoodleErrors.missingRecord("user", "SELECT * FROM {user} WHERE id = ? AND deleted = ?", id);
            }
            String email = Params.text(u, "email", existing.email());
            String warning = existing.deleted() ? "usernotupdateddeleted:User is a deleted user"
                    : id == GUEST ? "usernotupdatedguest:Cannot update guest account"
                    : email.equals(existing.email()) ? null
                    : !UserFunctions.EMAIL.matcher(email).matches() ? "useremailinvalid:Invalid email address"
                    : site.users().values().stream().anyMatch(x -> x.id() != id && !x.deleted()
                            && x.email().equalsIgnoreCase(email)) ? "useremailduplicate:Duplicate email address"
                    : null;
            if (warning != null) {
                int colon = warning.indexOf(':');
                warnings.add(Views.warning("user", id, warning.substring(0, colon), warning.substring(colon + 1)));
                continue;
            }
            String username = Params.text(u, "username", existing.username());
            if (!username.equals(existing.username()) && site.userByUsername(username).isPresent()) {
                throw MoodleErrors.invalidParameter("Username already exists: " + username);
            }
            site.users().put(id, new User(id, username, Params.text(u, "firstname", existing.firstname()),
                    Params.text(u, "lastname", existing.lastname()), email,
                    Params.text(u, "idnumber", existing.idnumber()), Params.text(u, "city", existing.city()),
                    Params.text(u, "country", existing.country()), Params.text(u, "auth", existing.auth()),
                    Params.text(u, "lang", existing.lang()), false, existing.access(), existing.timecreated()));
        }
        return Views.object("warnings", warnings);
    }

    /** delete_users: the admin, the guest and the caller cannot be deleted (moodle_exception, nothing deleted). */
    static Object delete(CallContext ctx, Map<String, Object> params) {
        Site site = ctx.site();
        ctx.requireCapability("Delete users");
        for (long id : Params.ids(params, "userids")) {
            User user = site.liveUser(id).orElseThrow(() -> MoodleErrors.missingRecord("user",
                    "SELECT * FROM {user} WHERE id = ? AND deleted = ?", id));
            if (id == GUEST || id == 2 || id == ctx.caller().id()) {
                throw MoodleErrors.moodle("useradminodelete", "Administrator accounts cannot be deleted");
            }
            site.users().put(id, new User(id, user.email() + "." + ctx.now(), user.firstname(), user.lastname(), "",
                    "", user.city(), user.country(), user.auth(), user.lang(), true, user.access(),
                    user.timecreated()));
            site.enrolments().removeIf(e -> e.userId() == id);
            site.members().removeIf(m -> m.userId() == id);
        }
        return null;
    }

    /** get_users_by_field: id, idnumber, username or email, compared exactly; deleted users are left out. */
    static Object byField(CallContext ctx, Map<String, Object> params) {
        String field = Params.text(params, "field");
        if (!List.of("id", "idnumber", "username", "email").contains(field)) {
            throw MoodleErrors.invalidParameter("The search field '" + field + "' is not supported, look at the web "
                    + "service documentation");
        }
        @SuppressWarnings("unchecked")
        List<String> values = (List<String>) params.get("values");
        List<Object> users = new ArrayList<>();
        for (User u : ctx.site().users().values()) {
            String value = switch (field) {
                case "id" -> Long.toString(u.id());
                case "idnumber" -> u.idnumber();
                case "username" -> u.username();
                default -> u.email().toLowerCase(Locale.ROOT);
            };
            boolean match = values.stream().anyMatch(v -> field.equals("email")
                    ? v.strip().toLowerCase(Locale.ROOT).equals(value) : v.strip().equals(value));
            if (match && !u.deleted() && ctx.isManager()) {
                users.add(UserFunctions.details(ctx, u));
            }
        }
        return users;
    }
}
