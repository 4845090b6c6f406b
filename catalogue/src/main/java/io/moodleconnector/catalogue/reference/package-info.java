/**
 * What Moodle itself declares about its web-service functions, read off a real Moodle 4.5 site
 * ({@code external_api::external_function_info}) and shipped as {@code functions.json}. The linter checks the
 * catalogue against it; the sandbox validates requests and shapes replies by it.
 */
package io.moodleconnector.catalogue.reference;
