package nl.sekswerkregister.common.beveiliging;

import static nl.sekswerkregister.support.Api.metToken;
import static nl.sekswerkregister.support.Api.ongeldig;
import static nl.sekswerkregister.support.TestKlok.vandaag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import nl.sekswerkregister.privacy.Registratienummer;
import nl.sekswerkregister.signalering.Signaleringen;
import nl.sekswerkregister.support.Contract;
import nl.sekswerkregister.support.Database;
import nl.sekswerkregister.support.Eigendom;
import nl.sekswerkregister.support.Personen;
import nl.sekswerkregister.support.Testdata;
import nl.sekswerkregister.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Claims are taken exactly as they are, never repaired: a token that does not say who acts is
 * refused (401) everywhere, and a municipality claim that is not exactly a CBS code is no
 * municipality at all ({@code GM"0363} once acted as GM0363; a token without sub crashed writes).
 */
@QuarkusTest
class TokenclaimsTest {

    static final String GM = Eigendom.gemeente(TokenclaimsTest.class);
    @Inject
    Database database;

    /** Every operation of the contract, with plausible path parameters: "GET /api/v1/vergunningen/GM0363-…". */
    static Stream<String> operaties() {
        List<String> lijst = new ArrayList<>();
        Contract.document().get("paths").fields().forEachRemaining(pad -> pad.getValue().fieldNames().forEachRemaining(methode -> {
            // Public operations (security: []) need no token, so a token's claims do not matter there.
            boolean openbaar = pad.getValue().path(methode).path("security").isArray()
                    && pad.getValue().path(methode).path("security").isEmpty();
            if (Set.of("get", "post", "put", "patch", "delete").contains(methode) && !openbaar) {
                lijst.add(methode.toUpperCase() + " " + Contract.basispad() + pad.getKey()
                        .replace("{gemeenteCode}", GM).replace("{versie}", "1")
                        .replace("{exploitantId}", UUID.randomUUID().toString())
                        .replace("{besluitId}", UUID.randomUUID().toString())
                        .replace("{vergunningnummer}", GM + "-2026-000001").replace("{kaderCode}", "huidige-wet")
                        .replace("{registratienummer}", Registratienummer.nieuw())
                        .replace("{inzageverzoekId}", UUID.randomUUID().toString())
                        // any other identifier, e.g. {vestigingId}: a random one, so new operations are covered
                        .replaceAll("\\{[A-Za-z]+Id\\}", UUID.randomUUID().toString()));
            }
        }));
        assertThat(lijst).hasSizeGreaterThanOrEqualTo(30);
        return lijst.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operaties")
    void eenTokenZonderSubjectIsOveral401(String operatie) {
        String[] delen = operatie.split(" ", 2);
        for (String token : List.of(Tokens.zonderSubject(Rol.VERGUNNINGVERLENER, GM),
                Tokens.metSubject("   ", Rol.VERGUNNINGVERLENER, GM), Tokens.zonderSubject(Rol.AUDITOR, null))) {
            Response antwoord = ongeldig(metToken(token)).header("X-Doelbinding", "Controle tokenclaims")
                    .header("X-Verwerkingsactiviteit", "Tokentest").header("If-Match", "\"0\"").body("{}")
                    .request(delen[0], delen[1]);
            assertThat(antwoord.statusCode()).as(operatie + ": " + antwoord.asString()).isEqualTo(401);
            assertThat(antwoord.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void eenBesluitEnEenRegistratieZonderSubjectSchrijvenNiets() {
        String nummer = Testdata.aanvraag(GM);
        long besluiten = database.aantal("besluit");
        long registraties = database.aantal("registratie");
        ongeldig(metToken(Tokens.zonderSubject(Rol.VERGUNNINGVERLENER, GM))).body(Testdata.besluit("VERLENEN"))
                .post("/api/v1/vergunningen/" + nummer + "/besluiten").then().statusCode(401)
                .body("code", equalTo("niet-geauthenticeerd"));
        ongeldig(metToken(Tokens.zonderSubject(Rol.VERGUNNINGVERLENER, GM))).header("X-Doelbinding", "Registratie")
                .header("X-Verwerkingsactiviteit", "Tokentest").body(registratie())
                .post("/api/v1/registraties").then().statusCode(401);
        assertThat(database.aantal("besluit")).isEqualTo(besluiten);
        assertThat(database.aantal("registratie")).isEqualTo(registraties);
    }

    /**
     * Claims that resemble this class's municipality (GM, e.g. GM0632) but are not exactly a CBS code
     * as a JSON string: GM"0632, "GM0632 ", " GM0632", gm0632, GM06320, GM063, the digits in another
     * script (Arabic-Indic, full-width), a NUL after it, quoted, the number 632, a list, an object, true.
     */
    static Stream<Object> misvormdeGemeenteclaims() {
        String cijfers = GM.substring(2);
        return Stream.of("GM\"" + cijfers, GM + " ", " " + GM, "gm" + cijfers, GM + "0", GM.substring(0, 5),
                "GM" + inSchrift(cijfers, '\u0660'), "GM" + inSchrift(cijfers, '\uFF10'), GM + "\u0000", "\"" + GM + "\"",
                Integer.parseInt(cijfers), List.of(GM), Map.of("code", GM), true);
    }

    /** The same digits in another script, whose zero is {@code nul}. */
    private static String inSchrift(String cijfers, char nul) {
        StringBuilder uit = new StringBuilder();
        cijfers.chars().forEach(c -> uit.append((char) (nul + (c - '0'))));
        return uit.toString();
    }

    @ParameterizedTest
    @MethodSource("misvormdeGemeenteclaims")
    void eenMisvormdeGemeenteclaimGeldtAlsGeenGemeente(Object claim) {
        String token = Tokens.metSubject("tokentest-misvormd", Rol.VERGUNNINGVERLENER, claim);
        String exploitant = Testdata.exploitant(GM);
        String nummer = Testdata.aanvraag(GM);
        long vergunningen = database.aantal("vergunning");

        ongeldig(metToken(token)).body(Testdata.vergunningAanvraag(GM, exploitant, "CLUB")).post("/api/v1/vergunningen")
                .then().statusCode(403).body("code", equalTo("geen-toegang"));
        ongeldig(metToken(token)).body(Testdata.besluit("VERLENEN")).post("/api/v1/vergunningen/" + nummer + "/besluiten")
                .then().statusCode(403);
        metToken(token).get("/api/v1/vergunningen/" + nummer).then().statusCode(403);
        metToken(token).queryParam("gemeenteCode", GM).get("/api/v1/vergunningen").then().statusCode(403);
        metToken(token).get("/api/v1/vergunningen").then().statusCode(403);
        ongeldig(metToken(token)).header("X-Doelbinding", "Registratie").header("X-Verwerkingsactiviteit", "Tokentest")
                .body(registratie()).post("/api/v1/registraties").then().statusCode(403);
        assertThat(database.aantal("vergunning")).isEqualTo(vergunningen);

        // An enforcement officer with such a claim signals nothing and reads no signals.
        String handhaver = Tokens.metSubject("tokentest-misvormd-handhaver", Rol.HANDHAVER, claim);
        long signaleringen = database.aantal("signalering");
        Signaleringen.doel(ongeldig(metToken(handhaver))).body(Signaleringen.adres(GM, "9999ZZ", 1))
                .post(Signaleringen.PAD).then().statusCode(403).body("code", equalTo("geen-toegang"));
        Signaleringen.doel(metToken(handhaver)).get(Signaleringen.PAD).then().statusCode(403);
        assertThat(database.aantal("signalering")).isEqualTo(signaleringen);
    }

    @Test
    void eenExacteGemeenteclaimWerktWel() {
        String token = Tokens.metSubject("tokentest-exact", Rol.VERGUNNINGVERLENER, GM);
        metToken(token).body(Testdata.vergunningAanvraag(GM, Testdata.exploitant(GM), "CLUB")).post("/api/v1/vergunningen")
                .then().statusCode(201);
    }

    /**
     * The region claims of {@code riec} and {@code politie} are taken as exactly as the municipality
     * claim: a value that resembles the own municipality's RIEC region or police unit but is not exactly
     * it (spaces, case, a NUL, quotes, an en dash or soft hyphen, a number, a list, an object) is no
     * region at all: lists are 403 and a signal of that region is 404. A well-formed name that is no
     * region reaches nothing. The exact name reads.
     */
    @Test
    void eenMisvormdeRegioclaimGeldtAlsGeenRegio() {
        String signaal = doel(metToken(Tokens.voor(Rol.HANDHAVER, GM))).body(Map.of("adres", Testdata.adres(),
                        "datum", vandaag().toString(), "indicatoren", List.of("SCHULDENLAST"), "organisatie", "Tokentest"))
                .post("/api/v1/signalen-mensenhandel").then().statusCode(201).extract().path("_links.self.href");
        for (String[] soort : new String[][] {{Rol.RIEC, "riecRegio"}, {Rol.POLITIE, "politieEenheid"}}) {
            String rol = soort[0];
            String claim = soort[1];
            String exact = metToken(Tokens.voor(Rol.AUDITOR)).get("/api/v1/gemeenten/" + GM).then().statusCode(200)
                    .extract().path(claim);
            String streepje = exact.contains("-") ? exact.replace('-', '\u2013') : exact.charAt(0) + "\u00ad" + exact.substring(1);
            for (Object misvormd : List.of(" " + exact, exact + " ", exact.toLowerCase(), exact.toUpperCase(),
                    exact + "\u0000", exact + "\u200b", "\"" + exact + "\"", streepje, 363, List.of(exact),
                    Map.of("naam", exact), true)) {
                String token = Tokens.metRegio(rol, claim, misvormd);
                doel(metToken(token)).get(signaal).then().statusCode(404);
                doel(metToken(token)).get("/api/v1/signalen-mensenhandel").then().statusCode(403)
                        .body("code", equalTo("geen-toegang"));
                if (rol.equals(Rol.POLITIE)) {
                    doel(metToken(token)).queryParam("kvkNummer", "12345678").get("/api/v1/vestigingen").then()
                            .statusCode(403);
                }
            }
            String onbekend = Tokens.metRegio(rol, claim, "Atlantis");
            doel(metToken(onbekend)).get(signaal).then().statusCode(404);
            doel(metToken(onbekend)).get("/api/v1/signalen-mensenhandel").then().statusCode(200)
                    .body("resultaten", org.hamcrest.Matchers.empty());
            doel(metToken(Tokens.metRegio(rol, claim, exact))).get(signaal).then().statusCode(200);
        }
        // A region claim counts only for its own role: a riec token with the police unit reads nothing.
        String eenheid = metToken(Tokens.voor(Rol.AUDITOR)).get("/api/v1/gemeenten/" + GM).then().extract()
                .path("politieEenheid");
        doel(metToken(Tokens.metRegio(Rol.RIEC, "politieEenheid", eenheid))).get(signaal).then().statusCode(404);
    }

    private static io.restassured.specification.RequestSpecification doel(io.restassured.specification.RequestSpecification s) {
        return s.header("X-Doelbinding", "Controle tokenclaims").header("X-Verwerkingsactiviteit", "Tokentest");
    }

    private static Map<String, Object> registratie() {
        return Map.of("gemeenteCode", GM, "identificatie", Personen.metBsn(Personen.bsn()), "geboortedatum", "1991-02-03",
                "intakedatum", vandaag().minusDays(1).toString());
    }
}
