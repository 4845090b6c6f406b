package io.moodleconnector.sandbox.functions;

import io.moodleconnector.sandbox.state.Records.Service;
import io.moodleconnector.sandbox.state.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** core_webservice_get_site_info and core_auth_request_password_reset. */
final class SiteFunctions {
    private static final String RESET_NOTICE = "<p>If you supplied a correct username or unique email address then "
            + "an email should have been sent to you.</p>\n   <p>It contains easy instructions to confirm and "
            + "complete this password change.\nIf you continue to have difficulty, please contact the site "
            + "administrator.</p>";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private SiteFunctions() {
    }

    @SuppressWarnings("unchecked")
    static Object siteInfo(CallContext ctx, Map<String, Object> params) {
        User me = ctx.caller();
        List<String> wanted = (List<String>) params.get("serviceshortnames");
        List<Object> functions = new ArrayList<>();
        Service service = ctx.service();
        if (wanted.isEmpty() || wanted.contains(service.shortname())) {
            for (String f : service.functions()) {
                functions.add(Views.object("name", f, "version", versionOf(f, ctx.version())));
            }
        }
        Map<String, Object> m = Views.object("sitename", ctx.site().courses().get(1L).fullname(),
                "username", me.username(), "firstname", me.firstname(), "lastname", me.lastname(),
                "fullname", me.fullname(), "lang", me.lang(), "userid", me.id(), "siteurl", ctx.siteUrl(),
                "userpictureurl", ctx.siteUrl() + "/theme/image.php/boost/core/" + UserFunctions.THEME_REV + "/u/f1",
                "functions", functions, "downloadfiles", 0, "uploadfiles", 0,
                "release", ctx.site().settings().get("release"), "version", ctx.version(), "mobilecssurl", "");
        List<Object> features = new ArrayList<>();
        for (String[] f : new String[][] {{"usecomments", "1"}, {"usetags", "1"}, {"enablenotes", "1"},
                {"messaging", "1"}, {"enableblogs", "1"}, {"enablecompletion", "1"}, {"enablebadges", "1"},
                {"messagingallusers", "0"}, {"enablecustomreports", "1"}, {"enableglobalsearch", "0"},
                {"mnet_dispatcher_mode", "0"}, {"enablecompetencies", "1"}}) {
            features.add(Views.object("name", f[0], "value", Long.parseLong(f[1])));
        }
        m.putAll(Views.object("advancedfeatures", features, "usercanmanageownfiles", true,
                "userquota", 104857600, "usermaxuploadfilesize", 67108864, "userhomepage", 1,
                "userprivateaccesskey", ctx.site().settings().get("privateaccesskey"), "siteid", 1,
                "sitecalendartype", "gregorian", "usercalendartype", "gregorian", "userissiteadmin", false,
                "theme", "boost", "limitconcurrentlogins", 0, "policyagreed", 0));
        return m;
    }

    /** Plugins carry their own version; core functions carry Moodle's. */
    private static String versionOf(String function, String moodleVersion) {
        return function.startsWith("enrol_manual_") || function.startsWith("gradereport_overview_")
                ? "2024100700" : moodleVersion;
    }

    static Object requestPasswordReset(CallContext ctx, Map<String, Object> params) {
        String username = (String) params.get("username");
        String email = (String) params.get("email");
        List<Object> warnings = new ArrayList<>();
        if (username.isEmpty() && email.isEmpty()) {
            String msg = "Enter either username or email address";
            warnings.add(Views.warning("username", 0L, "fielderror", msg));
            warnings.add(Views.warning("email", 0L, "fielderror", msg));
        } else if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
            warnings.add(Views.warning("email", 0L, "fielderror", "Invalid email address"));
        }
        if (!warnings.isEmpty()) {
            return Views.object("status", "dataerror", "notice", "", "warnings", warnings);
        }
        // The same answer whether or not the account exists, so accounts cannot be enumerated.
        return Views.object("status", "emailpasswordconfirmmaybesent", "notice", RESET_NOTICE, "warnings", List.of());
    }
}
