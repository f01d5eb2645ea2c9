package nl.sekswerkregister.fuzz.mutaties;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.sekswerkregister.fuzz.Parameter;
import nl.sekswerkregister.fuzz.Schema;
import nl.sekswerkregister.fuzz.Trekker;
import nl.sekswerkregister.fuzz.Verzoek;

/**
 * An odd value for a query parameter, after its schema: outside the enum, the range or the
 * pattern, digits that are not ASCII, dates that do not exist, an empty value or none at all
 * ({@code ?page}, 400 by the contract), the parameter twice, hostile text.
 */
public final class VreemdeQuerywaarde implements ParameterMutatie {

    static final List<String> ALGEMEEN = List.of("' or 1=1 --", "<script>", "\u0000", "x".repeat(5_000), "\u202E",
            "\uD83D\uDCA5", "null", " ", "a&b=c", "%", "%zz");
    static final List<String> GETALLEN = List.of("-1", "0", "abc", "1e3", "1.5", "1000000000000", "9223372036854775808",
            "0x10", "\uFF11", "\u0665", "+1", " 1", "1 ", "01", "1;drop");
    static final List<String> DATUMS = List.of("2026-02-30", "2026-13-01", "2026-1-1", "31-12-2026", "+1000000000-01-01",
            "+999999999-12-31", "-999999999-01-01", "+300000-01-01", "-0001-01-01", "0000-01-01", "1899-12-31",
            "3000-01-01", "9999-12-31", "2026-02-28T00:00", "2026-02-28+01:00");

    @Override
    public boolean past(Parameter p) {
        return p.plek().equals("query");
    }

    @Override
    public void pasToe(Verzoek v, Parameter p, Trekker t) {
        int keuze = t.getal(8);
        if (keuze == 0) {
            v.zet(p, "");
            v.gemuteerd(p, "leeg (?" + p.naam() + "=)");
            v.verwacht("een parameter zonder waarde is 400", s -> s == 400);
            return;
        }
        if (keuze == 1) {
            v.zet(p, null);
            v.voegQueryToe(p.naam(), null);
            v.gemuteerd(p, "zonder = (?" + p.naam() + ")");
            v.verwacht("een parameter zonder waarde is 400", s -> s == 400);
            return;
        }
        if (keuze == 2) {
            List<String> geldig = v.geldigeWaarden(p);
            String a = geldig.isEmpty() ? "1" : t.kies(geldig);
            String b = geldig.isEmpty() ? "2" : t.kies(geldig);
            v.zet(p, a);
            v.voegQueryToe(p.naam(), b);
            v.gemuteerd(p, "twee keer: " + a + ", " + b);
            return;
        }
        JsonNode s = p.schema();
        List<String> waarden = new ArrayList<>(ALGEMEEN);
        if (s.has("enum")) {
            String eerste = s.get("enum").get(0).asText();
            waarden.addAll(List.of("ONBEKEND", eerste.toLowerCase(Locale.ROOT), eerste + " ", " " + eerste,
                    eerste + "," + eerste, eerste + "\u0000"));
        }
        String type = Schema.type(s);
        if (type.equals("integer")) {
            waarden.addAll(GETALLEN);
            if (s.has("minimum")) {
                waarden.add(String.valueOf(s.get("minimum").asLong() - 1));
            }
            if (s.has("maximum")) {
                waarden.add(String.valueOf(s.get("maximum").asLong() + 1));
            }
        } else if (Schema.formaat(s).equals("date")) {
            waarden.addAll(DATUMS);
        } else if (Schema.formaat(s).equals("uuid")) {
            waarden.addAll(List.of("geen-uuid", "00000000-0000-0000-0000-000000000000", "25b130daff194081850327e0f4d89c7a",
                    "25B130DA-FF19-4081-8503-27E0F4D89C7A", "{25b130da-ff19-4081-8503-27e0f4d89c7a}"));
        } else if (s.has("pattern")) {
            waarden.addAll(List.of("GM9999", "gm0363", "GM036", "GM03630", "\uFF27\uFF2D0363", "a.b_c", "-a-", "a--b",
                    "12345678 ", "1234567"));
        }
        String waarde = t.trek(waarden);
        v.zet(p, waarde);
        v.gemuteerd(p, "\"" + (waarde.length() > 40 ? waarde.substring(0, 40) + "...(" + waarde.length() + ")" : waarde) + "\"");
    }
}
