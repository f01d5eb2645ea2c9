package nl.sekswerkregister.pagina.inlog.dev;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DEV-ONLY: one of the made-up people a newcomer can log in as, with the claims the API's tokens carry
 * (roles in {@code groups}, municipality in {@code gemeente}, police unit in {@code politieEenheid}).
 */
public record DevIdentiteit(String sleutel, String omschrijving, String rol, String claimnaam, String claimwaarde) {

    /** The identities the dev login offers, in the order of its buttons. */
    public static final List<DevIdentiteit> ALLE = List.of(
            new DevIdentiteit("handhaver-gm0363", "Handhaver, Amsterdam (GM0363)", "handhaver", "gemeente", "GM0363"),
            new DevIdentiteit("politie-amsterdam", "Politie, eenheid Amsterdam", "politie", "politieEenheid", "Amsterdam"),
            new DevIdentiteit("vergunningverlener-gm0363", "Vergunningverlener, Amsterdam (GM0363)", "vergunningverlener", "gemeente", "GM0363"),
            new DevIdentiteit("beleidsmedewerker-gm0599", "Beleidsmedewerker, Rotterdam (GM0599)", "beleidsmedewerker", "gemeente", "GM0599"),
            new DevIdentiteit("vergunningverlener-gm0014", "Vergunningverlener, Groningen (GM0014)", "vergunningverlener", "gemeente", "GM0014"),
            new DevIdentiteit("auditor", "Auditor (landelijk)", "auditor", null, null));

    public static java.util.Optional<DevIdentiteit> met(String sleutel) {
        return ALLE.stream().filter(i -> i.sleutel().equals(sleutel)).findFirst();
    }

    /** The identity's own claims; the provider adds iss, aud, exp and the like. */
    Map<String, Object> claims() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", "dev-" + sleutel);
        claims.put("preferred_username", sleutel);
        claims.put("groups", List.of(rol));
        if (claimnaam != null) {
            claims.put(claimnaam, claimwaarde);
        }
        return claims;
    }
}
