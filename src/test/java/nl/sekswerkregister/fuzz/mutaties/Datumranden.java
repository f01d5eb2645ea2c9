package nl.sekswerkregister.fuzz.mutaties;

import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.sekswerkregister.fuzz.Plek;
import nl.sekswerkregister.fuzz.Schema;
import nl.sekswerkregister.fuzz.Trekker;
import nl.sekswerkregister.fuzz.Verzoek;

/**
 * Dates and times at their edges where the contract has a date (or a time of day): days that do not
 * exist, years outside 1900-2999 (which PostgreSQL or clients cannot hold), the edges themselves,
 * other notations, and the business edges yesterday, today and tomorrow.
 */
public final class Datumranden implements LichaamMutatie {

    static final LocalDate VANDAAG = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    static final List<String> DATUMS = List.of("2026-02-30", "2026-13-01", "0000-00-00", "1899-12-31", "1900-01-01",
            "2999-12-31", "3000-01-01", "+999999999-12-31", "-999999999-01-01", "+300000-01-01", "0000-01-01",
            "-0001-12-31", "2026-1-1", "31-12-2026", "2026-02-28T00:00:00Z", "2026-02-28+01:00", "20260228",
            VANDAAG.minusDays(1).toString(), VANDAAG.toString(), VANDAAG.plusDays(1).toString(),
            VANDAAG.plusYears(100).toString(), VANDAAG.minusYears(100).toString());
    static final List<String> TIJDEN = List.of("24:00", "25:61", "-01:00", "23:59", "00:00", "9:00", "09:00:00",
            "12:60", "\uFF11\uFF12:00");

    @Override
    public void pasToe(Verzoek v, Trekker t) {
        List<Plek> datums = Plek.van(v).stream().filter(p -> Schema.formaat(p.schema).startsWith("date")).toList();
        List<Plek> tijden = Plek.van(v).stream().filter(p -> p.waarde().isTextual()
                && p.waarde().asText().matches("\\d\\d:\\d\\d")).toList();
        Plek plek;
        String waarde;
        if (!tijden.isEmpty() && (datums.isEmpty() || t.kans(1, 3))) {
            plek = t.kies(tijden);
            waarde = t.trek(TIJDEN);
        } else {
            plek = t.kies(datums.isEmpty() ? Plek.vanType(v, "string") : datums);
            waarde = t.trek(DATUMS);
        }
        plek.zet(TextNode.valueOf(waarde));
        v.lichaamGemuteerd("datum/tijd " + plek.naam + "=" + waarde);
        if (Schema.formaat(plek.schema).equals("date") && !bestaatTussen1900En2999(waarde)) {
            // The contract's info: "Datums liggen tussen 1900-01-01 en 2999-12-31" (PostgreSQL and
            // clients cannot hold every year java.time reads).
            v.moetGeweigerd("het contract: een datum is een bestaande dag tussen 1900-01-01 en 2999-12-31");
        }
    }

    static boolean bestaatTussen1900En2999(String waarde) {
        try {
            LocalDate d = LocalDate.parse(waarde);
            return waarde.matches("\\d{4}-\\d{2}-\\d{2}") && d.getYear() >= 1900 && d.getYear() <= 2999;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }
}
