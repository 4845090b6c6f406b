package io.moodleconnector.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectorExceptionTest {

    @Test
    void invalidInputListsEveryViolationWithItsPointer() {
        InvalidInputException e = new InvalidInputException(List.of(
                new Violation("/groups/0/name", "required property 'name' not found", "required"),
                new Violation("/groups/0/courseid", "string found, integer expected", "type")));
        assertThat(e.code()).isEqualTo("invalid_input");
        assertThat(e.getMessage()).contains("2 problems").contains("/groups/0/name").contains("/groups/0/courseid");
    }

    @Test
    void eachKindHasItsStableCode() {
        assertThat(new AuthenticationException("invalidtoken", "x").code()).isEqualTo("authentication");
        assertThat(new PermissionException("accessexception", "x", "f", null, null).code()).isEqualTo("permission");
        assertThat(new RemoteException("invalidrecord", "x", "e", null).code()).isEqualTo("remote_error");
        assertThat(new TransportException("x", true, 502, null).code()).isEqualTo("transport");
        assertThat(new UnknownMethodException("nope").code()).isEqualTo("unknown_method");
        MethodResult none = new MethodResult(null, List.of(), List.of(), 0);
        assertThat(new PartialFailureException("x", none, new TransportException("x", true, 0, null)).code())
                .isEqualTo("partial_failure");
    }

    @Test
    void aFailedItemMustCarryItsError() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new ItemOutcome(0, ItemOutcome.Status.FAILED, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
