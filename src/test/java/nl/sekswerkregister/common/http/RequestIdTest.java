package nl.sekswerkregister.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Request ids are what clients quote to support: version-4 UUIDs, never twice the same. */
class RequestIdTest {

    @Test
    void eenNieuwIdIsEenVersie4UuidEnUniek() {
        Set<String> gezien = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            String id = RequestId.nieuw();
            UUID uuid = UUID.fromString(id);
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            assertThat(uuid.toString()).isEqualTo(id);
            assertThat(gezien.add(id)).as("id %s twice", id).isTrue();
        }
    }
}
