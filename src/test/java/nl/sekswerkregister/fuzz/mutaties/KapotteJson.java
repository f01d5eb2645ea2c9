package nl.sekswerkregister.fuzz.mutaties;

import java.util.List;
import nl.sekswerkregister.fuzz.Trekker;
import nl.sekswerkregister.fuzz.Verzoek;

/**
 * JSON that is no JSON, or not the JSON the operation takes: cut short, trailing commas, comments,
 * single quotes, unquoted names, garbage after the end, another top-level value, an empty body,
 * nesting thousands deep (a parser that recurses would overflow its stack).
 */
public final class KapotteJson implements Mutatie {

    static final int VARIANTEN = 20;

    @Override
    public int fase() {
        return 2;
    }

    /** Once per request, on a body still whole: broken twice is no more broken. */
    @Override
    public boolean past(Verzoek v) {
        return v.json != null && v.tekst == null && v.bytes == null;
    }

    @Override
    public void pasToe(Verzoek v, Trekker t) {
        String s = v.alsTekst();
        int keuze = t.getal(VARIANTEN);
        v.tekst = switch (keuze) {
            case 0 -> s.substring(0, t.getal(Math.max(1, s.length())));
            case 1 -> s.substring(0, Math.max(0, s.lastIndexOf('}'))) + ",}";
            case 2 -> "{," + s.substring(1);
            case 3 -> s.replace('"', '\'');
            case 4 -> s.replaceAll("\"([A-Za-z]+)\":", "$1:");
            case 5 -> "/* commentaar */" + s;
            case 6 -> s + "// commentaar";
            case 7 -> s + "x";
            case 8 -> s + s;
            case 9 -> s.replaceFirst(":", " ");
            case 10 -> "\uFEFF" + s;
            case 11 -> s.replaceFirst(",", ",,");
            case 12 -> t.kies(List.of("null", "[]", "[{}]", "42", "\"tekst\"", "true", "[" + s + "]"));
            case 13 -> t.kies(List.of("", "   ", "\n"));
            case 14 -> "[".repeat(1001) + "]".repeat(1001);
            case 15 -> "[".repeat(30_000) + "]".repeat(30_000);
            case 16 -> "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000);
            case 17 -> s.replaceFirst("\\{", "{\"a\":" + "[".repeat(3_000) + "]".repeat(3_000) + ",");
            case 18 -> s.replaceFirst(":\"", ":\"\\u12");
            default -> s.replaceFirst(":\"", ":\"\\x41");
        };
        v.lichaamGemuteerd("kapotte JSON, variant " + keuze);
    }
}
