package nl.sekswerkregister.audittrail.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.sekswerkregister.audittrail.domain.Wijziging;

/**
 * The fields in which two snapshots of an object differ, compared as the JSON Jackson makes of them
 * (as maps, lists and values): nested objects become dotted paths ({@code correspondentieadres.straatnaam});
 * a list is one value (a list of prescriptions changed as a whole is what the officer sees); an absent
 * field and a null are the same. The optimistic-lock counter {@code versie} is bookkeeping, not content,
 * and never listed.
 */
final class Verschil {

    static final String VERSIE = "versie";

    private Verschil() {
    }

    /**
     * @param oud              the object before (null: it is new, every field with a value is listed)
     * @param persoonsgegevens paths that are personal data: the path itself and everything under it
     *                         ({@code beheerders}, {@code vestigingsadres}) is listed without values
     */
    static List<Wijziging> tussen(ObjectMapper json, Object oud, Object nieuw, Set<String> persoonsgegevens) {
        Map<String, Object> voor = plat(json, oud);
        Map<String, Object> na = plat(json, nieuw);
        Set<String> velden = new TreeSet<>(voor.keySet());
        velden.addAll(na.keySet());
        List<Wijziging> wijzigingen = new ArrayList<>();
        for (String veld : velden) {
            Object a = voor.get(veld);
            Object b = na.get(veld);
            if (VERSIE.equals(veld) || Objects.equals(a, b)) {
                continue;
            }
            wijzigingen.add(isPersoonsgegeven(veld, persoonsgegevens) ? Wijziging.persoonsgegeven(veld)
                    : new Wijziging(veld, a, b, false));
        }
        return wijzigingen;
    }

    static boolean isPersoonsgegeven(String veld, Set<String> persoonsgegevens) {
        for (String p : persoonsgegevens) {
            if (veld.equals(p) || veld.startsWith(p + ".")) {
                return true;
            }
        }
        return false;
    }

    /** Leaves by dotted path; nulls left out, so that absent and null compare equal. */
    private static Map<String, Object> plat(ObjectMapper json, Object object) {
        Map<String, Object> uit = new TreeMap<>();
        if (object != null) {
            plat("", json.convertValue(object, Object.class), uit);
        }
        return uit;
    }

    private static void plat(String pad, Object waarde, Map<String, Object> uit) {
        if (waarde == null) {
            return;
        }
        if (waarde instanceof Map<?, ?> velden) {
            velden.forEach((naam, w) -> plat(pad.isEmpty() ? (String) naam : pad + "." + naam, w, uit));
        } else {
            uit.put(pad, waarde);
        }
    }
}
