package nl.sekswerkregister.fuzz;

import static nl.sekswerkregister.support.Api.als;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.sekswerkregister.support.Testdata;

/**
 * Real things to work on, created through the API as a licensing desk would (REST Assured, so
 * validated against the contract too): operators, applications, granted licences and their
 * decisions, draft rule sets, registrations and the person behind one.
 */
final class Voorraad {

    static final String GM = "GM0363";
    static final String BALIE = "vergunningverlener";
    static final LocalDate VANDAAG = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    /** Draft rule sets get a year each, far from today, so that publishing one never overlaps another. */
    private final AtomicInteger jaar = new AtomicInteger(2300);

    /**
     * The service's newest signed checkpoint of the processing log, once something is sealed (the
     * sealer runs about every second; a registration makes sure there is something to seal).
     */
    com.fasterxml.jackson.databind.JsonNode checkpoint() {
        for (int poging = 0; poging < 50; poging++) {
            io.restassured.response.Response antwoord = nl.sekswerkregister.support.Api.anoniem()
                    .get("/api/v1/dataverwerkingen/checkpoints/laatste");
            if (antwoord.statusCode() == 200) {
                try {
                    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(antwoord.asString());
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            if (poging == 0) {
                registratie(nl.sekswerkregister.support.Personen.bsn());
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("de dienst gaf na 10 s nog geen checkpoint");
    }

    String exploitant() {
        return Testdata.exploitant(GM);
    }

    String aanvraag() {
        return Testdata.aanvraag(GM);
    }

    String verleend() {
        return Testdata.verleend(GM);
    }

    /** The id of the premises of a fresh application in GM, as its licence links to them. */
    String vestiging() {
        String href = als(BALIE, GM).get("/api/v1/vergunningen/" + aanvraag()).then().statusCode(200)
                .extract().path("_links.vestiging.href");
        return href.substring(href.lastIndexOf('/') + 1);
    }

    /** A trafficking signal handed over by enforcement of GM, at the premises of a fresh application. */
    String signaal() {
        return als("handhaver", GM).header("X-Doelbinding", "Fuzzer: werkend signaal")
                .header("X-Verwerkingsactiviteit", "Fuzzer: voorbereiding")
                .body(Map.of("vestigingId", vestiging(), "datum", VANDAAG.toString(),
                        "indicatoren", java.util.List.of("CONTROLE_DOOR_DERDEN"), "organisatie", "Fuzzer"))
                .post("/api/v1/signalen-mensenhandel").then().statusCode(201).extract().path("id");
    }

    /**
     * Premises of GM where no licence was ever in force: made by an inspection at a door of their own
     * (the premises of applications share one door, where a fuzzed grant may date back to 1900, and the
     * inspection examples record GEEN_VERGUNNING).
     */
    String onvergundeVestiging() {
        int n = deuren.incrementAndGet();
        return als("handhaver", GM).header("X-Doelbinding", "Fuzzer: werkende controle")
                .header("X-Verwerkingsactiviteit", "Fuzzer: voorbereiding")
                .body(Map.of("vestigingsadres", Map.of("straatnaam", "Fuzzstraat", "huisnummer", 1 + n % 99_999,
                                "postcode", "9" + String.format("%03d", (n / 99_999) % 1000) + "ZZ", "woonplaats", "Fuzzdorp"),
                        "datum", VANDAAG.toString(), "soort", "ADMINISTRATIEF", "organisatie", "Fuzzer"))
                .post("/api/v1/controles").then().statusCode(201).extract().path("vestigingId");
    }

    /** Doors for {@link #onvergundeVestiging()}: a fresh one per run and call, from the time of day. */
    private final AtomicInteger deuren = new AtomicInteger((int) (System.nanoTime() % 50_000_000L));

    /** An inspection at the premises of a fresh application in GM, recorded by enforcement of GM. */
    String controle() {
        return als("handhaver", GM).header("X-Doelbinding", "Fuzzer: werkende controle")
                .header("X-Verwerkingsactiviteit", "Fuzzer: voorbereiding")
                .body(Map.of("vestigingId", vestiging(), "datum", VANDAAG.toString(), "soort", "TER_PLAATSE",
                        "organisatie", "Fuzzer", "bevindingen", java.util.List.of(Map.of("code", "SIGNALEN_VAN_DWANG"))))
                .post("/api/v1/controles").then().statusCode(201).extract().path("controleId");
    }

    /**
     * A fresh signal of an address in GM, recorded by its enforcement officer, dated early enough that
     * the contract's closing examples (autumn 2026) are not before it.
     */
    String signalering() {
        return als("handhaver", GM).header("X-Doelbinding", "Fuzzer: werkende signalering")
                .header("X-Verwerkingsactiviteit", "Fuzzer: voorbereiding")
                .body(Map.of("gemeenteCode", GM, "bron", "CONTROLE", "datum", "2025-01-01",
                        "adres", Map.of("straatnaam", "Fuzzstraat", "huisnummer", 1, "postcode", "1011AA",
                                "woonplaats", "Amsterdam")))
                .post("/api/v1/signaleringen").then().statusCode(201).extract().path("signaleringId");
    }

    /** A subscription of GM's licensing desk to its licence decisions, at the contract's example receiver. */
    String abonnement() {
        return als(BALIE, GM).body(Map.of("callbackUrl", "https://zaken.gemeente.example/hooks/fuzzer", "typen",
                        java.util.List.of("nl.sekswerkregister.vergunning.besluit-genomen")))
                .post("/api/v1/abonnementen").then().statusCode(201).extract().path("abonnementId");
    }

    /** A delivery that died: a subscription, a decision, and its one failed attempt. */
    String doodeAflevering() {
        String abonnement = abonnement();
        verleend();
        for (int poging = 0; poging < 150; poging++) {
            java.util.List<String> dood = als("landelijk-beheerder", null).queryParam("status", "DOOD")
                    .queryParam("abonnementId", abonnement).get("/api/v1/afleveringen").then().statusCode(200)
                    .extract().jsonPath().getList("resultaten.afleveringId");
            if (!dood.isEmpty()) {
                return dood.get(0);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("na 30 s nog geen dode aflevering");
    }

    /** A change of managers requested (not yet decided) on the licence; its id. */
    String beheerderwijziging(String vergunningnummer) {
        String pad = Testdata.beheerderwijziging(GM, vergunningnummer);
        return pad.substring(pad.lastIndexOf('/') + 1);
    }

    /** A small PDF on the licence's file; its id. */
    String document(String vergunningnummer) {
        return als(BALIE, GM).contentType("application/pdf").queryParam("soort", "OVERIG")
                .body(("%PDF-1.7\n% fuzz " + java.util.UUID.randomUUID() + "\n%%EOF\n")
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .post("/api/v1/vergunningen/" + vergunningnummer + "/documenten").then().statusCode(201)
                .extract().path("documentId");
    }

    /** A Bibob investigation started today on an application's case, with the advice asked for when {@code gevraagd}. */
    String bibobOnderzoek(String vergunningnummer, boolean gevraagd) {
        String zaak = "/api/v1/vergunningen/" + vergunningnummer + "/aanvraag";
        String id = als(BALIE, GM).body(Map.of("gestartOp", VANDAAG.toString())).post(zaak + "/bibob-onderzoeken")
                .then().statusCode(201).extract().path("id");
        if (gevraagd) {
            als(BALIE, GM).body(Map.of("adviesGevraagdOp", VANDAAG.toString()))
                    .post(zaak + "/bibob-onderzoeken/" + id + "/adviesaanvraag").then().statusCode(200);
        }
        return id;
    }

    /** The case of an application asked today for a missing item, to be supplied within two weeks. */
    void onvolledig(String vergunningnummer) {
        als(BALIE, GM).body(Map.of("verzochtOp", VANDAAG.toString(), "hersteltermijnTot", VANDAAG.plusDays(14).toString(),
                        "ontbrekendeStukken", java.util.List.of(Map.of("soort", "VOG"))))
                .post("/api/v1/vergunningen/" + vergunningnummer + "/aanvraag/onvolledigheden").then().statusCode(200);
    }

    String eersteBesluit(String vergunningnummer) {
        return als(BALIE, GM).get("/api/v1/vergunningen/" + vergunningnummer + "/besluiten").then().statusCode(200)
                .extract().path("resultaten[0].id");
    }

    String regelsetConcept() {
        int j = jaar.incrementAndGet();
        return String.valueOf(Testdata.regelsetConcept(GM, Map.of("geldigVanaf", j + "-01-01", "geldigTot", j + "-12-31",
                "bron", "APV (fuzzer)", "regels", Map.of("minimumleeftijd", 21))));
    }

    /** Registers the person with this BSN in GM and returns the registration number. */
    String registratie(String bsn) {
        Testdata.metRegistratieplicht(GM);
        return als(BALIE, GM).header("X-Doelbinding", "Fuzzer: werkende registratie")
                .header("X-Verwerkingsactiviteit", "Fuzzer: voorbereiding")
                .body(Map.of("gemeenteCode", GM, "identificatie", Map.of("bsn", bsn), "geboortedatum", "1990-01-01",
                        "intakedatum", VANDAAG.minusDays(1).toString()))
                .post("/api/v1/registraties").then().statusCode(201).extract().path("registratienummer");
    }

    /**
     * An access request for a person registered in GM, filed at the desk by an officer of its own (every
     * officer has a daily limit, and the fuzzer's own officer must be able to approve it).
     */
    String inzageverzoek() {
        String bsn = nl.sekswerkregister.support.Personen.bsn();
        registratie(bsn);
        return nl.sekswerkregister.support.Api.metToken(nl.sekswerkregister.support.Tokens.metSubject(
                        "fuzz-balie-" + balies.incrementAndGet(), BALIE, GM))
                .header("X-Doelbinding", "Fuzzer: werkend inzageverzoek").header("X-Verwerkingsactiviteit", "Fuzzer: voorbereiding")
                .body(Map.of("identificatie", Map.of("bsn", bsn))).post("/api/v1/inzageverzoeken").then().statusCode(201)
                .extract().path("id");
    }

    private final AtomicInteger balies = new AtomicInteger();

    static final String JURIST = "handhavingsjurist";

    /** A granted licence in GM, its premises, and an inspection there on a day: what a sanction rests on. */
    record Sanctiezaak(String vergunningnummer, String vestigingId, nl.sekswerkregister.support.Controles controle) {
    }

    /**
     * The sanction's inspection is written into the packaged service's database (support.Controles,
     * whose comment says why), dated on the day the case needs.
     */
    Sanctiezaak sanctiezaak(LocalDate controledag) {
        String nummer = verleend();
        String href = als(BALIE, GM).get("/api/v1/vergunningen/" + nummer).then().statusCode(200)
                .extract().path("_links.vestiging.href");
        String vestiging = href.substring(href.lastIndexOf('/') + 1);
        return new Sanctiezaak(nummer, vestiging, nl.sekswerkregister.support.Controles.maak(
                nl.sekswerkregister.support.VerpakteDienst.databaseUrl(), GM, java.util.UUID.fromString(vestiging),
                controledag));
    }

    /** A penalty whose compliance deadline passed a week ago, and an inspection after it (for a forfeiture). */
    String[] dwangsomNaTermijn() {
        Sanctiezaak zaak = sanctiezaak(VANDAAG.minusDays(20));
        String id = sanctie(metBedragPer(Map.of("soort", "LAST_ONDER_DWANGSOM", "vestigingId", zaak.vestigingId(),
                "vergunningnummer", zaak.vergunningnummer(), "motivering", "Fuzzer: werkende dwangsom.",
                "grondslagen", java.util.List.of(Map.of("soort", "AWB_5_32", "verwijzing", "art. 5:32 Awb")),
                "controles", java.util.List.of(zaak.controle().controleId().toString()),
                "bekendgemaaktOp", VANDAAG.minusDays(15).toString(), "bedrag", 500, "maximumbedrag", 5000, "begunstigingstermijnTot", VANDAAG.minusDays(8).toString())));
        String controle = nl.sekswerkregister.support.Controles.maak(nl.sekswerkregister.support.VerpakteDienst.databaseUrl(),
                GM, java.util.UUID.fromString(zaak.vestigingId()), VANDAAG.minusDays(2)).controleId().toString();
        return new String[] {id, controle};
    }

    /** A closure at these premises, to be lifted by an OPHEFFING. */
    String sluiting(Sanctiezaak zaak) {
        return sanctie(Map.of("soort", "SLUITING", "vestigingId", zaak.vestigingId(), "motivering", "Fuzzer: sluiting.",
                "grondslagen", java.util.List.of(Map.of("soort", "GEMEENTEWET_174", "verwijzing", "art. 174 Gemeentewet")),
                "controles", java.util.List.of(zaak.controle().controleId().toString()),
                "bekendgemaaktOp", VANDAAG.toString(), "ingangsdatum", VANDAAG.toString(),
                "einddatum", VANDAAG.plusDays(14).toString()));
    }

    private String sanctie(Map<String, Object> body) {
        return als(JURIST, GM).header("X-Doelbinding", "Fuzzer: werkende sanctie")
                .header("X-Verwerkingsactiviteit", "Fuzzer: voorbereiding").body(body)
                .post("/api/v1/sancties").then().statusCode(201).extract().path("sanctieId");
    }

    String etag(String pad) {
        return als(BALIE, GM).get(pad).then().statusCode(200).extract().header("ETag");
    }

    String eersteBeheerder(String vergunningpad) {
        return als(BALIE, GM).get(vergunningpad).then().statusCode(200).extract().path("beheerders[0].pseudoniem");
    }

    /** A penalty's body: more fields than Map.of takes. */
    private static Map<String, Object> metBedragPer(Map<String, Object> body) {
        Map<String, Object> compleet = new java.util.HashMap<>(body);
        compleet.put("bedragPer", "OVERTREDING");
        return compleet;
    }
}
