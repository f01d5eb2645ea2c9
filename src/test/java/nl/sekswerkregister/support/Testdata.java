package nl.sekswerkregister.support;

import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.sekswerkregister.common.beveiliging.Rol;

/**
 * Creates what a test needs through the public API, as a licensing desk would. Whatever is tied to a
 * municipality is created only in one that a test class owns ({@link Eigendom}), and dates are the
 * service's own ({@link TestKlok}).
 */
public final class Testdata {

    /** Municipalities in which a rule set with a registration duty is in force today (this run's database). */
    private static final java.util.Set<String> MET_REGISTRATIEPLICHT = new java.util.HashSet<>();

    private static final AtomicInteger KVK = new AtomicInteger(10_000_000 + (int) (Math.random() * 40_000_000));

    private Testdata() {
    }

    public static String nieuwKvkNummer() {
        return String.format("%08d", KVK.incrementAndGet());
    }

    public static Map<String, Object> adres() {
        return Map.of("straatnaam", "Oudezijds Achterburgwal", "huisnummer", 12, "postcode", "1012DN",
                "woonplaats", "Amsterdam");
    }

    /**
     * An address of its own for a test: the test database outlives runs, and lookups over a unit or the
     * country see every municipality, so a fixed address would meet the premises of earlier runs.
     */
    public static Map<String, Object> uniekAdres(java.util.SplittableRandom toeval, String straatnaam) {
        String letters = "" + (char) ('A' + toeval.nextInt(26)) + (char) ('A' + toeval.nextInt(26));
        Map<String, Object> adres = new java.util.HashMap<>();
        adres.put("straatnaam", straatnaam);
        adres.put("huisnummer", 1 + toeval.nextInt(99998));
        adres.put("postcode", (5000 + toeval.nextInt(5000)) + letters);
        adres.put("woonplaats", "Testdorp");
        return adres;
    }

    public static Map<String, Object> exploitantAanmelding(String kvkNummer) {
        return Map.of("kvkNummer", kvkNummer, "statutaireNaam", "Testexploitatie B.V.", "correspondentieadres", adres());
    }

    /** Registers a new operator and returns its id. */
    public static String exploitant(String gemeenteCode) {
        return Api.als(Rol.VERGUNNINGVERLENER, gemeenteCode)
                .body(exploitantAanmelding(nieuwKvkNummer()))
                .post("/api/v1/exploitanten")
                .then().statusCode(201)
                .extract().path("id");
    }

    /** A manager, identified by a (test) BSN as at the desk; the licence keeps only a pseudonym. */
    public static Map<String, Object> beheerder() {
        return Map.of("identificatie", Personen.metBsn(Personen.bsn()));
    }

    public static Map<String, Object> vergunningAanvraag(String gemeenteCode, String exploitantId, String bedrijfstype) {
        return Map.of("gemeenteCode", gemeenteCode, "exploitantId", exploitantId, "bedrijfstype", bedrijfstype,
                "vestigingsadres", adres(), "beheerders", java.util.List.of(beheerder()));
    }

    /** Files an application (status AANGEVRAAGD) and returns its licence number. */
    public static String aanvraag(String gemeenteCode) {
        return aanvraag(gemeenteCode, exploitant(gemeenteCode), "CLUB");
    }

    public static String aanvraag(String gemeenteCode, String exploitantId, String bedrijfstype) {
        Eigendom.vereisEigenaar(gemeenteCode);
        return Api.als(Rol.VERGUNNINGVERLENER, gemeenteCode)
                .body(vergunningAanvraag(gemeenteCode, exploitantId, bedrijfstype))
                .post("/api/v1/vergunningen")
                .then().statusCode(201).body("status", equalTo("AANGEVRAAGD"))
                .extract().path("vergunningnummer");
    }

    public static Map<String, Object> besluit(String type) {
        LocalDate vandaag = TestKlok.vandaag();
        return "VERLENEN".equals(type)
                ? Map.of("besluittype", type, "motivering", "Aanvraag voldoet aan de APV.", "ingangsdatum",
                vandaag.toString(), "geldigTot", vandaag.plusYears(5).toString())
                : "SCHORSEN".equals(type) || "INTREKKEN".equals(type)
                ? Map.of("besluittype", type, "motivering", "Motivering van het besluit " + type + ".",
                "ingangsdatum", vandaag.toString(), "grond", "OVERTREDING_VOORSCHRIFTEN")
                : Map.of("besluittype", type, "motivering", "Motivering van het besluit " + type + ".",
                "ingangsdatum", vandaag.toString());
    }

    /** Requests a change of managers (one new manager) on a granted licence; returns the change's path. */
    public static String beheerderwijziging(String gemeenteCode, String vergunningnummer) {
        Eigendom.vereisEigenaar(gemeenteCode);
        return Api.als(Rol.VERGUNNINGVERLENER, gemeenteCode)
                .body(Map.of("toevoegen", java.util.List.of(beheerder())))
                .post("/api/v1/vergunningen/" + vergunningnummer + "/beheerderwijzigingen")
                .then().statusCode(201).extract().path("_links.self.href");
    }

    public static Map<String, Object> beheerderwijzigingBesluit(String uitkomst) {
        return Map.of("uitkomst", uitkomst, "motivering", "Besluit na toets van het levensgedrag.",
                "toets", Map.of("soort", "VOG", "uitgevoerdOp", TestKlok.vandaag().minusDays(1).toString()));
    }

    public static void neemBesluit(String gemeenteCode, String vergunningnummer, String type) {
        Eigendom.vereisEigenaar(gemeenteCode);
        Api.als(Rol.VERGUNNINGVERLENER, gemeenteCode)
                .body(besluit(type))
                .post("/api/v1/vergunningen/" + vergunningnummer + "/besluiten")
                .then().statusCode(201);
    }

    /** Drafts a rule set (status CONCEPT) from a complete body; returns its version number. */
    public static int regelsetConcept(String gemeenteCode, Map<String, Object> body) {
        Eigendom.vereisEigenaar(gemeenteCode);
        return Api.als(Rol.VERGUNNINGVERLENER, gemeenteCode).body(body)
                .post("/api/v1/gemeenten/" + gemeenteCode + "/regelsets")
                .then().statusCode(201).extract().path("versie");
    }

    /**
     * Drafts and publishes a rule set; returns its version number. It must end: an open-ended rule set
     * would be in force in every later year, also in the years other classes own ({@link Eigendom#jaar}).
     */
    public static int gepubliceerdeRegelset(String gemeenteCode, String geldigVanaf, String geldigTot,
                                            Map<String, Object> regels) {
        Eigendom.vereisEigenaar(gemeenteCode);
        java.util.Objects.requireNonNull(geldigTot, "een gepubliceerde testregelset heeft een einddatum");
        Map<String, Object> body = new java.util.HashMap<>(Map.of("geldigVanaf", geldigVanaf, "geldigTot", geldigTot,
                "bron", "APV " + gemeenteCode + " hoofdstuk 3 (test)", "regels", regels));
        int versie = Api.als(Rol.VERGUNNINGVERLENER, gemeenteCode).body(body)
                .post("/api/v1/gemeenten/" + gemeenteCode + "/regelsets")
                .then().statusCode(201).extract().path("versie");
        Api.als(Rol.VERGUNNINGVERLENER, gemeenteCode)
                .post("/api/v1/gemeenten/" + gemeenteCode + "/regelsets/" + versie + "/publicatie")
                .then().log().ifValidationFails().statusCode(200).body("status", equalTo("GEPUBLICEERD"));
        return versie;
    }

    /**
     * The one way to make a municipality one where sex workers may be registered: registering is
     * allowed only where a rule in force requires it (APV; a national framework only once it is law).
     * Publishes, once per municipality and run, a rule set whose only rule is that duty, in force from
     * a year ago for five years; later calls do nothing. Returns the municipality, so that a test can
     * write {@code registreer(Testdata.metRegistratieplicht(GM), …)}. A class that publishes rule sets
     * of its own in that municipality must not overlap this period; one that needs other rules there
     * as well puts {@code registratieplicht: true} in its own rule set instead.
     */
    public static synchronized String metRegistratieplicht(String gemeenteCode) {
        if (!MET_REGISTRATIEPLICHT.contains(gemeenteCode) && !registratieplichtVandaag(gemeenteCode)) {
            LocalDate vandaag = TestKlok.vandaag();
            gepubliceerdeRegelset(gemeenteCode, vandaag.minusYears(1).toString(), vandaag.plusYears(5).toString(),
                    Map.of("registratieplicht", true));
            MET_REGISTRATIEPLICHT.add(gemeenteCode);
        }
        return gemeenteCode;
    }

    /**
     * Whether a published rule set with a registration duty is in force today: the packaged service's
     * database outlives one test JVM's memory of what it published there.
     */
    private static boolean registratieplichtVandaag(String gemeenteCode) {
        String vandaag = TestKlok.vandaag().toString();
        java.util.List<Map<String, Object>> regelsets = Api.als(Rol.AUDITOR)
                .get("/api/v1/gemeenten/" + gemeenteCode + "/regelsets")
                .then().statusCode(200).extract().jsonPath().getList("resultaten");
        return regelsets.stream().anyMatch(r -> "GEPUBLICEERD".equals(r.get("status"))
                && Boolean.TRUE.equals(((Map<?, ?>) r.get("regels")).get("registratieplicht"))
                && ((String) r.get("geldigVanaf")).compareTo(vandaag) <= 0
                && (r.get("geldigTot") == null || ((String) r.get("geldigTot")).compareTo(vandaag) >= 0));
    }

    /** Grants a licence with an explicit last day, for tests that look at a far-away date. */
    public static String verleendTot(String gemeenteCode, String bedrijfstype, LocalDate geldigTot) {
        String nummer = aanvraag(gemeenteCode, exploitant(gemeenteCode), bedrijfstype);
        Api.als(Rol.VERGUNNINGVERLENER, gemeenteCode)
                .body(Map.of("besluittype", "VERLENEN", "motivering", "Voldoet.", "ingangsdatum",
                        TestKlok.vandaag().toString(), "geldigTot", geldigTot.toString()))
                .post("/api/v1/vergunningen/" + nummer + "/besluiten").then().log().ifValidationFails().statusCode(201);
        return nummer;
    }

    /** A granted licence (status VERLEEND, valid five years from today). */
    public static String verleend(String gemeenteCode) {
        String nummer = aanvraag(gemeenteCode);
        neemBesluit(gemeenteCode, nummer, "VERLENEN");
        return nummer;
    }

    /** A granted licence (CLUB) at the given premises address. */
    public static String verleendOp(String gemeenteCode, Map<String, Object> vestigingsadres) {
        Map<String, Object> verzoek = new java.util.HashMap<>(vergunningAanvraag(gemeenteCode, exploitant(gemeenteCode), "CLUB"));
        verzoek.put("vestigingsadres", vestigingsadres);
        String nummer = Api.als(Rol.VERGUNNINGVERLENER, gemeenteCode).body(verzoek).post("/api/v1/vergunningen")
                .then().statusCode(201).extract().path("vergunningnummer");
        neemBesluit(gemeenteCode, nummer, "VERLENEN");
        return nummer;
    }

    /** The premises a licence is at (its {@code _links.vestiging}). */
    public static java.util.UUID vestigingVan(String gemeenteCode, String vergunningnummer) {
        String href = Api.als(Rol.VERGUNNINGVERLENER, gemeenteCode).get("/api/v1/vergunningen/" + vergunningnummer)
                .then().statusCode(200).extract().path("_links.vestiging.href");
        return java.util.UUID.fromString(href.substring(href.lastIndexOf('/') + 1));
    }
}
