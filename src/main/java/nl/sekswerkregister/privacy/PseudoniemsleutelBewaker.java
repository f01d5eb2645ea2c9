package nl.sekswerkregister.privacy;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import nl.sekswerkregister.common.beveiliging.ProductieBewaker;

/**
 * Refuses to start the packaged service (prod profile) with a pseudonym key that is public: the
 * DEV-ONLY keys are committed in application.properties, and with one of them every BSN behind a
 * pseudonym could be recomputed. Lives next to the keys it guards, so the common security code
 * needs to know nothing about pseudonyms.
 */
@ApplicationScoped
public class PseudoniemsleutelBewaker {

    /** SHA-256 of the DEV-ONLY pseudonym keys committed in application.properties (dev and test profiles). */
    static final Set<String> DEV_PSEUDONIEMSLEUTELS_SHA256 = Set.of(
            "7370a6816d3881deca51c1fa21d68ecf7e10e522fc86e4ad99593ec9d8fd7192",
            "04977181e2d4936d0c99840f57e5b404f609e77acd8de6af2c2aec612d0bd1fd");

    private final PseudoniemConfig config;

    public PseudoniemsleutelBewaker(PseudoniemConfig config) {
        this.config = config;
    }

    void bijStart(@Observes StartupEvent event) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        List<String> bezwaren = bezwaren(config.sleutels().values());
        if (!bezwaren.isEmpty()) {
            throw new IllegalStateException(ProductieBewaker.WEIGERING + String.join(" ", bezwaren));
        }
    }

    /** Pure check, so that it can be tested without starting a production instance. */
    static List<String> bezwaren(Collection<String> sleutels) {
        List<String> bezwaren = new ArrayList<>();
        for (String sleutel : sleutels) {
            if (DEV_PSEUDONIEMSLEUTELS_SHA256.contains(ProductieBewaker.sha256(sleutel.trim()))) {
                bezwaren.add("Een geconfigureerde pseudoniemsleutel is een DEV-ONLY sleutel uit application.properties.");
            }
        }
        return bezwaren;
    }
}
