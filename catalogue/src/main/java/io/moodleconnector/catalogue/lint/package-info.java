/**
 * The catalogue linter: {@link io.moodleconnector.catalogue.lint.CatalogueLinter} runs small, independent
 * {@link io.moodleconnector.catalogue.lint.LintCheck checks} over catalogue files and reports every problem as
 * {@code file:line:column: pointer: message}. It never throws for bad content.
 */
package io.moodleconnector.catalogue.lint;
