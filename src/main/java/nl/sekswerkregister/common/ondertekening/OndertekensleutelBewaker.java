package nl.sekswerkregister.common.ondertekening;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import nl.sekswerkregister.common.beveiliging.ProductieBewaker;

/**
 * Refuses to start the packaged service (prod profile) with the committed DEV-ONLY signing key:
 * with it anyone could sign a checkpoint of a rewritten log or a forged access report.
 */
@ApplicationScoped
public class OndertekensleutelBewaker {

    /** Key id of the DEV-ONLY signing key in application.properties (dev and test profiles). */
    static final String DEV_SLEUTEL_ID = "151014499799c076";

    private final Ondertekenaar ondertekenaar;

    public OndertekensleutelBewaker(Ondertekenaar ondertekenaar) {
        this.ondertekenaar = ondertekenaar;
    }

    void bijStart(@Observes StartupEvent event) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        List<String> bezwaren = bezwaren(ondertekenaar.sleutelId());
        if (!bezwaren.isEmpty()) {
            throw new IllegalStateException(ProductieBewaker.WEIGERING + String.join(" ", bezwaren));
        }
    }

    static List<String> bezwaren(String sleutelId) {
        List<String> bezwaren = new ArrayList<>();
        if (DEV_SLEUTEL_ID.equals(sleutelId)) {
            bezwaren.add("De ondertekensleutel is de DEV-ONLY sleutel uit application.properties.");
        }
        return bezwaren;
    }
}
