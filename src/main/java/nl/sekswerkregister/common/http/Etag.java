package nl.sekswerkregister.common.http;

import nl.sekswerkregister.common.probleem.ProbleemException;
import nl.sekswerkregister.common.probleem.ProbleemSoort;

/**
 * Optimistic concurrency for PATCH (RFC 9110 If-Match): the ETag is the row's version. A missing
 * If-Match is 428 (RFC 6585), so no client can overwrite blindly; a stale one is 412.
 */
public final class Etag {

    private Etag() {
    }

    public static String van(long versie) {
        return "\"" + versie + "\"";
    }

    public static long vereisActueel(String ifMatch, long huidigeVersie) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProbleemException(ProbleemSoort.IF_MATCH_VEREIST,
                    "Stuur de ETag van de laatst opgehaalde versie mee in If-Match, zodat u geen wijziging van een ander overschrijft.");
        }
        for (String kandidaat : ifMatch.split(",")) {
            if (kandidaat.trim().equals(van(huidigeVersie))) {
                return huidigeVersie;
            }
        }
        throw new ProbleemException(ProbleemSoort.GEWIJZIGD_DOOR_ANDER,
                "De If-Match-header komt niet overeen met de huidige versie " + van(huidigeVersie)
                        + ". Haal de gegevens opnieuw op en probeer het nog eens.");
    }
}
