package nl.sekswerkregister.fuzz.mutaties;

import java.util.List;
import nl.sekswerkregister.fuzz.Trekker;
import nl.sekswerkregister.fuzz.Verzoek;

/** An Accept the API cannot serve (406), a wildcard, a weight of zero, or no Accept at all. */
public final class VreemdeAccept implements VerzoekMutatie {

    static final List<String> ACCEPTS = List.of("application/xml", "text/html", "text/plain", "application/json;q=0",
            "*/*;q=0", "onzin", "", "image/png", "application/problem+json", "application/json;charset=UTF-16",
            "application/*", "*/*", "text/*, application/xml;q=0.9", "(geen)");

    @Override
    public void pasToe(Verzoek v, Trekker t) {
        String accept = t.trek(ACCEPTS);
        if (accept.equals("(geen)")) {
            v.weg("Accept");
        } else {
            v.zetKop("Accept", accept);
        }
        v.mutatie("Accept " + accept);
    }
}
