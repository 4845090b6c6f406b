package io.moodleconnector.sandbox.protocol;

/**
 * The one table of the errors Moodle 4.5 answers, with its exact classes, codes and texts (see
 * {@code reference/moodle/4.5/samples/errors.json}).
 */
public final class MoodleErrors {
    private static final String INVALID_PARAMETER = "core\\exception\\invalid_parameter_exception";
    private static final String MOODLE = "core\\exception\\moodle_exception";
    private static final String DML_MISSING = "dml_missing_record_exception";
    private static final String PARAM_MESSAGE = "Invalid parameter value detected";

    private MoodleErrors() {
    }

    /** {@code invalid_parameter_exception}: its message never varies, the detail is only in debuginfo. */
    public static MoodleException invalidParameter(String debugInfo) {
        return new MoodleException(INVALID_PARAMETER, "invalidparameter", PARAM_MESSAGE, debugInfo);
    }

    /** Wraps a nested parameter error the way external_api::validate_parameters does: {@code key => ...}. */
    public static MoodleException nested(String key, MoodleException inner) {
        return invalidParameter(key + " => " + PARAM_MESSAGE + ": " + inner.debugInfo());
    }

    public static MoodleException invalidResponse(String debugInfo) {
        return new MoodleException("core\\exception\\invalid_response_exception", "invalidresponse",
                "Invalid response value detected", "Error in response - " + debugInfo);
    }

    public static MoodleException invalidToken() {
        return new MoodleException(MOODLE, "invalidtoken", "Invalid token - token not found", null);
    }

    public static MoodleException missingRestCapability() {
        return new MoodleException("webservice_access_exception", "accessexception", "Access control exception",
                "You are not allowed to use the rest protocol (missing capability: webservice/rest:use)");
    }

    public static MoodleException functionNotInService(String function) {
        return new MoodleException("webservice_access_exception", "accessexception", "Access control exception",
                "Access to the function " + function + "() is not allowed.\n"
                + "                     There could be multiple reasons for this:\n"
                + "                     1. The service linked to the user token does not contain the function.\n"
                + "                     2. The service is user-restricted and the user is not listed.\n"
                + "                     3. The service is IP-restricted and the user IP is not listed.\n"
                + "                     4. The service is time-restricted and the time has expired.\n"
                + "                     5. The token is time-restricted and the time has expired.\n"
                + "                     6. The service requires a specific capability which the user does not have.\n"
                + "                     7. The function is called with username/password (no user token is sent)\n"
                + "                     and none of the services has the function to allow the user.\n"
                + "                     These settings can be found in Administration > Site administration\n"
                + "                     > Server > Web services > External services and Manage tokens.");
    }

    /** {@code dml_missing_record_exception} for a table, with the SQL Moodle ran as debuginfo. */
    public static MoodleException missingRecord(String table, String sql, Object id) {
        if (table.equals("user")) { // dml_missing_record_exception names a missing user invaliduser
            return new MoodleException(DML_MISSING, "invaliduser", "Invalid user", sqlDebug(sql, "0", id));
        }
        return new MoodleException(DML_MISSING, "invalidrecord",
                "Can't find data record in database table " + table + ".", sqlDebug(sql, "0", id));
    }

    public static MoodleException missingRecordUnknown(String sql, String param, Object id) {
        return new MoodleException(DML_MISSING, "invalidrecordunknown", "Can't find data record in database.",
                sqlDebug(sql, "'" + param + "'", id));
    }

    public static MoodleException invalidUser(long id) {
        return new MoodleException(DML_MISSING, "invaliduser", "Invalid user",
                sqlDebug("SELECT * FROM {user} WHERE id = ?", "0", id));
    }

    private static String sqlDebug(String sql, String key, Object id) {
        String value = id instanceof String s ? "'" + s + "'" : String.valueOf(id);
        return sql + "\n[array (\n  " + key + " => " + value + ",\n)]";
    }

    /** The wrapper create/get group calls put around a failed course context check. */
    public static MoodleException courseContextNotValid(long courseId, String contextMessage) {
        return new MoodleException(MOODLE, "errorcoursecontextnotvalid",
                "You cannot execute functions in the course context (course id:" + courseId
                        + "). The context error message was: " + contextMessage, null);
    }

    public static MoodleException requireLogin(String debugInfo) {
        return new MoodleException("core\\exception\\require_login_exception", "requireloginerror",
                "Course or activity not accessible.", debugInfo);
    }

    public static MoodleException noPermissions(String capabilityName) {
        return new MoodleException("core\\exception\\required_capability_exception", "nopermissions",
                "Sorry, but you do not currently have permissions to do that (" + capabilityName + ").", null);
    }

    /** A {@code moodle_exception} with a plain code and message. */
    public static MoodleException moodle(String errorCode, String message) {
        return new MoodleException(MOODLE, errorCode, message, null);
    }

    public static MoodleException idNumberTaken() {
        return moodle("idnumbertaken", "This ID number is already in use");
    }

    public static MoodleException codingError(String detail) {
        return new MoodleException("core\\exception\\coding_exception", "codingerror",
                "Coding error detected, it must be fixed by a programmer: " + detail, null);
    }
}
