package nl.sekswerkregister.pagina;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;
import nl.sekswerkregister.regelset.domain.Erkenning;
import nl.sekswerkregister.regelset.domain.Gebiedsmaximum;
import nl.sekswerkregister.regelset.domain.Openingstijd;
import nl.sekswerkregister.regelset.domain.Regelpaden;
import nl.sekswerkregister.regelset.domain.Regelwaarde;
import nl.sekswerkregister.regelset.domain.Stand;

/**
 * Rule paths and values as a Dutch reader reads them on the pages: the map, its panel and the desk word a rule the
 * same way ("21 jaar", "club: maximum aantal").
 */
public final class Waardetekst {

    private Waardetekst() {
    }

    public static String bedrijfstype(Bedrijfstype type) {
        return switch (type) {
            case RAAMPROSTITUTIE -> "raamprostitutie";
            case CLUB -> "club";
            case ESCORT -> "escort";
            case THUISWERK -> "thuiswerk";
            case MASSAGESALON -> "massagesalon";
            case ZONDER_FYSIEK_CONTACT -> "zonder fysiek contact (webcam, theater)";
            case OVERIG -> "overig";
        };
    }

    /** "bedrijfstypen.CLUB.maximumAantal" → "club: maximum aantal". */
    public static String pad(String pad) {
        if (pad.startsWith(Regelpaden.BEDRIJFSTYPEN + ".")) {
            String[] delen = pad.split("\\.", 3);
            String type = bedrijfstype(Bedrijfstype.valueOf(delen[1]));
            return delen.length == 2 ? type : type + ": " + woorden(delen[2]);
        }
        return woorden(pad.replace('.', ' '));
    }

    /** A set value of a rule with its unit: "18 jaar", "maximaal 4", "8 uur". */
    public static String opPad(String pad, Object waarde) {
        if (waarde instanceof Integer getal) {
            if (pad.endsWith("minimumleeftijd") || pad.endsWith("vergunningtermijnJaren")) {
                return getal + " jaar";
            }
            if (pad.endsWith("maximumAantal")) {
                return getal == 0 ? "geen (nulquotum)" : "maximaal " + getal;
            }
            if (pad.endsWith("UrenPerDag")) {
                return getal + " uur";
            }
            if (pad.endsWith("DagenPerWeek")) {
                return getal + " dagen per week";
            }
            if (pad.endsWith("Weken")) {
                return getal + " weken";
            }
            if (pad.endsWith("Meters")) {
                return getal + " meter";
            }
        }
        return inWoorden(waarde);
    }

    public static String inWoorden(String pad, Regelwaarde waarde) {
        return waarde.isGezet() ? opPad(pad, waarde.waarde()) : inWoorden(waarde);
    }

    public static String inWoorden(Regelwaarde waarde) {
        return switch (waarde.stand()) {
            case ONBEKEND -> "onbekend";
            case NIET_GEREGELD -> "niet geregeld";
            case GEZET -> inWoorden(waarde.waarde());
        };
    }

    public static String inWoorden(Object waarde) {
        if (waarde instanceof Boolean b) {
            return b ? "ja" : "nee";
        }
        if (waarde instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
        if (waarde instanceof Collection<?> lijst) {
            return lijst.isEmpty() ? "geen" : lijst.stream().map(Waardetekst::inWoorden).collect(Collectors.joining("; "));
        }
        if (waarde instanceof Openingstijd o) {
            return inWoorden(o.dag()) + " " + o.open() + "–" + o.sluit();
        }
        if (waarde instanceof Erkenning e) {
            return switch (e.soort()) {
                case ALLE -> "registraties van alle gemeenten";
                case EIGEN -> "alleen de eigen registratie";
                case LIJST -> "eigen registratie en die van " + String.join(", ", e.gemeenteCodes() == null
                        ? java.util.List.of() : e.gemeenteCodes());
            };
        }
        if (waarde instanceof Number || waarde instanceof String || waarde instanceof Gebiedsmaximum) {
            return String.valueOf(waarde);
        }
        // Composite values the vocabulary already words (validity periods): never a record's toString.
        return Regelpaden.tekst(new Regelwaarde(Stand.GEZET, waarde));
    }

    /** camelCase to words: "maximaleWerkurenPerDag" → "maximale werkuren per dag". */
    private static String woorden(String naam) {
        return naam.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
