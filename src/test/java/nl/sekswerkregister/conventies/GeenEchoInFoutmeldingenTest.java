package nl.sekswerkregister.conventies;

import static nl.sekswerkregister.support.Api.metToken;
import static nl.sekswerkregister.support.Api.ongeldig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.privacy.Registratienummer;
import nl.sekswerkregister.support.Contract;
import nl.sekswerkregister.support.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One rule for every error: a problem never repeats a value from the request (path, query string,
 * headers or body). It names the field instead, and may state the service's own facts (status,
 * possible decisions, limits, allowed values). A 404 used to say "… nummer GM9999-2026-000001",
 * a 403 named the municipality from the body.
 *
 * <p>Every operation of the contract is called with distinctive values in every place a client can
 * put one, by roles that provoke 400, 403, 404, 409 and 412; no problem may contain any of them.
 */
@QuarkusTest
class GeenEchoInFoutmeldingenTest {

    static final String GEMEENTE = "GM9997";
    static final String VERGUNNING = "GM0363-2019-987654";
    static final String EXPLOITANT = "5a9b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    static final String BESLUIT = "6b0c3d4e-5f60-4b7c-9d8e-0f1a2b3c4d5e";
    static final String WIJZIGING = "7c1d4e5f-6071-4c8d-8e9f-1a2b3c4d5e6f";
    static final String VERSIE = "98765";
    static final String KADER = "echo-kader-qzx";
    static final String REGISTRATIE = Registratienummer.nieuw();
    static final String INZAGEVERZOEK = "7c1d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f";
    static final String VESTIGING = "5e2d3c4b-7a8f-4e9d-8c1b-2a3f4e5d6c7b";
    static final String SIGNAAL = "8d2e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a";
    static final String CONTROLE = "8f3e4d5c-6b7a-4f8e-9d0c-1b2a3f4e5d6c";
    static final String SANCTIE = "8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    static final String SIGNALERING = "8c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f";
    static final String ABONNEMENT = "8d5e6f7a-8b9c-4d0e-8f1a-2b3c4d5e6f70";
    static final String AFLEVERING = "8e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a81";
    static final String ONDERZOEK = "8f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b92";
    static final String DOCUMENT = "5d2c7f4a-1e3b-4c5d-8e9f-0a1b2c3d4e77";

    record Operatie(String methode, String pad, List<String> query, List<String> bodyvelden) {
        @Override
        public String toString() {
            return methode.toUpperCase() + " " + pad;
        }
    }

    static Stream<Operatie> operaties() {
        JsonNode contract = Contract.document();
        List<Operatie> lijst = new ArrayList<>();
        contract.get("paths").fields().forEachRemaining(pad -> pad.getValue().fields().forEachRemaining(o -> {
            if (!Set.of("get", "post", "patch", "put", "delete").contains(o.getKey()) || pad.getKey().endsWith("openapi.json")) {
                return;
            }
            List<String> query = new ArrayList<>();
            for (JsonNode p : o.getValue().path("parameters")) {
                JsonNode param = Contract.los(contract, p);
                if ("query".equals(param.path("in").asText())) {
                    query.add(param.path("name").asText());
                }
            }
            List<String> velden = new ArrayList<>();
            o.getValue().path("requestBody").path("content").elements().forEachRemaining(m ->
                    Contract.los(contract, m.path("schema")).path("properties").fieldNames().forEachRemaining(velden::add));
            lijst.add(new Operatie(o.getKey(), Contract.basispad() + pad.getKey(), query, velden));
        }));
        return lijst.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operaties")
    void geenFoutmeldingHerhaaltIngestuurdeWaarden(Operatie operatie) {
        String pad = operatie.pad().replace("{gemeenteCode}", GEMEENTE).replace("{vergunningnummer}", VERGUNNING)
                .replace("{exploitantId}", EXPLOITANT).replace("{besluitId}", BESLUIT).replace("{versie}", VERSIE)
                .replace("{kaderCode}", KADER).replace("{registratienummer}", REGISTRATIE)
                .replace("{inzageverzoekId}", INZAGEVERZOEK).replace("{vestigingId}", VESTIGING)
                .replace("{signaalId}", SIGNAAL).replace("{controleId}", CONTROLE).replace("{sanctieId}", SANCTIE)
                .replace("{signaleringId}", SIGNALERING).replace("{abonnementId}", ABONNEMENT)
                .replace("{afleveringId}", AFLEVERING).replace("{onderzoekId}", ONDERZOEK).replace("{documentId}", DOCUMENT)
                .replace("{wijzigingId}", WIJZIGING);
        List<String> waarden = new ArrayList<>(List.of(GEMEENTE, VERGUNNING, EXPLOITANT, BESLUIT, VERSIE, KADER,
                REGISTRATIE, INZAGEVERZOEK, VESTIGING, SIGNAAL, CONTROLE, SANCTIE, SIGNALERING, ABONNEMENT, AFLEVERING,
                ONDERZOEK, DOCUMENT, WIJZIGING));
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < operatie.bodyvelden().size(); i++) {
            String waarde = "Echowaarde" + (70_000 + i) + "q";
            body.put(operatie.bodyvelden().get(i), waarde);
            waarden.add(waarde);
        }
        // Kinds of callers: one whose token names another municipality (403/404 paths), an auditor
        // without one, a data subject, a RIEC of no region; plus malformed optional headers that are
        // checked before anything else.
        for (String token : List.of(Tokens.voor(Rol.VERGUNNINGVERLENER, "GM0599"), Tokens.voor(Rol.AUDITOR),
                Tokens.voor(Rol.HANDHAVER, "GM0599"),
                Tokens.voor(Rol.VERGUNNINGVERLENER, "GM0363"), Tokens.betrokkene("Echobsn77128"),
                Tokens.voor(Rol.HANDHAVINGSJURIST, "GM0363"),
                // A region role whose claim names no region (403 on lists, 404 on a signal).
                Tokens.metRegio(Rol.RIEC, "riecRegio", "Echoregio"))) {
            for (boolean rareKoppen : new boolean[] {false, true}) {
                RequestSpecification spec = ongeldig(metToken(token))
                        .header("X-Doelbinding", rareKoppen ? "Echodoel<77123>" : "Echodoel 77124")
                        .header("X-Verwerkingsactiviteit", "Echoactiviteit 77125")
                        .header("If-Match", "\"77126\"");
                if (rareKoppen) {
                    spec.header("Idempotency-Key", "Echosleutel 77127!");
                }
                for (int i = 0; i < operatie.query().size(); i++) {
                    spec.queryParam(operatie.query().get(i), "Echoquery" + (77_200 + i));
                }
                if (!operatie.bodyvelden().isEmpty()) {
                    spec.contentType(operatie.methode().equals("patch") ? "application/merge-patch+json" : "application/json")
                            .body(body);
                }
                Response antwoord = spec.request(operatie.methode(), pad);
                controleer(operatie, antwoord, waarden);
            }
        }
    }

    private static void controleer(Operatie operatie, Response antwoord, List<String> waarden) {
        if (antwoord.statusCode() < 400) {
            return;
        }
        assertThat(antwoord.contentType()).startsWith("application/problem+json");
        List<String> teksten = new ArrayList<>();
        teksten.add(antwoord.jsonPath().getString("detail"));
        teksten.add(antwoord.jsonPath().getString("title"));
        List<String> redenen = antwoord.jsonPath().getList("invalidParams.reason");
        if (redenen != null) {
            teksten.addAll(redenen);
        }
        for (String tekst : teksten) {
            for (String waarde : waarden) {
                assertThat(tekst).as(operatie + " " + antwoord.statusCode() + ": " + antwoord.asString())
                        .doesNotContain(waarde);
            }
            for (String merk : List.of("Echo", "77123", "77124", "77125", "77126", "77127", "77128")) {
                assertThat(tekst).as(operatie + " " + antwoord.statusCode() + ": " + antwoord.asString())
                        .doesNotContain(merk);
            }
        }
    }
}
