package io.moodleconnector.sandbox;

import io.moodleconnector.catalogue.reference.MoodleFunction;
import io.moodleconnector.catalogue.reference.MoodleReference;
import io.moodleconnector.sandbox.functions.CallContext;
import io.moodleconnector.sandbox.functions.FunctionHandler;
import io.moodleconnector.sandbox.functions.FunctionRegistry;
import io.moodleconnector.sandbox.protocol.MoodleErrors;
import io.moodleconnector.sandbox.protocol.MoodleException;
import io.moodleconnector.sandbox.protocol.ParameterValidator;
import io.moodleconnector.sandbox.protocol.PhpArray;
import io.moodleconnector.sandbox.protocol.Replies;
import io.moodleconnector.sandbox.protocol.Replies.Reply;
import io.moodleconnector.sandbox.protocol.ReturnShaper;
import io.moodleconnector.sandbox.roles.RoleChecks;
import io.moodleconnector.sandbox.state.Records.Service;
import io.moodleconnector.sandbox.state.Records.Token;
import io.moodleconnector.sandbox.state.Site;
import io.moodleconnector.sandbox.state.User;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * webservice/rest/server.php: from the merged request parameters to the reply, in Moodle's order: token, REST
 * capability, function name, function record, service membership, parameter validation, the call, return
 * validation. Thread-safe: calls run one at a time under this object's lock; a write call works on a copy of the
 * site that replaces it only when the call succeeds (Moodle's delegated transaction).
 */
final class WebServiceDispatcher {
    /** Parameters the REST server consumes itself; they are never "unexpected". */
    private static final Set<String> PROTOCOL_KEYS = Set.of("wstoken", "wsfunction", "moodlewsrestformat",
            "moodlewssettingraw", "moodlewssettingfileurl", "moodlewssettingfilter", "moodlewssettinglang",
            "moodlewssettingtimezone");
    /** Real Moodle 4.5 functions outside the 26: they exist (so not invalidrecord) but are in no service here. */
    private static final Set<String> OTHER_MOODLE_FUNCTIONS = Set.of("core_course_create_courses",
            "core_course_update_courses", "core_course_delete_courses", "core_course_get_categories",
            "core_course_get_contents", "core_course_search_courses", "core_user_update_users",
            "core_user_delete_users", "core_enrol_get_enrolled_users", "core_enrol_get_users_courses",
            "core_grades_get_gradeitems", "core_cohort_create_cohorts", "core_role_assign_roles",
            "core_role_unassign_roles", "core_calendar_get_calendar_events", "mod_forum_get_forums_by_courses");

    private final MoodleReference reference;
    private final boolean debug;
    private final Supplier<String> siteUrl;
    private final RoleChecks roles;
    private Site site;

    WebServiceDispatcher(MoodleReference reference, Site site, boolean debug, Supplier<String> siteUrl,
                         RoleChecks roles) {
        this.reference = reference;
        this.roles = roles;
        this.site = site;
        this.debug = debug;
        this.siteUrl = siteUrl;
    }

    /** Answers one request whose GET and POST parameters are already merged (POST winning). */
    Reply dispatch(PhpArray params) {
        boolean json = "json".equals(params.get("moodlewsrestformat"));
        try {
            return Replies.success(call(params), json);
        } catch (MoodleException e) {
            return Replies.error(e, json, debug);
        }
    }

    private synchronized JsonNode call(PhpArray params) {
        Token token = params.get("wstoken") instanceof String t ? site.tokens().get(t) : null;
        if (token == null) {
            throw MoodleErrors.invalidToken();
        }
        User caller = site.users().get(token.userId());
        boolean roleChecked = roles.appliesTo(caller.id());
        if (caller.access() == User.Access.NO_REST || roleChecked && roles.lacksRestUse()) {
            throw MoodleErrors.missingRestCapability();
        }
        if (!(params.get("wsfunction") instanceof String name) || name.isEmpty()) {
            throw MoodleErrors.invalidParameter("Missing function name");
        }
        MoodleFunction function = reference.function(name).orElse(null);
        if (function == null && !OTHER_MOODLE_FUNCTIONS.contains(name)) {
            throw MoodleErrors.missingRecord("external_functions", "SELECT * FROM {external_functions} WHERE name = ?",
                    name);
        }
        Service service = site.services().get(token.service());
        FunctionHandler handler = FunctionRegistry.handler(name).orElse(null);
        if (function == null || handler == null || !service.functions().contains(name)) {
            throw MoodleErrors.functionNotInService(name);
        }
        PhpArray functionParams = new PhpArray();
        params.entries().forEach((k, v) -> {
            if (!PROTOCOL_KEYS.contains(k)) {
                functionParams.put(k, v);
            }
        });
        @SuppressWarnings("unchecked")
        Map<String, Object> validated = (Map<String, Object>) ParameterValidator.validate(function.parameters(),
                functionParams);
        boolean write = "write".equals(function.type());
        Site working = write ? site.copy() : site;
        CallContext ctx = new CallContext(working, caller, service, siteUrl.get(), System.currentTimeMillis() / 1000,
                reference.version());
        // The role layer runs Moodle's context and capability checks first; the handlers themselves are role-blind.
        Object result = roleChecked ? roles.before(name, validated, working).orElse(null) : null;
        if (result == null) {
            result = handler.call(ctx, validated);
            result = roleChecked ? roles.after(name, validated, result) : result;
        }
        site = working; // commit: Moodle validates the return value after the transaction
        return ReturnShaper.shape(function.returns(), result);
    }

    /** Runs an action on the live site under the dispatch lock (for inspection by tests and the host). */
    synchronized <T> T withSite(java.util.function.Function<Site, T> action) {
        return action.apply(site);
    }
}
