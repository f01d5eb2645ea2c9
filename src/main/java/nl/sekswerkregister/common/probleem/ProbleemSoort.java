package nl.sekswerkregister.common.probleem;

/**
 * Every kind of error the API can answer with. The {@code code} and the {@code type} URI derived
 * from it are part of the published contract: clients switch on them, so never rename one.
 */
public enum ProbleemSoort {
    ONGELDIGE_INVOER(400, "ongeldige-invoer", "Ongeldige invoer"),
    NIET_GEAUTHENTICEERD(401, "niet-geauthenticeerd", "Niet geauthenticeerd"),
    GEEN_TOEGANG(403, "geen-toegang", "Geen toegang"),
    NIET_GEVONDEN(404, "niet-gevonden", "Niet gevonden"),
    METHODE_NIET_TOEGESTAAN(405, "methode-niet-toegestaan", "Methode niet toegestaan"),
    NIET_ACCEPTABEL(406, "niet-acceptabel", "Gevraagd formaat niet beschikbaar"),
    CONFLICT(409, "conflict", "Conflict met bestaande gegevens"),
    ONGELDIGE_STATUSOVERGANG(409, "ongeldige-statusovergang", "Besluit niet mogelijk in de huidige status"),
    IN_STRIJD_MET_REGELSET(409, "in-strijd-met-regelset", "In strijd met de regelset die geldt"),
    GEWIJZIGD_DOOR_ANDER(412, "gewijzigd-door-ander", "De gegevens zijn intussen gewijzigd"),
    VERZOEK_TE_GROOT(413, "verzoek-te-groot", "Verzoek te groot"),
    MEDIATYPE_NIET_ONDERSTEUND(415, "mediatype-niet-ondersteund", "Mediatype niet ondersteund"),
    /**
     * Well-formed and allowed, but the law gives no basis for it today: registering a sex worker
     * (special-category data, GDPR art. 9) where no rule in force requires registration. Not invalid
     * input (that is always 400): the same request becomes lawful once such a rule is in force.
     */
    GEEN_REGISTRATIEPLICHT(422, "geen-registratieplicht", "Geen registratieplicht"),
    /** A registration that needs a repeat interview first; deliberately says nothing about why. */
    HERHAALGESPREK_VEREIST(422, "herhaalgesprek-vereist", "Herhaalgesprek vereist"),
    /**
     * An inspection's finding that does not apply at those premises on that day: the licence and the
     * municipality's rules in force then give it no basis (a minimum age where none is set). Well-formed,
     * so not 400; {@code invalidParams} names {@code bevindingen[i].code}.
     */
    BEVINDING_NIET_VAN_TOEPASSING(422, "bevinding-niet-van-toepassing", "Bevinding niet van toepassing"),
    /**
     * An inspection that refers to premises or a licence outside the caller's municipality, or to none
     * that exists: the same answer for both, so that it does not confirm premises elsewhere.
     */
    IF_MATCH_VEREIST(428, "if-match-vereist", "If-Match-header vereist"),
    TE_VEEL_VERZOEKEN(429, "te-veel-verzoeken", "Te veel verzoeken"),
    INTERNE_FOUT(500, "interne-fout", "Interne fout"),
    NIET_BESCHIKBAAR(503, "niet-beschikbaar", "Dienst tijdelijk niet beschikbaar");

    /** Base of every problem {@code type}; a stable identifier, not necessarily resolvable. */
    public static final String TYPE_BASIS = "https://sekswerkregister.example/problemen/";

    private final int status;
    private final String code;
    private final String titel;

    ProbleemSoort(int status, String code, String titel) {
        this.status = status;
        this.code = code;
        this.titel = titel;
    }

    public int status() { return status; }
    public String code() { return code; }
    public String titel() { return titel; }
    public String type() { return TYPE_BASIS + code; }
}
