package nl.sekswerkregister.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed, re-keyable pseudonyms with domain and key separation. A plain hash of a BSN is no pseudonym
 * (10⁸ candidates are hashed in seconds); a keyed one cannot be recomputed without the key, which
 * never enters the database. See {@link Pseudoniemgroep} for why these can be moved to a new key
 * without the identifier, so that an old key can really be destroyed.
 *
 * <p>Key rings and domains:
 * <ul>
 *   <li>{@code landelijk}: one running registration per person nationwide, and revocation markers;</li>
 *   <li>{@code gemeente}, domain {@code gemeente|GMxxxx}: what one municipality's systems see; two
 *       municipalities' pseudonyms of one person differ, so their data cannot be joined;</li>
 *   <li>{@code beheerder}, domain {@code beheerder|GMxxxx}: licence managers, a ring of its own, so that
 *       nobody who reads licences can match a manager to a registration;</li>
 *   <li>{@code beheerder} again, domain {@code beheerder|landelijk}: the same manager nationwide, kept
 *       next to each municipal one (V26) and read only by the purpose-bound history of operators and
 *       managers; it cannot be derived from a municipal one, nor a municipal one from it;</li>
 *   <li>{@code gemeente} again, domain {@code telefoon|GMxxxx}: phone numbers of advertisements that
 *       enforcement signals (see {@link Telefoonnummer}); one municipality's, like its registration
 *       pseudonyms, and never equal to one (another domain, and a type-tagged input);</li>
 *   <li>{@code logboek}: the data subject in the processing log (behind a mapping table, so the
 *       hash chain never holds a pseudonym that rotation would have to change), and keyed hashes of
 *       officers (in access reports) and of idempotent requests.</li>
 * </ul>
 */
@ApplicationScoped
public class Pseudonimisering {

    private final Sleutelring landelijk;
    private final Sleutelring gemeente;
    private final Sleutelring beheerder;
    private final Sleutelring logboek;

    public Pseudonimisering(PseudoniemConfig config) {
        this.landelijk = new Sleutelring("landelijk", config.landelijk());
        this.gemeente = new Sleutelring("gemeente", config.gemeente());
        this.beheerder = new Sleutelring("beheerder", config.beheerder());
        this.logboek = new Sleutelring("logboek", config.logboek());
    }

    public Sleutelring landelijkeSleutels() {
        return landelijk;
    }

    public Sleutelring gemeentelijkeSleutels() {
        return gemeente;
    }

    public Sleutelring beheerderSleutels() {
        return beheerder;
    }

    public Sleutelring logboekSleutels() {
        return logboek;
    }

    public String landelijk(Identificatie id) {
        return maak(landelijk, "landelijk", id, landelijk.actieveVersie());
    }

    /** The national pseudonym under every configured version, active first: for lookups during a rotation. */
    public List<String> landelijkAlleVersies(Identificatie id) {
        return alleVersies(landelijk, "landelijk", id);
    }

    public String gemeente(Identificatie id, String gemeenteCode) {
        return maak(gemeente, "gemeente|" + gemeenteCode, id, gemeente.actieveVersie());
    }

    public List<String> gemeenteAlleVersies(Identificatie id, String gemeenteCode) {
        return alleVersies(gemeente, "gemeente|" + gemeenteCode, id);
    }

    /** A phone number as one municipality's enforcement knows it: the same number, the same pseudonym, there only. */
    public String telefoon(Telefoonnummer nummer, String gemeenteCode) {
        return Pseudoniemgroep.pseudoniem(telefoondomein(gemeenteCode) + "|" + nummer.canoniek(),
                gemeente.exponent(gemeente.actieveVersie()));
    }

    /** Under one key version (tests check rotation with it). */
    String telefoon(Telefoonnummer nummer, String gemeenteCode, int versie) {
        return Pseudoniemgroep.pseudoniem(telefoondomein(gemeenteCode) + "|" + nummer.canoniek(), gemeente.exponent(versie));
    }

    /**
     * A stored phone pseudonym (of key version {@code versie}) under every configured version of its
     * ring, active first: what the same number is stored as in rows a rotation has or has not moved
     * yet. Computed from the pseudonym alone, as rotation does; the number is not needed.
     */
    public List<String> telefoonAlleVersies(String pseudoniem, int versie) {
        List<String> alle = new ArrayList<>();
        alle.add(telefoonOnderActieveSleutel(pseudoniem, versie));
        gemeente.versies().keySet().stream().filter(v -> v != gemeente.actieveVersie())
                .forEach(v -> alle.add(herschrijf(gemeente, pseudoniem, versie, v)));
        return alle;
    }

    /** A stored phone pseudonym as the active key version makes it (itself when it is of that version already). */
    public String telefoonOnderActieveSleutel(String pseudoniem, int versie) {
        return versie == gemeente.actieveVersie() ? pseudoniem
                : herschrijf(gemeente, pseudoniem, versie, gemeente.actieveVersie());
    }

    private static String telefoondomein(String gemeenteCode) {
        return "telefoon|" + gemeenteCode;
    }

    public String beheerder(Identificatie id, String gemeenteCode) {
        return maak(beheerder, "beheerder|" + gemeenteCode, id, beheerder.actieveVersie());
    }

    /**
     * The manager's national pseudonym: one value for one person whichever municipality names them, so
     * that a refusal or revocation elsewhere can be recognised (issue 16). Same ring as the municipal
     * ones, another domain: municipal pseudonyms of one person still differ between municipalities.
     */
    public String beheerderLandelijk(Identificatie id) {
        return maak(beheerder, BEHEERDER_LANDELIJK, id, beheerder.actieveVersie());
    }

    /** Under one key version (tests check rotation with it). */
    String beheerderLandelijk(Identificatie id, int versie) {
        return maak(beheerder, BEHEERDER_LANDELIJK, id, versie);
    }

    /**
     * A stored manager pseudonym (municipal or national, of key version {@code versie}) under every
     * configured version of the manager ring, active first: what the same manager is stored as in rows a
     * rotation has or has not moved yet. Computed from the pseudonym alone, as rotation does.
     */
    public List<String> beheerderAlleVersies(String pseudoniem, int versie) {
        List<String> alle = new ArrayList<>();
        alle.add(beheerderOnderActieveSleutel(pseudoniem, versie));
        beheerder.versies().keySet().stream().filter(v -> v != beheerder.actieveVersie())
                .forEach(v -> alle.add(v == versie ? pseudoniem : herschrijf(beheerder, pseudoniem, versie, v)));
        return alle;
    }

    /**
     * A licence's stored managers (of key version {@code versie}) by the pseudonym the licence shows
     * ({@link #weergave}), each as the active key version makes it, in their order: how a client names a
     * manager to keep or remove, and what the licence stores from now.
     */
    public java.util.Map<String, String> beheerdersOpWeergave(List<String> opgeslagen, int versie) {
        java.util.Map<String, String> opWeergave = new java.util.LinkedHashMap<>();
        for (String pseudoniem : opgeslagen) {
            opWeergave.put(weergave(pseudoniem), beheerderOnderActieveSleutel(pseudoniem, versie));
        }
        return opWeergave;
    }

    /** A stored manager pseudonym as the active key version makes it (itself when it is of that version already). */
    public String beheerderOnderActieveSleutel(String pseudoniem, int versie) {
        return versie == beheerder.actieveVersie() ? pseudoniem
                : herschrijf(beheerder, pseudoniem, versie, beheerder.actieveVersie());
    }

    // "landelijk" can never be a municipality code (GM and four digits): the domains cannot collide.
    private static final String BEHEERDER_LANDELIJK = "beheerder|landelijk";

    public Betrokkene logboek(Identificatie id) {
        return new Betrokkene(alleVersies(logboek, "logboek", id));
    }

    /**
     * What a client is shown of a stored pseudonym (a licence's manager): 64 hex digits, the SHA-256
     * of the stored value, so the 512-digit group element never leaves the service.
     */
    public static String weergave(String pseudoniem) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(pseudoniem.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A keyed hash of a request (Idempotency-Key): comparable, but not a way back to a BSN in its body. */
    public String verzoekhash(String verzoek) {
        return verzoekhash(verzoek, logboek.actieveVersie());
    }

    /** The request's keyed hash under every configured log key, active first: a replay across a rotation still matches. */
    public List<String> verzoekhashes(String verzoek) {
        List<String> alle = new ArrayList<>();
        alle.add(verzoekhash(verzoek));
        logboek.versies().keySet().stream().filter(v -> v != logboek.actieveVersie())
                .forEach(v -> alle.add(verzoekhash(verzoek, v)));
        return alle;
    }

    /** An officer as the data subject sees them in an access report: stable per log key, but not their account name. */
    public String medewerker(String subject) {
        return "mw-" + hmac(logboek.sleutel(logboek.actieveVersie()), "medewerker|" + subject).substring(0, 16);
    }

    /** Moves a stored pseudonym of a ring from one key version to another. */
    public String herschrijf(Sleutelring ring, String pseudoniem, int vanVersie, int naarVersie) {
        return Pseudoniemgroep.herschrijf(pseudoniem, ring.exponent(vanVersie), ring.exponent(naarVersie));
    }

    /** Pseudonym of {@code id} in {@code domein} under one version of a ring (tests check rotation with it). */
    String maak(Sleutelring ring, String domein, Identificatie id, int versie) {
        return Pseudoniemgroep.pseudoniem(domein + "|" + id.canoniek(), ring.exponent(versie));
    }

    private List<String> alleVersies(Sleutelring ring, String domein, Identificatie id) {
        List<String> alle = new ArrayList<>();
        alle.add(maak(ring, domein, id, ring.actieveVersie()));
        ring.versies().keySet().stream().filter(v -> v != ring.actieveVersie())
                .forEach(v -> alle.add(maak(ring, domein, id, v)));
        return alle;
    }

    private String verzoekhash(String verzoek, int versie) {
        return hmac(logboek.sleutel(versie), "verzoek|" + verzoek);
    }

    private static String hmac(byte[] sleutel, String tekst) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(sleutel, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(tekst.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
