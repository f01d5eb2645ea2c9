package nl.sekswerkregister.fuzz.mutaties;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.sekswerkregister.fuzz.Trekker;
import nl.sekswerkregister.fuzz.Verzoek;

/**
 * A Content-Type the operation does not take (or none: 415 by the contract), JSON under a charset
 * other than UTF-8, a form or a serialised Java object where JSON belongs.
 */
public final class VerkeerdContentType implements Mutatie {

    static final List<String> TYPEN = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=grens", "application/json; charset=UTF-16", "application/json; charset=ISO-8859-1",
            "application/json; charset=onzin", "application/jsonx", "application/vnd.api+json", "*/*", "application/*",
            "", "json", "application/json, text/plain", "application/x-java-serialized-object", "text/json",
            "application/json; charset=utf-8; boundary=x", "(geen)");

    @Override
    public int fase() {
        return 3;
    }

    @Override
    public boolean past(Verzoek v) {
        return v.heeftLichaam();
    }

    @Override
    public void pasToe(Verzoek v, Trekker t) {
        String type = t.trek(TYPEN);
        if (type.equals("(geen)")) {
            v.weg("Content-Type");
            v.lichaamGemuteerd("geen Content-Type");
            v.verwacht("een body zonder Content-Type is 415", s -> s == 415);
            return;
        }
        v.zetKop("Content-Type", type);
        if (type.equals("application/x-java-serialized-object")) {
            v.bytes = new byte[] {(byte) 0xAC, (byte) 0xED, 0x00, 0x05, 0x73, 0x72};
        } else if (type.equals("application/x-www-form-urlencoded")) {
            v.bytes = "kvkNummer=12345678&statutaireNaam=x".getBytes(StandardCharsets.UTF_8);
        } else if (type.contains("UTF-16")) {
            v.bytes = v.alsTekst().getBytes(StandardCharsets.UTF_16);
        }
        v.lichaamGemuteerd("Content-Type " + type);
        if (!type.startsWith("application/json") || type.startsWith("application/jsonx")) {
            v.verwacht("een body van een mediatype dat de bewerking niet kent is 415", s -> s == 415);
        }
    }
}
