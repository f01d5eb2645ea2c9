package nl.sekswerkregister.common.invoer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.sekswerkregister.common.json.StrikteDatum;

/**
 * Reads path and query parameters as text and collects every problem before failing (REST layer
 * only; services collect with {@link Invoerfouten}). JAX-RS would
 * turn an unconvertible query parameter into 404 and stop at the first; the API rules want 400
 * listing them all.
 */
public final class Parameters extends Invoerfouten {

    public static final Pattern GEMEENTECODE = Pattern.compile("GM[0-9]{4}");
    private static final Pattern ASCII_GETAL = Pattern.compile("[0-9]{1,9}");

    public Optional<String> patroon(String naam, String waarde, Pattern patroon, String verwacht) {
        if (waarde == null) {
            return Optional.empty();
        }
        if (!patroon.matcher(waarde).matches()) {
            fout(naam, "patroon", "Verwacht " + verwacht + ".");
            return Optional.empty();
        }
        return Optional.of(waarde);
    }

    public Optional<String> gemeenteCode(String naam, String waarde) {
        return patroon(naam, waarde, GEMEENTECODE, "een CBS-gemeentecode zoals GM0363");
    }

    /**
     * A comma-separated list of CBS codes ("GM0363,GM0599"), from {@code min} to {@code max} of them,
     * each once. A wrong entry is named by its position ("gemeenteCodes[2]"), never by its value.
     */
    public Optional<List<String>> gemeenteCodes(String naam, String waarde, int min, int max) {
        if (waarde == null) {
            return Optional.empty();
        }
        List<String> codes = List.of(waarde.split(",", -1));
        if (codes.size() < min || codes.size() > max) {
            fout(naam, "aantal", "Verwacht " + min + " tot en met " + max + " gemeentecodes, gescheiden door komma's.");
            return Optional.empty();
        }
        boolean goed = true;
        for (int i = 0; i < codes.size(); i++) {
            if (!GEMEENTECODE.matcher(codes.get(i)).matches()) {
                fout(naam + "[" + i + "]", "patroon", "Verwacht een CBS-gemeentecode zoals GM0363.");
                goed = false;
            } else if (codes.indexOf(codes.get(i)) < i) {
                fout(naam + "[" + i + "]", "dubbel", "Deze gemeente staat al eerder in de lijst.");
                goed = false;
            }
        }
        return goed ? Optional.of(codes) : Optional.empty();
    }

    public <E extends Enum<E>> Optional<E> keuze(String naam, String waarde, Class<E> type) {
        if (waarde == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, waarde));
        } catch (IllegalArgumentException e) {
            fout(naam, "waarde", "Onbekende waarde; toegestaan: "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")) + ".");
            return Optional.empty();
        }
    }

    public Optional<UUID> uuid(String naam, String waarde) {
        if (waarde == null) {
            return Optional.empty();
        }
        try {
            if (waarde.length() == 36) {
                return Optional.of(UUID.fromString(waarde));
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        fout(naam, "patroon", "Verwacht een UUID.");
        return Optional.empty();
    }

    public Optional<LocalDate> datum(String naam, String waarde) {
        if (waarde == null) {
            return Optional.empty();
        }
        try {
            LocalDate datum = LocalDate.parse(waarde);
            if (waarde.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}") && !datum.isBefore(StrikteDatum.VROEGST)
                    && !datum.isAfter(StrikteDatum.LAATST)) {
                return Optional.of(datum);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        fout(naam, "datum", "Verwacht een datum als JJJJ-MM-DD tussen 1900 en 2999.");
        return Optional.empty();
    }

    public int geheelGetal(String naam, String waarde, int standaard, int min, int max) {
        if (waarde == null) {
            return standaard;
        }
        // ASCII digits only: Integer.parseInt would also read "٥" or "５", and "" or "+5" are no number either.
        if (ASCII_GETAL.matcher(waarde).matches()) {
            int getal = Integer.parseInt(waarde);
            if (getal >= min && getal <= max) {
                return getal;
            }
        }
        fout(naam, "bereik", "Verwacht een geheel getal van " + min + " tot en met " + max + ".");
        return standaard;
    }
}
