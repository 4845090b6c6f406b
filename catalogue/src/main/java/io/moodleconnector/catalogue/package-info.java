/**
 * The method catalogue: loading YAML catalogue files into a {@link io.moodleconnector.catalogue.Catalogue}.
 *
 * <p>The pipeline, in this order: each file is parsed as YAML, checked against the catalogue meta-schema, read
 * into the typed {@link io.moodleconnector.catalogue.model model}, and registered; every input schema is compiled
 * once, at load time. A loaded {@code Catalogue} is immutable and thread-safe.
 *
 * <p>The shipped catalogue is checked this way by the build, which writes its prechecked form
 * ({@link io.moodleconnector.catalogue.PrecheckedCatalogue}); at run time only the model and the compiled schemas are
 * built from it, as long as it matches the YAML on the classpath.
 */
package io.moodleconnector.catalogue;
