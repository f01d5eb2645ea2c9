package nl.sekswerkregister.fuzz.mutaties;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import nl.sekswerkregister.fuzz.Operaties;
import nl.sekswerkregister.fuzz.Trekker;
import nl.sekswerkregister.fuzz.Verzoek;
import nl.sekswerkregister.support.Tokens;

/**
 * Another Authorization: none, garbage, another scheme, expired, unsigned, signed by a key nobody
 * trusts, from another issuer, without sub (all 401), or a good token of another role, another
 * municipality or an odd gemeente claim. A role the operation's description does not name may never
 * be served.
 */
public final class VreemdeToegang implements VerzoekMutatie {

    static final String GM = "GM0363";
    static final String ANDERE_GM = "GM0599";
    static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    static final List<String> ONGELDIG = List.of("geen", "Bearer", "Bearer abc.def.ghi", "Basic dGVzdDp0ZXN0",
            "verlopen", "zonder handtekening", "vreemde sleutel", "andere issuer", "zonder sub", "lang", "twee keer");

    @Override
    public void pasToe(Verzoek v, Trekker t) {
        String rol = v.operatie.rollen().isEmpty() ? "auditor" : v.operatie.rollen().get(0);
        if (t.kans(1, 2)) {
            String variant = t.trek(ONGELDIG);
            switch (variant) {
                case "geen" -> v.weg("Authorization");
                case "Bearer", "Bearer abc.def.ghi", "Basic dGVzdDp0ZXN0" -> v.zetKop("Authorization", variant);
                case "verlopen" -> bearer(v, variant + rol, () -> Tokens.verlopen(rol, GM));
                case "zonder handtekening" -> bearer(v, variant + rol, () -> Tokens.zonderHandtekening(rol, GM));
                case "vreemde sleutel" -> bearer(v, variant + rol, () -> Tokens.vreemdeSleutel(rol, GM));
                case "andere issuer" -> bearer(v, variant + rol, () -> Tokens.andereIssuer(rol, GM));
                case "zonder sub" -> bearer(v, variant + rol, () -> Tokens.zonderSubject(rol, GM));
                case "lang" -> v.zetKop("Authorization", "Bearer " + "a".repeat(6_000));
                default -> v.voegKopToe("Authorization", "Bearer " + token("auditor", null));
            }
            v.mutatie("toegang: " + variant);
            if (!v.operatie.openbaar() && !variant.equals("twee keer")) {
                v.verwacht("zonder geldig token is het 401", s -> s == 401);
                v.moetGeweigerd("zonder geldig token wordt niets gediend");
            }
            return;
        }
        String andere = t.kies(Operaties.ROLLEN);
        Object claim = t.kies(List.of(GM, ANDERE_GM, "geen", "GM\"0363", " GM0363", "gm0363", 363, List.of(GM)));
        String sleutel = andere + "|" + claim;
        bearer(v, sleutel, () -> claim.equals("geen") ? Tokens.voor(andere, null)
                : claim instanceof String s && s.equals(GM) || claim.equals(ANDERE_GM) ? Tokens.voor(andere, (String) claim)
                : Tokens.metSubject("fuzz-" + andere, andere, claim));
        v.mutatie("toegang: rol " + andere + ", gemeente " + claim);
        if (!v.operatie.openbaar() && !v.operatie.rollen().contains(andere)) {
            v.moetGeweigerd("de rol " + andere + " staat niet bij de rollen van " + v.operatie.naam());
        }
    }

    static void bearer(Verzoek v, String sleutel, Supplier<String> maak) {
        v.zetKop("Authorization", "Bearer " + TOKENS.computeIfAbsent(sleutel, k -> maak.get()));
    }

    /**
     * A good token of a role: the municipal roles with the gemeente claim, the others without; the data
     * subject with a valid BSN in its claim, as a DigiD broker issues it; {@code riec} and {@code politie}
     * with the region of GM0363 in their region claim.
     */
    public static String token(String rol, String gemeente) {
        return TOKENS.computeIfAbsent(rol + "@" + gemeente, k -> switch (rol) {
            case "betrokkene" -> Tokens.betrokkene(nl.sekswerkregister.support.Personen.bsn());
            // The region roles read for the region of GM0363, where the fuzzer works.
            case "riec" -> Tokens.metRegio(rol, "riecRegio", "Amsterdam-Amstelland");
            case "politie" -> Tokens.metRegio(rol, "politieEenheid", "Amsterdam");
            default -> Tokens.voor(rol, gemeente);
        });
    }
}
