package io.moodleconnector.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged plugin zip holds what PF4J needs and nothing the host owns. Jars are judged by the classes inside
 * them, not by their names, so a renamed or shaded copy of PF4J or the SPI would still be caught.
 */
class PluginZipTest {
    /** Jar file name (under lib/) to the class files it holds. */
    private static Map<String, List<String>> libJars;
    private static Properties descriptor;
    private static List<String> topLevel;

    @BeforeAll
    static void readZip() throws IOException {
        libJars = new TreeMap<>();
        topLevel = new ArrayList<>();
        try (ZipFile zip = new ZipFile(PackagedPlugin.zip().toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                String name = entry.getName();
                if (!name.contains("/") || name.equals("lib/")) {
                    topLevel.add(name);
                }
                if (name.startsWith("lib/") && name.endsWith(".jar")) {
                    libJars.put(name.substring(4), classesOf(zip.getInputStream(entry)));
                }
            }
            descriptor = new Properties();
            descriptor.load(new StringReader(new String(zip.getInputStream(zip.getEntry("plugin.properties"))
                    .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
        }
    }

    private static List<String> classesOf(InputStream jar) throws IOException {
        List<String> classes = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(jar)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().endsWith(".class")) {
                    classes.add(e.getName());
                }
            }
        }
        return classes;
    }

    private static boolean libHasClass(String classFile) {
        return libJars.values().stream().anyMatch(classes -> classes.contains(classFile));
    }

    private static List<String> jarsWithPackage(String packagePrefix) {
        return libJars.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(c -> c.startsWith(packagePrefix)))
                .map(Map.Entry::getKey).toList();
    }

    @Test
    void rootHoldsOnlyTheDescriptorAndLib() {
        assertThat(topLevel).containsExactlyInAnyOrder("plugin.properties", "lib/");
    }

    @Test
    void descriptorNamesTheMoodlePluginItsClassAndVersion() {
        assertThat(descriptor.getProperty("plugin.id")).isEqualTo("moodle");
        assertThat(descriptor.getProperty("plugin.class")).isEqualTo("io.moodleconnector.moodle.MoodleConnectorPlugin");
        assertThat(System.getProperty("plugin.zip.name"))
                .isEqualTo("moodle-connector-" + descriptor.getProperty("plugin.version") + ".zip");
        assertThat(descriptor.getProperty("plugin.requires")).isNotBlank();
        assertThat(descriptor.getProperty("plugin.provider")).isNotBlank();
    }

    @Test
    void libHoldsJackson3NetworkntAndOkHttp() {
        assertThat(libHasClass("tools/jackson/databind/json/JsonMapper.class")).as("Jackson 3").isTrue();
        assertThat(libHasClass("com/networknt/schema/SchemaRegistry.class")).as("networknt json-schema-validator").isTrue();
        assertThat(libHasClass("okhttp3/OkHttpClient.class")).as("OkHttp").isTrue();
        assertThat(jarsWithPackage("kotlin/")).as("Kotlin stdlib, which OkHttp needs").isNotEmpty();
    }

    @Test
    void libHoldsThePluginsOwnJarWithPf4jManifestKeys() throws IOException {
        String own = libJars.keySet().stream().filter(n -> n.startsWith("moodle-connector-")).findFirst().orElseThrow();
        try (ZipFile zip = new ZipFile(PackagedPlugin.zip().toFile());
             JarInputStream jar = new JarInputStream(new ByteArrayInputStream(
                     zip.getInputStream(zip.getEntry("lib/" + own)).readAllBytes()))) {
            Manifest manifest = jar.getManifest();
            assertThat(manifest.getMainAttributes().getValue("Plugin-Id")).isEqualTo("moodle");
            assertThat(manifest.getMainAttributes().getValue("Plugin-Class")).isEqualTo(descriptor.getProperty("plugin.class"));
            assertThat(manifest.getMainAttributes().getValue("Plugin-Version")).isEqualTo(descriptor.getProperty("plugin.version"));
            assertThat(manifest.getMainAttributes().getValue("Plugin-Requires")).isEqualTo(descriptor.getProperty("plugin.requires"));
        }
    }

    @Test
    void libHoldsNoPf4jSpiNorSlf4jApi() {
        assertThat(jarsWithPackage("org/pf4j/")).as("PF4J belongs to the host").isEmpty();
        assertThat(jarsWithPackage("io/moodleconnector/spi/")).as("the SPI belongs to the host").isEmpty();
        assertThat(jarsWithPackage("org/slf4j/")).as("slf4j-api belongs to the host").isEmpty();
    }

    @Test
    void libHoldsNoJackson2() {
        assertThat(jarsWithPackage("com/fasterxml/jackson/databind/")).isEmpty();
        assertThat(jarsWithPackage("com/fasterxml/jackson/core/")).isEmpty();
    }
}
