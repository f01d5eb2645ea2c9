package nl.sekswerkregister.fuzz.mutaties;

import nl.sekswerkregister.fuzz.Trekker;
import nl.sekswerkregister.fuzz.Verzoek;

/**
 * Headers the contract does not ask for: a request id or forwarding header with hostile text, a
 * Content-Encoding the body does not have, many headers, big ones (under the 32 KiB the HTTP layer
 * takes; above it is RauweInvoerIT's).
 */
public final class OverbodigeKoppen implements VerzoekMutatie {

    @Override
    public void pasToe(Verzoek v, Trekker t) {
        int keuze = t.getal(7);
        switch (keuze) {
            case 0 -> v.zetKop("X-Opvulling", "x".repeat(9_000));
            case 1 -> v.zetKop("X-Opvulling", "x".repeat(20_000));
            case 2 -> {
                for (int i = 0; i < 150; i++) {
                    v.voegKopToe("X-Kop-" + i, "waarde");
                }
            }
            case 3 -> v.zetKop("Content-Encoding", "gzip");
            case 4 -> v.zetKop("X-Forwarded-For", "127.0.0.1, ' or 1=1 --");
            case 5 -> v.zetKop("X-HTTP-Method-Override", "DELETE");
            default -> v.zetKop("X-Request-ID", "' or 1=1 --<script>");
        }
        v.mutatie("overbodige header, variant " + keuze);
    }
}
