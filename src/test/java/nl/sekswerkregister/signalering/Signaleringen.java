package nl.sekswerkregister.signalering;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.support.Api;
import nl.sekswerkregister.support.TestKlok;

/** Signals through the public API, with the purpose headers every call needs. */
public final class Signaleringen {

    public static final String PAD = "/api/v1/signaleringen";

    private Signaleringen() {
    }

    public static RequestSpecification als(String rol, String gemeenteCode) {
        return doel(gemeenteCode == null ? Api.als(rol) : Api.als(rol, gemeenteCode));
    }

    public static RequestSpecification doel(RequestSpecification spec) {
        return spec.header("X-Doelbinding", "Handhaving vergunningloos sekswerk (test)")
                .header("X-Verwerkingsactiviteit", "Signaleren (test)");
    }

    public static Map<String, Object> adres(String gemeenteCode, String postcode, int huisnummer) {
        Map<String, Object> body = new HashMap<>(basis(gemeenteCode));
        body.put("adres", Map.of("straatnaam", "Teststraat", "huisnummer", huisnummer, "postcode", postcode,
                "woonplaats", "Testdorp"));
        return body;
    }

    public static Map<String, Object> advertentie(String gemeenteCode, String referentie, String telefoonnummer) {
        Map<String, Object> body = new HashMap<>(basis(gemeenteCode));
        body.put("advertentie", Map.of("platform", "kinky.nl", "referentie", referentie));
        body.put("bron", "INTERNETSURVEILLANCE");
        if (telefoonnummer != null) {
            body.put("telefoonnummer", telefoonnummer);
        }
        return body;
    }

    private static Map<String, Object> basis(String gemeenteCode) {
        return Map.of("gemeenteCode", gemeenteCode, "bron", "MELDING_BURGER",
                "datum", TestKlok.vandaag().minusDays(10).toString());
    }

    /** Records a signal as the municipality's own enforcement officer; returns the answer (201 checked). */
    public static Response leg(Map<String, Object> body) {
        Response antwoord = als(Rol.HANDHAVER, (String) body.get("gemeenteCode")).body(body).post(PAD);
        antwoord.then().statusCode(201);
        return antwoord;
    }

    public static String legId(Map<String, Object> body) {
        return leg(body).path("signaleringId");
    }

    public static Response sluitAf(String gemeenteCode, String id, String uitkomst, String datum) {
        return als(Rol.HANDHAVER, gemeenteCode).body(Map.of("uitkomst", uitkomst, "datum", datum))
                .post(PAD + "/" + id + "/afsluiting");
    }
}
