package nl.sekswerkregister.support;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Gives the in-process service {@link TestKlok} as its clock: a bean of type {@link Clock} here
 * takes precedence over the default system clock of {@code common.tijd.Tijdbron}. The packaged
 * service (the *IT tests) runs on the real clock.
 */
@Singleton
public class TestKlokBron {

    @Produces
    @Singleton
    Clock klok() {
        return TestKlok.klok();
    }
}
