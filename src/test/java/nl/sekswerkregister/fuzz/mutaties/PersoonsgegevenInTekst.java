package nl.sekswerkregister.fuzz.mutaties;

import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import nl.sekswerkregister.fuzz.Plek;
import nl.sekswerkregister.fuzz.Trekker;
import nl.sekswerkregister.fuzz.Verzoek;
import nl.sekswerkregister.support.Personen;

/**
 * An identity number in free text: a BSN (whole, or in groups as 1234.56.782) or a word shaped like
 * a document number. Where the contract says the field refuses it ("400 met code
 * `persoonsgegeven`"), it must be 400; anywhere, an error may never repeat it.
 */
public final class PersoonsgegevenInTekst implements LichaamMutatie {

    /** Whether the contract's text about a field or header says it refuses identity numbers. */
    public static boolean gescreend(String beschrijving) {
        return beschrijving != null && beschrijving.contains("code `persoonsgegeven`");
    }

    @Override
    public void pasToe(Verzoek v, Trekker t) {
        List<Plek> tekst = Plek.vanType(v, "string").stream().filter(p -> p.waarde().isTextual()).toList();
        List<Plek> gescreend = tekst.stream().filter(p -> gescreend(p.beschrijving)).toList();
        Plek plek = t.kies(!gescreend.isEmpty() && !t.kans(1, 4) ? gescreend : tekst.isEmpty() ? Plek.van(v) : tekst);
        String bsn = Personen.bsn();
        String nummer = switch (t.getal(3)) {
            case 0 -> bsn;
            case 1 -> bsn.substring(0, 4) + "." + bsn.substring(4, 6) + "." + bsn.substring(6);
            default -> t.tekens("ABCDEFGHJKLMNPQRSTUVWXYZ", 3) + t.tekens("0123456789", 6);
        };
        plek.zet(TextNode.valueOf("Gezien bij controle: " + nummer + "."));
        v.merktekens.add(nummer);
        v.lichaamGemuteerd("persoonsgegeven in " + plek.naam);
        if (gescreend(plek.beschrijving)) {
            v.verwacht("het contract: een identificatienummer in " + plek.naam + " is 400 (persoonsgegeven)", s -> s == 400);
            v.moetGeweigerd("het contract weigert een identificatienummer in " + plek.naam);
        }
    }
}
