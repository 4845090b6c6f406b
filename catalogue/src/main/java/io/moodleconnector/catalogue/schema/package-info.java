/**
 * JSON Schema 2020-12 compilation for the catalogue, offline: no schema is ever fetched from the network or the file
 * system; only local references ({@code #/...}) and the draft's own meta-schemas, which ship inside the validator.
 */
package io.moodleconnector.catalogue.schema;
