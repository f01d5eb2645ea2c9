package nl.sekswerkregister.fuzz.mutaties;

import java.util.List;
import nl.sekswerkregister.fuzz.Trekker;
import nl.sekswerkregister.fuzz.Verzoek;
import nl.sekswerkregister.support.Personen;

/**
 * A query parameter the operation does not have: 400, never ignored (a misspelt filter must not
 * silently answer for no filter). One named like an identifier (bsn, naam, geboortedatum, ...) is
 * refused before anything reads it, whatever the path, and its value is never repeated (no personal
 * data in URLs, logs or errors); any other is named with code onbekend. Only the published contract
 * itself is no API operation and ignores them.
 */
public final class OnbekendeQuery implements VerzoekMutatie {

    /** The names the contract lists for "niet-in-url" (case does not count). */
    static final List<String> IDENTIFICEREND = List.of("bsn", "BSN", "burgerservicenummer", "identificatie", "document",
            "documentnummer", "paspoort", "paspoortnummer", "geboortedatum", "naam", "werknaam", "pseudoniem", "Naam");
    static final List<String> OVERIG = List.of("foo", "sort", "expand", "fields", "callback", "__proto__", "debug",
            "format", "q", "lang", "page[size]", "pagesize", "PAGE");

    @Override
    public void pasToe(Verzoek v, Trekker t) {
        if (t.kans(1, 2)) {
            String naam = t.trek(IDENTIFICEREND);
            String waarde = t.kans(1, 2) ? Personen.bsn() : "Jansen zqxj";
            v.voegQueryToe(naam, waarde);
            v.merktekens.add(waarde);
            v.mutatie("query: identificerende parameter " + naam);
            v.verwacht("een identificerende query-parameter is 400", s -> s == 400);
            v.moetGeweigerd("een identificerende query-parameter wordt altijd geweigerd");
        } else {
            String naam = t.trek(OVERIG);
            String waarde = t.kies(List.of("bar", "*", "naam;drop", "' or 1=1 --", "1", "", "true"));
            v.voegQueryToe(naam, waarde);
            v.mutatie("query: onbekende parameter " + naam + "=" + waarde);
            if (!v.operatie.sjabloon().equals("/openapi.json")) {
                v.verwacht("een onbekende query-parameter is 400", s -> s == 400);
            }
        }
    }
}
