package nl.sekswerkregister.fuzz.mutaties;

import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import nl.sekswerkregister.fuzz.Plek;
import nl.sekswerkregister.fuzz.Trekker;
import nl.sekswerkregister.fuzz.Verzoek;

/**
 * Unicode at its edges where text goes: control characters and NUL, invisible-only text, direction
 * overrides, combining marks, emoji sequences, digits that are not ASCII, case folding oddities,
 * blanks. (Lone surrogates and invalid UTF-8 are bytes no JSON library writes: RauweInvoerIT.)
 */
public final class UnicodeRanden implements LichaamMutatie {

    public static final List<String> TEKSTEN = List.of("a\u0000b", "\u0000", "GM0363\u0000", "\u0001\u001F\u007F",
            "\u0085", "\u2028\u2029", "\u001B[31mrood", "\u202Eexe.gnp", "\u200B\u200C\u200D\u2060\uFEFF", "\uFEFF",
            "\uD83D\uDCA5\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
            "Z\u0351\u036B\u0343\u036A\u0302\u036B\u033D\u034F\u0334\u0319\u0324\u031E\u0349", "\uFDFA", "\u01C4",
            "\u0130", "\u00DF", "\uFF10\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17",
            "\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668", "\uFF27\uFF2D\uFF10\uFF13\uFF16\uFF13", "GM0363 ",
            "gm0363", "", " ", "\t", "\n", "null", "\u00A0", "\u3000");

    @Override
    public void pasToe(Verzoek v, Trekker t) {
        Plek plek = t.kies(Plek.vanType(v, "string"));
        String tekst = t.trek(TEKSTEN);
        plek.zet(TextNode.valueOf(tekst));
        v.lichaamGemuteerd("unicode " + plek.naam + "=" + TextNode.valueOf(tekst));
    }
}
