package nl.sekswerkregister.common.tijd;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The one source of the current time in the service. Everything that reads the time ({@link Klok},
 * the token cache) is handed this clock, so that there is a single notion of "now", and a test can
 * replace it with a clock it controls: any other {@link Clock} bean takes precedence over this
 * default one.
 */
@Singleton
public class Tijdbron {

    @Produces
    @Singleton
    @DefaultBean
    Clock systeemklok() {
        return Clock.system(Klok.NEDERLAND);
    }
}
