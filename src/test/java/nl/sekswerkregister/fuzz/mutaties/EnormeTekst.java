package nl.sekswerkregister.fuzz.mutaties;

import com.fasterxml.jackson.databind.node.TextNode;
import nl.sekswerkregister.fuzz.Plek;
import nl.sekswerkregister.fuzz.Schema;
import nl.sekswerkregister.fuzz.Trekker;
import nl.sekswerkregister.fuzz.Verzoek;

/**
 * Text longer than allowed: one past the schema's maxLength, a few KB of two- and four-byte
 * characters, and enough to take the body past its 64 KiB limit (which is 413).
 */
public final class EnormeTekst implements LichaamMutatie {

    static final int GRENS = 65_536;

    @Override
    public void pasToe(Verzoek v, Trekker t) {
        Plek plek = t.kies(Plek.vanType(v, "string"));
        int max = Schema.los(plek.schema).path("maxLength").asInt(200);
        int keuze = t.getal(6);
        String tekst = switch (keuze) {
            case 0 -> "a".repeat(max + 1);
            case 1 -> "\u00E9".repeat(max + 1);
            case 2 -> "x".repeat(1001);
            case 3 -> "\u00E9".repeat(10_000);
            case 4 -> "\uD83D\uDE00".repeat(5_000);
            default -> "a".repeat(GRENS + 10);
        };
        plek.zet(TextNode.valueOf(tekst));
        v.lichaamGemuteerd("enorme tekst " + plek.naam + " (" + tekst.length() + " tekens, variant " + keuze + ")");
        if (keuze == 5) {
            v.verwacht("een body boven 64 KiB is 413", s -> s == 413);
        }
    }
}
