package nl.sekswerkregister.pagina.deur;

import java.time.LocalDate;
import java.util.Locale;
import nl.sekswerkregister.common.adres.Adres;
import nl.sekswerkregister.pagina.Woorden;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;
import nl.sekswerkregister.vergunning.domain.Controlestatus;

/**
 * One answer at the door, in the words an officer reads aloud: the status check's answer (the same
 * {@link Controlestatus} the API gives) folded into four outcomes, GELDIG, GESCHORST, GESLOTEN and
 * NIET_GELDIG, plus GEEN_VERGUNNING when nothing was found (which also means: not valid). {@code code}
 * is what browser tests read ({@code data-uitslag}); {@code status} is the API's own word.
 *
 * @param adres the premises' address to compare with the door; null where the status check shows none
 *              (a home worker's address, an application, a refusal)
 */
public record Uitslag(String code, String status, String kop, String toelichting, String vergunningnummer,
                      String bedrijfstype, Adres adres) {

    static Uitslag van(String vergunningnummer, Bedrijfstype type, Controlestatus status, LocalDate geldigTot,
                       LocalDate geslotenTot, LocalDate geschorstTot, Adres adres) {
        String bedrijf = type == null ? null : bedrijfstype(type);
        return switch (status) {
            case GELDIG -> new Uitslag("GELDIG", status.name(), "Geldig",
                    geldigTot == null ? null : "Geldig tot en met " + datum(geldigTot) + ".", vergunningnummer, bedrijf, adres);
            case GESLOTEN -> new Uitslag("GESLOTEN", status.name(),
                    geslotenTot == null ? "Gesloten" : "Gesloten tot en met " + datum(geslotenTot),
                    "De burgemeester heeft deze vestiging gesloten: er mag hier geen bedrijf worden uitgeoefend.",
                    vergunningnummer, bedrijf, adres);
            case GESCHORST -> new Uitslag("GESCHORST", status.name(),
                    geschorstTot == null ? "Geschorst" : "Geschorst tot en met " + datum(geschorstTot),
                    "De vergunning is geschorst: er mag nu geen bedrijf worden uitgeoefend.", vergunningnummer, bedrijf, adres);
            case VERLOPEN -> nietGeldig(status, "De vergunning is verlopen.", vergunningnummer, bedrijf, adres);
            case INGETROKKEN -> nietGeldig(status, "De vergunning is ingetrokken.", vergunningnummer, bedrijf, adres);
            case NIET_VERLEEND -> nietGeldig(status, "Er is (nog) geen vergunning verleend.", vergunningnummer, bedrijf,
                    adres);
        };
    }

    static Uitslag geenVergunning(String toelichting) {
        return new Uitslag("GEEN_VERGUNNING", null, "Geen vergunning gevonden", toelichting, null, null, null);
    }

    /** Premises closed by the mayor where no licence is: a closure is an answer of its own at the door. */
    static Uitslag geslotenZonderVergunning(LocalDate einddatum, Adres adres) {
        return new Uitslag("GESLOTEN", Controlestatus.GESLOTEN.name(),
                einddatum == null ? "Gesloten" : "Gesloten tot en met " + datum(einddatum),
                "Geen vergunning, en de burgemeester heeft deze vestiging gesloten.", null, null, adres);
    }

    private static Uitslag nietGeldig(Controlestatus status, String toelichting, String nummer, String bedrijf, Adres adres) {
        return new Uitslag("NIET_GELDIG", status.name(), "Niet geldig", toelichting, nummer, bedrijf, adres);
    }

    /** The CSS modifier of the outcome (its colour and border; the words say the same). */
    public String klasse() {
        return code.toLowerCase(Locale.ROOT);
    }

    /** The premises' address on two lines' worth of text: "Warmoesstraat 10A-2, 1012 JD Amsterdam". */
    public String adresregel() {
        if (adres == null) {
            return null;
        }
        StringBuilder regel = new StringBuilder();
        if (adres.straatnaam() != null) {
            regel.append(adres.straatnaam()).append(' ');
        }
        regel.append(adres.huisnummer());
        if (adres.huisletter() != null) {
            regel.append(adres.huisletter());
        }
        if (adres.huisnummertoevoeging() != null) {
            regel.append('-').append(adres.huisnummertoevoeging());
        }
        if (adres.postcode() != null) {
            regel.append(", ").append(Woorden.postcode(adres.postcode()));
        }
        if (adres.woonplaats() != null) {
            regel.append(' ').append(adres.woonplaats());
        }
        return regel.toString();
    }

    static String datum(LocalDate datum) {
        return Woorden.datum(datum);
    }

    static String bedrijfstype(Bedrijfstype type) {
        return Woorden.bedrijfstype(type);
    }
}
