/**
 * Safe YAML reading for catalogue files: bounded size, nesting and no aliases, with every node's JSON Pointer
 * mapped to its line and column so problems can say where they are.
 */
package io.moodleconnector.catalogue.yaml;
