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
            "c36776c4e1bed4148b44e866d04a456fa08ee2bc2151dd180dc8ad4b015f5833",
            "e6217f251c8de99d48b52ecaf40462b177970139dee829e3f04d752e57bce734",
            "96f434e1597e2dd2b2847b17cc8d882b2614fa769e1ba560ebd616a283b89546",
            "5b0d80694d5dfec63102cd18b44b2d2be9d6114c79e13db9553634317c085035",
            "74735410ce0edaf42a25789b68ffd1550442e00c20d1f6a83bace347ee4e0866",
            "718cac80181250c9c88a46506b74c3548ed5f077f0e55645dd4b17207fce2e3a",
            "617c3e014cf61538be49872986f3d824254f0c90d765cef2daa76419e653567e",
            "9f709024855564aa7305ddb83130c144aff4ddd169a26ba261be6b463af54087");

    private final PseudoniemConfig config;

    public PseudoniemsleutelBewaker(PseudoniemConfig config) {
        this.config = config;
    }

    void bijStart(@Observes StartupEvent event) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        List<String> bezwaren = bezwaren(List.of(config.landelijk().sleutels().values(), config.gemeente().sleutels().values(),
                config.beheerder().sleutels().values(), config.logboek().sleutels().values()));
        if (!bezwaren.isEmpty()) {
            throw new IllegalStateException(ProductieBewaker.WEIGERING + String.join(" ", bezwaren));
        }
    }

    /**
     * Pure check, so that it can be tested without starting a production instance. Also refuses one
     * key in two rings: separate rings exist so that one leaked key exposes one kind of pseudonym.
     */
    static List<String> bezwaren(List<Collection<String>> ringen) {
        List<String> bezwaren = new ArrayList<>();
        java.util.Map<String, Integer> ringVanSleutel = new java.util.HashMap<>();
        for (int ring = 0; ring < ringen.size(); ring++) {
            for (String sleutel : ringen.get(ring)) {
                String hash = ProductieBewaker.sha256(sleutel.trim());
                if (DEV_PSEUDONIEMSLEUTELS_SHA256.contains(hash)) {
                    bezwaren.add("Een geconfigureerde pseudoniemsleutel is een DEV-ONLY sleutel uit application.properties.");
                }
                Integer eerder = ringVanSleutel.putIfAbsent(hash, ring);
                if (eerder != null && eerder != ring) {
                    bezwaren.add("Dezelfde pseudoniemsleutel staat in twee sleutelringen; elke ring heeft een eigen sleutel.");
                }
            }
        }
        return bezwaren;
    }
}
