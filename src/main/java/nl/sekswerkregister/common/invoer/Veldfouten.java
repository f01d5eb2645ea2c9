package nl.sekswerkregister.common.invoer;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.time.LocalTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import nl.sekswerkregister.common.probleem.OngeldigeParameter;

/**
 * How a problem with one field of a body is named and explained, whether the exception mapper
 * finds it (the first of a body read by JAX-RS) or {@link Invoerlezer} (all of them): a client
 * sees the same name, code and reason either way. No reason quotes the value that was sent.
 */
public final class Veldfouten {

    public static final String ONBEKEND_VELD = "Dit veld bestaat niet of mag niet worden opgegeven.";
    public static final String ONLEESBAAR = "Waarde kon niet worden gelezen.";

    private static final Comparator<OngeldigeParameter> VOLGORDE =
            Comparator.comparing(OngeldigeParameter::name).thenComparing(OngeldigeParameter::code);

    private Veldfouten() {
    }

    /** Why a value of the wrong JSON type or form was refused, in terms of what was expected instead. */
    public static String typefout(Class<?> doel) {
        if (doel != null && doel.isEnum()) {
            return "Onbekende waarde; toegestaan: " + Arrays.stream(doel.getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", ")) + ".";
        }
        if (doel == String.class) {
            return "Verwacht tekst met zichtbare tekens, zonder stuurtekens (zoals NUL of U+0085) of losse surrogaten.";
        }
        if (doel == LocalTime.class) {
            return "Geen geldige tijd; verwacht UU:MM van 00:00 tot en met 23:59.";
        }
        if (doel != null && Temporal.class.isAssignableFrom(doel)) {
            return "Geen geldige datum; verwacht JJJJ-MM-DD tussen 1900 en 2999.";
        }
        return "Verkeerd type" + (doel == null ? "." : "; verwacht: " + typeNaam(doel) + ".");
    }

    public static OngeldigeParameter van(ConstraintViolation<?> v) {
        StringBuilder naam = new StringBuilder();
        for (Path.Node node : v.getPropertyPath()) {
            // Skip the method and parameter nodes of a resource-method violation: the client
            // knows the body's fields, not our Java parameter names.
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CROSS_PARAMETER || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.isInIterable()) {
                if (node.getKey() != null) {
                    naam.append('.').append(node.getKey());
                } else if (node.getIndex() != null) {
                    naam.append('[').append(node.getIndex()).append(']');
                }
            }
            // Container elements are named like "<list element>": the index above says it all.
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (naam.length() > 0) {
                    naam.append('.');
                }
                naam.append(node.getName());
            }
        }
        String annotatie = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return new OngeldigeParameter(naam.length() == 0 ? "body" : naam.toString(), codeVoor(annotatie), v.getMessage());
    }

    /** Each problem once, by field and then code: the order a person goes through a form in. */
    public static List<OngeldigeParameter> geordend(Collection<OngeldigeParameter> fouten) {
        return fouten.stream().distinct().sorted(VOLGORDE).toList();
    }

    /**
     * The name of a field as far as it may be repeated: a map key in a path is the client's text
     * (a key of {@code vindplaatsen} could be a BSN), so a name that does not look like one of ours
     * is cut back to the nearest field around it that does, and to "body" at worst.
     */
    public static String noembaar(String naam) {
        String deel = naam;
        while (!deel.isEmpty() && OngeldigeParameter.noembaar(deel, null) == null) {
            deel = deel.substring(0, Math.max(0, Math.max(deel.lastIndexOf('.'), deel.lastIndexOf('['))));
        }
        return deel.isEmpty() ? "body" : deel;
    }

    /** {@code naam} is the field {@code veld} or a field inside it. */
    static boolean valtOnder(String naam, String veld) {
        return naam.startsWith(veld) && (naam.length() == veld.length()
                || naam.charAt(veld.length()) == '.' || naam.charAt(veld.length()) == '[');
    }

    private static String codeVoor(String annotatie) {
        return switch (annotatie) {
            case "NotNull", "NotBlank", "NotEmpty" -> "verplicht";
            case "Pattern" -> "patroon";
            case "Size" -> "lengte";
            case "Min", "Max", "Positive", "PositiveOrZero", "DecimalMin", "DecimalMax" -> "bereik";
            case "Digits" -> "decimalen";
            case "Email" -> "email";
            case "GeenPersoonsnummer" -> "persoonsgegeven";
            case "GeldigBsn" -> "elfproef";
            case "PreciesEen" -> "een-van";
            default -> annotatie.substring(0, 1).toLowerCase() + annotatie.substring(1);
        };
    }

    private static String typeNaam(Class<?> doel) {
        if (doel == String.class) {
            return "tekst";
        }
        if (Number.class.isAssignableFrom(doel) || doel == int.class || doel == long.class) {
            return "geheel getal";
        }
        if (doel == Boolean.class || doel == boolean.class) {
            return "true of false";
        }
        if (Collection.class.isAssignableFrom(doel) || doel.isArray()) {
            return "lijst";
        }
        if (doel == java.util.UUID.class) {
            return "UUID";
        }
        return "object";
    }
}
