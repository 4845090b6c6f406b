package io.moodleconnector.moodle;

import io.moodleconnector.catalogue.model.MethodDefinition;
import io.moodleconnector.moodle.executor.PlainTrees;
import io.moodleconnector.spi.ConnectionField;
import io.moodleconnector.spi.ConnectorDescriptor;
import io.moodleconnector.spi.Lookup;
import io.moodleconnector.spi.MethodDescriptor;
import java.util.List;

/** Builds the SPI's descriptions of the connector and its methods from the catalogue. Stateless. */
final class Descriptors {
    private Descriptors() {
    }

    static ConnectorDescriptor connector(String version) {
        return new ConnectorDescriptor("moodle", "Moodle LMS", version, List.of(
                new ConnectionField("url", "Site URL", "The Moodle site's address, e.g. https://lms.example.edu"
                        + " (with its path if Moodle lives under one, e.g. https://example.edu/moodle).", false, true),
                new ConnectionField("token", "Web service token", "A token of a web-service user for the external"
                        + " service holding the connector's functions: Site administration > Server > Web services >"
                        + " Manage tokens.", true, true)));
    }

    static MethodDescriptor method(MethodDefinition m) {
        return new MethodDescriptor(m.id(), m.name(), m.category(), m.description(), m.function(), m.readOnly(),
                PlainTrees.toPlainObject(m.input()), PlainTrees.toPlainObject(m.output().schema()),
                m.lookups().stream().map(l -> new Lookup(l.field(), l.method(), l.value(), l.label(), l.parameters())).toList(),
                m.capabilities());
    }
}
