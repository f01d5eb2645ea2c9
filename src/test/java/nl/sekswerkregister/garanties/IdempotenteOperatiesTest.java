package nl.sekswerkregister.garanties;

import static nl.sekswerkregister.support.Api.metToken;
import static nl.sekswerkregister.support.TestKlok.vandaag;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.idempotentie.Idempotent;
import nl.sekswerkregister.signalering.Signaleringen;
import nl.sekswerkregister.support.Database;
import nl.sekswerkregister.support.Eigendom;
import nl.sekswerkregister.support.Personen;
import nl.sekswerkregister.support.Resources;
import nl.sekswerkregister.support.Testdata;
import nl.sekswerkregister.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every operation that takes an Idempotency-Key, with a key: the first call, a replay (same answer,
 * nothing created twice), a retry by the same subject with another municipality (authorised like a
 * new request: never handed the stored answer), and the same key with another request (409).
 *
 * <p>The registrations' 500 on every keyed request was once missed because only one operation
 * was ever sent a key; {@link #elkeIdempotenteOperatieWordtHierGetest()} keeps the list complete.
 */
@QuarkusTest
class IdempotenteOperatiesTest {

    static final List<String> GEMEENTEN = Eigendom.gemeenten(IdempotenteOperatiesTest.class, 2);
    static final String EIGEN = GEMEENTEN.get(0);
    static final String ANDERE = GEMEENTEN.get(1);
    static final Map<String, String> REGISTRATIEKOPPEN = Map.of("X-Doelbinding", "Registratie sekswerkers (APV)",
            "X-Verwerkingsactiviteit", "Idempotentietest");

    @Inject
    Database database;
    /** For the static request makers: inspections are written over JDBC (support.Controles). */
    static Database databank;

    @org.junit.jupiter.api.BeforeEach
    void databank() {
        databank = database;
    }

    /** One request: method is always POST. {@code body} null means no body. */
    record Verzoek(String pad, Object body) {
    }

    /**
     * An idempotent operation: how to make a fresh request for it and a different one for the same key,
     * who calls it, and what a caller of another municipality with the same subject gets.
     */
    enum Operatie {
        EXPLOITANT_AANMELDEN("POST /api/v1/exploitanten", Rol.VERGUNNINGVERLENER, EIGEN, 201,
                // Operators are national: the other municipality's retry is a new request, and the KvK
                // number it repeats is taken. Without a municipality there is nobody to keep the record: 403.
                409, 403, "exploitant"),
        VERGUNNING_AANVRAGEN("POST /api/v1/vergunningen", Rol.VERGUNNINGVERLENER, EIGEN, 201, 403, "vergunning"),
        VERGUNNINGBESLUIT("POST /api/v1/vergunningen/{vergunningnummer}/besluiten", Rol.VERGUNNINGVERLENER, EIGEN,
                201, 403, "besluit"),
        BEHEERDERWIJZIGING_AANVRAGEN("POST /api/v1/vergunningen/{vergunningnummer}/beheerderwijzigingen",
                Rol.VERGUNNINGVERLENER, EIGEN, 201, 403, "beheerderwijziging"),
        // A second decision on one change is refused by its primary key, so a replay must not reach it.
        BEHEERDERWIJZIGING_BESLUIT("POST /api/v1/vergunningen/{vergunningnummer}/beheerderwijzigingen/{wijzigingId}/besluit",
                Rol.VERGUNNINGVERLENER, EIGEN, 201, 403, "beheerderwijziging_besluit"),
        REGELSET_ONTWERPEN("POST /api/v1/gemeenten/{gemeenteCode}/regelsets", Rol.VERGUNNINGVERLENER, EIGEN, 201, 403,
                "regelset"),
        REGELSET_PUBLICEREN("POST /api/v1/gemeenten/{gemeenteCode}/regelsets/{versie}/publicatie",
                Rol.VERGUNNINGVERLENER, EIGEN, 200, 403, "regelset"),
        KADER_VASTSTELLEN("POST /api/v1/landelijke-kaders", Rol.LANDELIJK_BEHEERDER, null, 201,
                // The framework keeper acts for no municipality; with a gemeente claim the token is
                // another authorisation, so the retry is a new request (and a new version).
                201, "landelijk_kader"),
        REGISTREREN("POST /api/v1/registraties", Rol.VERGUNNINGVERLENER, EIGEN, 201, 403, "registratie"),
        REGISTRATIEBESLUIT("POST /api/v1/registraties/{registratienummer}/besluiten", Rol.VERGUNNINGVERLENER, EIGEN,
                200, 404, "registratie_besluit"),
        // The person is registered in EIGEN only: elsewhere 404, and without a municipality claim 403.
        INZAGEVERZOEK_INDIENEN("POST /api/v1/inzageverzoeken", Rol.VERGUNNINGVERLENER, EIGEN, 201, 404, 403,
                "inzageverzoek"),
        INZAGEVERZOEK_GOEDKEUREN("POST /api/v1/inzageverzoeken/{inzageverzoekId}/goedkeuring", Rol.VERGUNNINGVERLENER,
                EIGEN, 200, 404, 403, "inzageverzoek"),
        // Nothing is stored: the rule-set table must not grow, and another municipality may not simulate here.
        REGELSET_SIMULEREN("POST /api/v1/regelset-simulaties", Rol.BELEIDSMEDEWERKER, EIGEN, 200, 403, "regelset"),
        // A signal is handed over for the caller's own municipality: with another municipality's claim
        // the retry is a new signal there (at the same address), without one it is refused.
        SIGNAAL_OVERDRAGEN("POST /api/v1/signalen-mensenhandel", Rol.HANDHAVER, EIGEN, 201, 201, 403,
                "signaal_mensenhandel"),
        // The premises are EIGEN's: to another municipality they are unknown (400), without a claim 403.
        CONTROLE_VASTLEGGEN("POST /api/v1/controles", Rol.HANDHAVER, EIGEN, 201, 400, 403, "controle"),
        // To another municipality's legal officer the premises are unknown (400 naming vestigingId).
        SANCTIE_OPLEGGEN("POST /api/v1/sancties", Rol.HANDHAVINGSJURIST, EIGEN, 201, 400, 403, "sanctie"),
        // A penalty on a licence is a public decision: another municipality's officer is refused (403).
        VERBEURTE("POST /api/v1/sancties/{sanctieId}/verbeurten", Rol.HANDHAVINGSJURIST, EIGEN, 201, 403, "verbeurte"),
        // A signal is recorded for the caller's own municipality; without a municipality claim, 403.
        SIGNALEREN("POST /api/v1/signaleringen", Rol.HANDHAVER, EIGEN, 201, 403, "signalering"),
        // Another municipality's signal does not exist for the caller; without a municipality claim, 403.
        SIGNALERING_AFSLUITEN("POST /api/v1/signaleringen/{signaleringId}/afsluiting", Rol.HANDHAVER, EIGEN, 200, 404,
                403, "signalering_afsluiting"),
        /** Another municipality's officer subscribes for its own municipality: a new subscription. */
        ABONNEREN("POST /api/v1/abonnementen", Rol.VERGUNNINGVERLENER, EIGEN, 201, 201, 403, "abonnement"),
        // The case of an application is its municipality's: another municipality's officer is refused (403).
        ONVOLLEDIG_VERKLAREN("POST /api/v1/vergunningen/{vergunningnummer}/aanvraag/onvolledigheden",
                Rol.VERGUNNINGVERLENER, EIGEN, 200, 403, "aanvraag_onvolledigheid"),
        AANVULLEN("POST /api/v1/vergunningen/{vergunningnummer}/aanvraag/aanvullingen", Rol.VERGUNNINGVERLENER, EIGEN,
                200, 403, "aanvraag_historie"),
        VERDAGEN("POST /api/v1/vergunningen/{vergunningnummer}/aanvraag/verdagingen", Rol.VERGUNNINGVERLENER, EIGEN,
                200, 403, "aanvraag_historie"),
        BIBOB_STARTEN("POST /api/v1/vergunningen/{vergunningnummer}/aanvraag/bibob-onderzoeken", Rol.VERGUNNINGVERLENER,
                EIGEN, 201, 403, "bibob_onderzoek"),
        BIBOB_ADVIES_VRAGEN("POST /api/v1/vergunningen/{vergunningnummer}/aanvraag/bibob-onderzoeken/{onderzoekId}/adviesaanvraag",
                Rol.VERGUNNINGVERLENER, EIGEN, 200, 403, "aanvraag_historie"),
        BIBOB_ADVIES("POST /api/v1/vergunningen/{vergunningnummer}/aanvraag/bibob-onderzoeken/{onderzoekId}/advies",
                Rol.VERGUNNINGVERLENER, EIGEN, 200, 403, "aanvraag_historie");

        final String route;
        final String rol;
        final String gemeente;
        final int eerste;
        final int andereGemeente;
        /** The same subject with no municipality claim at all. */
        final int zonderGemeente;
        final String tabel;

        Operatie(String route, String rol, String gemeente, int eerste, int andereGemeente, String tabel) {
            this(route, rol, gemeente, eerste, andereGemeente, andereGemeente, tabel);
        }

        Operatie(String route, String rol, String gemeente, int eerste, int andereGemeente, int zonderGemeente,
                 String tabel) {
            this.route = route;
            this.rol = rol;
            this.gemeente = gemeente;
            this.eerste = eerste;
            this.andereGemeente = andereGemeente;
            this.zonderGemeente = zonderGemeente;
            this.tabel = tabel;
        }

        String subject() {
            return "idempotentietest-" + name().toLowerCase();
        }
    }

    @Test
    void elkeIdempotenteOperatieWordtHierGetest() {
        Set<String> getest = new TreeSet<>();
        for (Operatie o : Operatie.values()) {
            getest.add(o.route);
        }
        assertThat(getest).isEqualTo(Resources.routes(methode -> methode.isAnnotationPresent(Idempotent.class)));
    }

    /**
     * The one creating POST without @Idempotent: a document's upload. The idempotency filter fingerprints
     * the body, and this body is a stream of up to 64 MiB that must never be held whole. It is idempotent
     * by nature instead (same content, same kind, same licence: stored once), so a retry after a lost
     * answer, with or without a key, gets the document on file and nothing is stored twice.
     */
    @Test
    void eenDocumentToevoegenIsVanzelfIdempotent() {
        String pad = "/api/v1/vergunningen/" + Testdata.aanvraag(EIGEN) + "/documenten";
        byte[] pdf = ("%PDF-1.7\n% " + UUID.randomUUID() + "\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        String sleutel = UUID.randomUUID().toString();
        long voor = database.aantal("document");
        Response eerste = metToken(Tokens.voor(Rol.VERGUNNINGVERLENER, EIGEN)).header("Idempotency-Key", sleutel)
                .contentType("application/pdf").queryParam("soort", "ONDERNEMINGSPLAN").body(pdf).post(pad);
        assertThat(eerste.statusCode()).as(eerste.asString()).isEqualTo(201);
        for (String key : new String[] {sleutel, null}) {
            var spec = metToken(Tokens.voor(Rol.VERGUNNINGVERLENER, EIGEN)).contentType("application/pdf")
                    .queryParam("soort", "ONDERNEMINGSPLAN").body(pdf);
            Response herhaling = (key == null ? spec : spec.header("Idempotency-Key", key)).post(pad);
            assertThat(herhaling.statusCode()).as(herhaling.asString()).isEqualTo(200);
            assertThat(herhaling.<String>path("documentId")).isEqualTo(eerste.path("documentId"));
        }
        assertThat(database.aantal("document")).isEqualTo(voor + 1);
    }

    @ParameterizedTest
    @EnumSource(Operatie.class)
    void eersteAanroepHerhalingAndereGemeenteEnAnderVerzoek(Operatie operatie) {
        String sleutel = UUID.randomUUID().toString();
        Verzoek verzoek = verzoek(operatie);

        Response eerste = stuur(operatie, Tokens.metSubject(operatie.subject(), operatie.rol, operatie.gemeente),
                sleutel, verzoek);
        assertThat(eerste.statusCode()).as(eerste.asString()).isEqualTo(operatie.eerste);
        assertThat(eerste.header("Idempotent-Replayed")).isNull();
        long rijen = database.aantal(operatie.tabel);

        Response herhaling = stuur(operatie, Tokens.metSubject(operatie.subject(), operatie.rol, operatie.gemeente),
                sleutel, verzoek);
        assertThat(herhaling.statusCode()).as(herhaling.asString()).isEqualTo(operatie.eerste);
        assertThat(herhaling.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(herhaling.header("Location")).isEqualTo(eerste.header("Location"));
        assertThat(herhaling.header("ETag")).isEqualTo(eerste.header("ETag"));
        assertThat(herhaling.jsonPath().getMap("")).isEqualTo(eerste.jsonPath().getMap(""));
        assertThat(database.aantal(operatie.tabel)).as("niets dubbel aangemaakt").isEqualTo(rijen);

        // The same subject with another municipality, and (where the original had one) with none.
        for (String claim : operatie.gemeente == null ? new String[] {ANDERE} : new String[] {ANDERE, null}) {
            Response vreemd = stuur(operatie, Tokens.metSubject(operatie.subject(), operatie.rol, claim), sleutel, verzoek);
            assertThat(vreemd.statusCode()).as("zelfde subject, gemeente " + claim + ": " + vreemd.asString())
                    .isEqualTo(claim == null ? operatie.zonderGemeente : operatie.andereGemeente);
            assertThat(vreemd.header("Idempotent-Replayed")).as("nooit het opgeslagen antwoord").isNull();
            if (vreemd.statusCode() >= 400) {
                assertThat(vreemd.contentType()).startsWith("application/problem+json");
                assertThat(vreemd.header("Location")).isNull();
            } else {
                assertThat(vreemd.header("Location")).isNotEqualTo(eerste.header("Location"));
            }
        }

        Verzoek anderVerzoek = anderVerzoek(operatie, verzoek);
        long voorAnder = database.aantal(operatie.tabel);
        Response ander = stuur(operatie, Tokens.metSubject(operatie.subject(), operatie.rol, operatie.gemeente),
                sleutel, anderVerzoek);
        assertThat(ander.statusCode()).as(ander.asString()).isEqualTo(409);
        assertThat(ander.jsonPath().getString("detail")).contains("Idempotency-Key");
        assertThat(database.aantal(operatie.tabel)).isEqualTo(voorAnder);
    }

    private static Response stuur(Operatie operatie, String token, String sleutel, Verzoek verzoek) {
        RequestSpecification spec = metToken(token).header("Idempotency-Key", sleutel);
        if (operatie.route.contains("/registraties") || operatie.route.contains("/inzageverzoeken")
                || operatie.route.contains("/signalen-mensenhandel")
                || operatie.route.contains("/controles")
                || operatie.route.contains("/sancties")
                || operatie.route.contains("/signaleringen")) {
            REGISTRATIEKOPPEN.forEach(spec::header);
        }
        if (verzoek.body() != null) {
            spec.body(verzoek.body());
        }
        return spec.post(verzoek.pad());
    }

    /** A fresh request that works the first time: everything it needs is created here, without keys. */
    static Verzoek verzoek(Operatie operatie) {
        return switch (operatie) {
            case EXPLOITANT_AANMELDEN -> new Verzoek("/api/v1/exploitanten",
                    Testdata.exploitantAanmelding(Testdata.nieuwKvkNummer()));
            case VERGUNNING_AANVRAGEN -> new Verzoek("/api/v1/vergunningen",
                    Testdata.vergunningAanvraag(EIGEN, Testdata.exploitant(EIGEN), "CLUB"));
            case VERGUNNINGBESLUIT -> new Verzoek("/api/v1/vergunningen/" + Testdata.aanvraag(EIGEN) + "/besluiten",
                    Testdata.besluit("VERLENEN"));
            case BEHEERDERWIJZIGING_AANVRAGEN -> new Verzoek("/api/v1/vergunningen/" + Testdata.verleend(EIGEN)
                    + "/beheerderwijzigingen", Map.of("toevoegen", List.of(Testdata.beheerder())));
            case BEHEERDERWIJZIGING_BESLUIT -> new Verzoek(Testdata.beheerderwijziging(EIGEN, Testdata.verleend(EIGEN))
                    + "/besluit", Testdata.beheerderwijzigingBesluit("GOEDGEKEURD"));
            case REGELSET_ONTWERPEN -> new Verzoek("/api/v1/gemeenten/" + EIGEN + "/regelsets", regelset("APV (test)"));
            case REGELSET_PUBLICEREN -> new Verzoek("/api/v1/gemeenten/" + EIGEN + "/regelsets/" + concept()
                    + "/publicatie", null);
            case KADER_VASTSTELLEN -> new Verzoek("/api/v1/landelijke-kaders", Map.of("code", "idempotentie-test",
                    "naam", "Testkader", "bron", "Idempotentietest", "regels", Map.of("minimumleeftijd", 19)));
            case REGISTREREN -> new Verzoek("/api/v1/registraties", registratie());
            case REGISTRATIEBESLUIT -> new Verzoek("/api/v1/registraties/" + geregistreerd() + "/besluiten",
                    Map.of("besluittype", "SCHORSEN", "motivering", "Schorsing in afwachting van nader onderzoek."));
            case INZAGEVERZOEK_INDIENEN -> new Verzoek("/api/v1/inzageverzoeken", inzageverzoek());
            case INZAGEVERZOEK_GOEDKEUREN -> new Verzoek("/api/v1/inzageverzoeken/" + ingediendInzageverzoek()
                    + "/goedkeuring", null);
            case REGELSET_SIMULEREN -> new Verzoek("/api/v1/regelset-simulaties", Map.of("gemeenteCode", EIGEN,
                    "regels", Map.of("minimumleeftijd", 21)));
            case SIGNAAL_OVERDRAGEN -> new Verzoek("/api/v1/signalen-mensenhandel", Map.of("adres", Testdata.adres(),
                    "datum", vandaag().toString(), "indicatoren", List.of("SCHULDENLAST"), "organisatie", "Idempotentietest"));
            case CONTROLE_VASTLEGGEN -> new Verzoek("/api/v1/controles", Map.of("vestigingId", vestiging(),
                    "datum", vandaag().toString(), "soort", "TER_PLAATSE", "organisatie", "Idempotentietest",
                    "bevindingen", List.of(Map.of("code", "SIGNALEN_VAN_DWANG"))));
            case SANCTIE_OPLEGGEN -> new Verzoek("/api/v1/sancties", dwangsom(vestigingMetVergunning()));
            case VERBEURTE -> verbeurte();
            case SIGNALEREN -> new Verzoek("/api/v1/signaleringen",
                    Signaleringen.advertentie(EIGEN, "https://example.nl/idempotent/" + UUID.randomUUID(), null));
            case SIGNALERING_AFSLUITEN -> new Verzoek("/api/v1/signaleringen/" + Signaleringen.legId(
                    Signaleringen.advertentie(EIGEN, "https://example.nl/af/" + UUID.randomUUID(), null)) + "/afsluiting",
                    Map.of("uitkomst", "ACTIVITEIT_BEEINDIGD", "datum", vandaag().toString()));
            case ABONNEREN -> new Verzoek("/api/v1/abonnementen", Map.of(
                    "callbackUrl", nl.sekswerkregister.support.Ontvanger.ontvanger().nieuwPad("idempotent"),
                    "typen", List.of("nl.sekswerkregister.vergunning.besluit-genomen")));
            case ONVOLLEDIG_VERKLAREN -> new Verzoek(zaak() + "/onvolledigheden", onvolledigheid());
            case AANVULLEN -> {
                String zaak = zaak();
                nl.sekswerkregister.support.Api.als(Rol.VERGUNNINGVERLENER, EIGEN).body(onvolledigheid())
                        .post(zaak + "/onvolledigheden").then().statusCode(200);
                yield new Verzoek(zaak + "/aanvullingen", Map.of("aangevuldOp", vandaag().toString()));
            }
            case VERDAGEN -> new Verzoek(zaak() + "/verdagingen", Map.of("weken", 4, "verdaagdOp", vandaag().toString(),
                    "motivering", "Bibob-advies nog niet ontvangen."));
            case BIBOB_STARTEN -> new Verzoek(zaak() + "/bibob-onderzoeken", Map.of("gestartOp", vandaag().toString()));
            case BIBOB_ADVIES_VRAGEN -> new Verzoek(bibobOnderzoek() + "/adviesaanvraag",
                    Map.of("adviesGevraagdOp", vandaag().toString()));
            case BIBOB_ADVIES -> {
                String onderzoek = bibobOnderzoek();
                nl.sekswerkregister.support.Api.als(Rol.VERGUNNINGVERLENER, EIGEN)
                        .body(Map.of("adviesGevraagdOp", vandaag().toString())).post(onderzoek + "/adviesaanvraag")
                        .then().statusCode(200);
                yield new Verzoek(onderzoek + "/advies", Map.of("adviesOntvangenOp", vandaag().toString(),
                        "mateVanGevaar", "MINDERE_MATE"));
            }
        };
    }

    /** A granted licence's premises in EIGEN, as {vergunningnummer, vestigingId}. */
    private static String[] vestigingMetVergunning() {
        String nummer = Testdata.verleend(EIGEN);
        String href = nl.sekswerkregister.support.Api.als(Rol.VERGUNNINGVERLENER, EIGEN).get("/api/v1/vergunningen/" + nummer)
                .then().statusCode(200).extract().path("_links.vestiging.href");
        return new String[] {nummer, href.substring(href.lastIndexOf('/') + 1)};
    }

    /** A penalty resting on an inspection three weeks ago, whose compliance deadline passed a week ago. */
    private static Map<String, Object> dwangsom(String[] zaak) {
        var controle = nl.sekswerkregister.support.Controles.maak(databank, EIGEN, UUID.fromString(zaak[1]),
                vandaag().minusDays(20));
        Map<String, Object> body = new HashMap<>(Map.of("soort", "LAST_ONDER_DWANGSOM", "vestigingId", zaak[1],
                "vergunningnummer", zaak[0], "motivering", "Na sluitingstijd geopend.", "grondslagen",
                java.util.List.of(Map.of("soort", "AWB_5_32", "verwijzing", "art. 5:32 Awb")),
                "controles", java.util.List.of(controle.controleId().toString()),
                "bekendgemaaktOp", vandaag().minusDays(15).toString(), "bedrag", 100, "bedragPer", "OVERTREDING"));
        body.put("maximumbedrag", 1000);
        body.put("begunstigingstermijnTot", vandaag().minusDays(8).toString());
        return body;
    }

    /** A forfeiture of a fresh penalty, established by an inspection after its deadline. */
    private static Verzoek verbeurte() {
        String[] zaak = vestigingMetVergunning();
        var spec = nl.sekswerkregister.support.Api.als(Rol.HANDHAVINGSJURIST, EIGEN);
        REGISTRATIEKOPPEN.forEach(spec::header);
        String id = spec.body(dwangsom(zaak)).post("/api/v1/sancties").then().statusCode(201).extract().path("sanctieId");
        var na = nl.sekswerkregister.support.Controles.maak(databank, EIGEN, UUID.fromString(zaak[1]), vandaag().minusDays(2));
        return new Verzoek("/api/v1/sancties/" + id + "/verbeurten", Map.of("datum", vandaag().minusDays(1).toString(),
                "bedrag", 100, "controleId", na.controleId().toString()));
    }

    /** Another request under the same key: another body, or for a bodiless operation another resource. */
    static Verzoek anderVerzoek(Operatie operatie, Verzoek eerste) {
        if (operatie == Operatie.INZAGEVERZOEK_GOEDKEUREN) {
            return new Verzoek("/api/v1/inzageverzoeken/" + ingediendInzageverzoek() + "/goedkeuring", null);
        }
        if (eerste.body() == null) {
            return new Verzoek("/api/v1/gemeenten/" + EIGEN + "/regelsets/" + concept() + "/publicatie", null);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> body = new HashMap<>((Map<String, Object>) eerste.body());
        switch (operatie) {
            case EXPLOITANT_AANMELDEN -> body.put("kvkNummer", Testdata.nieuwKvkNummer());
            case VERGUNNING_AANVRAGEN -> body.put("bedrijfstype", "MASSAGESALON");
            case VERGUNNINGBESLUIT, REGISTRATIEBESLUIT, BEHEERDERWIJZIGING_BESLUIT -> body.put("motivering", "Een andere motivering.");
            case BEHEERDERWIJZIGING_AANVRAGEN -> body.put("toevoegen", List.of(Testdata.beheerder()));
            case REGELSET_ONTWERPEN, KADER_VASTSTELLEN -> body.put("bron", "Een andere bron");
            case REGISTREREN -> body.put("identificatie", Personen.metBsn(Personen.bsn()));
            case INZAGEVERZOEK_INDIENEN -> body.putAll(inzageverzoek());
            case REGELSET_SIMULEREN -> body.put("regels", Map.of("minimumleeftijd", 22));
            case SIGNAAL_OVERDRAGEN -> body.put("indicatoren", List.of("SPOREN_VAN_GEWELD"));
            case CONTROLE_VASTLEGGEN -> body.put("soort", "ADMINISTRATIEF");
            case SANCTIE_OPLEGGEN -> body.put("motivering", "Een andere motivering.");
            case VERBEURTE -> body.put("bedrag", 200);
            case SIGNALEREN -> body.put("bron", "POLITIE");
            case SIGNALERING_AFSLUITEN -> body.put("uitkomst", "NIET_TRACEERBAAR");
            case ABONNEREN -> body.put("typen", List.of("nl.sekswerkregister.regelset.gepubliceerd"));
            case ONVOLLEDIG_VERKLAREN -> body.put("ontbrekendeStukken", List.of(Map.of("soort", "VOG")));
            case AANVULLEN -> body.put("aangevuldOp", vandaag().minusDays(1).toString());
            case VERDAGEN -> body.put("weken", 5);
            case BIBOB_STARTEN -> body.put("gestartOp", vandaag().minusDays(1).toString());
            case BIBOB_ADVIES_VRAGEN -> body.put("adviesGevraagdOp", vandaag().minusDays(1).toString());
            case BIBOB_ADVIES -> body.put("mateVanGevaar", "ERNSTIG");
            default -> throw new IllegalStateException(operatie.name());
        }
        return new Verzoek(eerste.pad(), body);
    }

    /** The case of a fresh application in EIGEN. */
    private static String zaak() {
        return "/api/v1/vergunningen/" + Testdata.aanvraag(EIGEN) + "/aanvraag";
    }

    private static Map<String, Object> onvolledigheid() {
        return Map.of("verzochtOp", vandaag().toString(), "hersteltermijnTot", vandaag().plusDays(14).toString(),
                "ontbrekendeStukken", List.of(Map.of("soort", "PLATTEGROND")));
    }

    /** A Bibob investigation just started on a fresh application in EIGEN. */
    private static String bibobOnderzoek() {
        return nl.sekswerkregister.support.Api.als(Rol.VERGUNNINGVERLENER, EIGEN)
                .body(Map.of("gestartOp", vandaag().toString())).post(zaak() + "/bibob-onderzoeken")
                .then().statusCode(201).extract().path("_links.self.href");
    }

    /** A draft for a year of this class's own, so that publishing it never overlaps another version. */
    private static Map<String, Object> regelset(String bron) {
        int jaar = Eigendom.jaar(IdempotenteOperatiesTest.class);
        return Map.of("geldigVanaf", jaar + "-01-01", "geldigTot", jaar + "-12-31", "bron", bron,
                "regels", Map.of("minimumleeftijd", 21));
    }

    /** The premises of a fresh application in EIGEN. */
    private static String vestiging() {
        String href = nl.sekswerkregister.support.Api.als(Rol.VERGUNNINGVERLENER, EIGEN)
                .get("/api/v1/vergunningen/" + Testdata.aanvraag(EIGEN)).then().statusCode(200)
                .extract().path("_links.vestiging.href");
        return href.substring(href.lastIndexOf('/') + 1);
    }

    private static int concept() {
        return Testdata.regelsetConcept(EIGEN, regelset("APV (publicatietest)"));
    }

    private static Map<String, Object> registratie() {
        Testdata.metRegistratieplicht(EIGEN);
        return Map.of("gemeenteCode", EIGEN, "identificatie", Personen.metBsn(Personen.bsn()),
                "geboortedatum", "1990-05-01", "intakedatum", vandaag().minusDays(1).toString());
    }

    /** An access request for a person registered in EIGEN. */
    private static Map<String, Object> inzageverzoek() {
        String bsn = Personen.bsn();
        var spec = nl.sekswerkregister.support.Api.als(Rol.VERGUNNINGVERLENER, EIGEN);
        REGISTRATIEKOPPEN.forEach(spec::header);
        spec.body(Map.of("gemeenteCode", EIGEN, "identificatie", Personen.metBsn(bsn), "geboortedatum", "1990-05-01",
                "intakedatum", vandaag().minusDays(1).toString())).post("/api/v1/registraties").then().statusCode(201);
        return Map.of("identificatie", Personen.metBsn(bsn));
    }

    /** An access request filed by the desk (another officer than the one who approves it). */
    private static String ingediendInzageverzoek() {
        var spec = nl.sekswerkregister.support.Api.als(Rol.VERGUNNINGVERLENER, EIGEN);
        REGISTRATIEKOPPEN.forEach(spec::header);
        return spec.body(inzageverzoek()).post("/api/v1/inzageverzoeken").then().statusCode(201).extract().path("id");
    }

    private static String geregistreerd() {
        var spec = nl.sekswerkregister.support.Api.als(Rol.VERGUNNINGVERLENER, EIGEN);
        REGISTRATIEKOPPEN.forEach(spec::header);
        return spec.body(registratie()).post("/api/v1/registraties").then().statusCode(201)
                .extract().path("registratienummer");
    }
}
