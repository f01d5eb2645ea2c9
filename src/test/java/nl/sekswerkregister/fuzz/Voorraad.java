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

    String etag(String pad) {
        return als(BALIE, GM).get(pad).then().statusCode(200).extract().header("ETag");
    }

    String eersteBeheerder(String vergunningpad) {
        return als(BALIE, GM).get(vergunningpad).then().statusCode(200).extract().path("beheerders[0].pseudoniem");
    }
}
