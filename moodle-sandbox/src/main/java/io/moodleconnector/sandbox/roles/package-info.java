/**
 * The sandbox's roles: which capabilities the token's user holds ({@link io.moodleconnector.sandbox.roles.Role}) and
 * the one generic layer that runs, before a function's handler, the context and capability checks Moodle 4.5 runs
 * for it, in Moodle's order, from the data table {@code roles/checks.json} ({@link
 * io.moodleconnector.sandbox.roles.RoleChecks}), and afterwards filters what Moodle filters instead of failing
 * ({@link io.moodleconnector.sandbox.roles.ReplyFilters}). Handlers stay role-blind.
 */
package io.moodleconnector.sandbox.roles;
