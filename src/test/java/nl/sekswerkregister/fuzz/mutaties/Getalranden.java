package nl.sekswerkregister.fuzz.mutaties;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import nl.sekswerkregister.fuzz.Plek;
import nl.sekswerkregister.fuzz.Schema;
import nl.sekswerkregister.fuzz.Trekker;
import nl.sekswerkregister.fuzz.Verzoek;

/**
 * Numbers at their edges where numbers go: just outside (and on) the schema's minimum and maximum,
 * zero and minus zero, fractions, overflows of int and long, 1e309, and forms JSON does not allow
 * (NaN, 0x10, +1, 00012), written raw.
 */
public final class Getalranden implements LichaamMutatie {

    static final List<String> GETALLEN = List.of("-1", "0", "-0", "0.5", "1.0", "1E2", "1e309", "-1e309", "1e-400",
            "2147483648", "-2147483649", "9223372036854775808", "-9223372036854775809", "123456789012345678901234567890",
            "1" + "0".repeat(1200), "NaN", "Infinity", "-Infinity", "00012", "+1", "0x10", ".5", "1.");

    @Override
    public void pasToe(Verzoek v, Trekker t) {
        Plek plek = t.kies(Plek.vanType(v, "integer", "number"));
        JsonNode s = Schema.los(plek.schema);
        List<String> kandidaten = new ArrayList<>(GETALLEN);
        if (s.has("minimum")) {
            kandidaten.add(s.get("minimum").asText());
            kandidaten.add(String.valueOf(s.get("minimum").asLong() - 1));
        }
        if (s.has("maximum")) {
            kandidaten.add(s.get("maximum").asText());
            kandidaten.add(String.valueOf(s.get("maximum").asLong() + 1));
        }
        String getal = t.kies(kandidaten);
        plek.zet(v.ruw(getal));
        v.lichaamGemuteerd("getal " + plek.naam + "=" + (getal.length() > 40 ? getal.substring(0, 40) + "..." : getal));
    }
}
