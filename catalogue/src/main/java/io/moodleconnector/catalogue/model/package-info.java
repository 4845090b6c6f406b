/**
 * The typed model of a catalogue, built from YAML only after the YAML has passed the meta-schema.
 *
 * <p>All types are immutable records. JSON-valued parts (schemas, templates, examples) are Jackson trees that no
 * one may mutate once loaded. The format itself is documented in {@code catalogue/README.md}.
 */
package io.moodleconnector.catalogue.model;
