package nl.sekswerkregister.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.sekswerkregister.fuzz.mutaties.VreemdeToegang;
import nl.sekswerkregister.support.Personen;

/**
 * Valid requests for every operation, from the contract: path, query and header parameters with
 * valid values (the contract's examples, defaults and enums, real ids made through the API first,
 * a fresh Idempotency-Key and an ETag just read), a token of a role the operation's description
 * names, and a body from the media type's examples made real (fresh KvK numbers and identities,
 * dates that are valid today).
 */
final class Generator {

    static final String GM = Voorraad.GM;
    final Voorraad voorraad = new Voorraad();

    /** What the working requests of one operation share: real ids, a fresh ETag, a registered person. */
    static final class Basis {
        final Operatie op;
        final Map<String, String> padwaarden = new LinkedHashMap<>();
        String etag;
        String persoon;
        String exploitant;
        String beheerder;
        /** Premises named in a body (an inspection's), made before anything is sent. */
        String vestiging;
        /** For a forfeiture: an inspection after the penalty's compliance deadline. */
        String controleNaTermijn;
        /** For a sanction: premises of GM with a licence and an inspection, and a closure there to lift. */
        Voorraad.Sanctiezaak sanctiezaak;
        String sluiting;

        Basis(Operatie op) {
            this.op = op;
        }
    }

    Basis bereid(Operatie op) {
        Basis b = new Basis(op);
        boolean lezen = op.methode().equals("get");
        for (Parameter p : op.op("path")) {
            String waarde = switch (p.naam()) {
                case "exploitantId" -> b.exploitant = voorraad.exploitant();
                // Reading needs a decision to read; deciding or correcting needs an application.
                // A change of managers is of a granted licence.
                // A Bibob investigation belongs to an application still being decided, also to read one.
                case "vergunningnummer" -> (lezen || op.padsjabloon().contains("/beheerderwijzigingen"))
                        && !op.padsjabloon().contains("/bibob-onderzoeken/") ? voorraad.verleend() : voorraad.aanvraag();
                case "wijzigingId" -> voorraad.beheerderwijziging(b.padwaarden.get("vergunningnummer"));
                case "documentId" -> voorraad.document(b.padwaarden.get("vergunningnummer"));
                // Advice is recorded after it was asked for; asking is the step before it.
                case "onderzoekId" -> voorraad.bibobOnderzoek(b.padwaarden.get("vergunningnummer"),
                        op.padsjabloon().endsWith("/advies"));
                case "besluitId" -> voorraad.eersteBesluit(b.padwaarden.get("vergunningnummer"));
                case "versie" -> voorraad.regelsetConcept();
                case "registratienummer" -> voorraad.registratie(Personen.bsn());
                case "inzageverzoekId" -> voorraad.inzageverzoek();
                case "vestigingId" -> voorraad.vestiging();
                case "signaalId" -> voorraad.signaal();
                case "controleId" -> voorraad.controle();
                // A penalty past its deadline: readable, and open to a forfeiture.
                case "sanctieId" -> {
                    String[] dwangsom = voorraad.dwangsomNaTermijn();
                    b.controleNaTermijn = dwangsom[1];
                    yield dwangsom[0];
                }
                // Reading or closing a signal needs one (closing it twice is a 409, so a fresh one each time).
                case "signaleringId" -> voorraad.signalering();
                case "abonnementId" -> voorraad.abonnement();
                // A dead letter to replay (deliveries in the packaged service die at their first attempt).
                case "afleveringId" -> voorraad.doodeAflevering();
                default -> uitSchema(p.schema()).get(0);
            };
            b.padwaarden.put(p.naam(), waarde);
        }
        // Supplying missing items needs a case that was asked for them.
        if (op.padsjabloon().endsWith("/aanvraag/aanvullingen")) {
            voorraad.onvolledig(b.padwaarden.get("vergunningnummer"));
        }
        String voorbeelden = op.lichamen().stream().flatMap(l -> l.voorbeelden().stream()).map(JsonNode::toString)
                .reduce("", String::concat);
        if (b.exploitant == null && (op.parameter("exploitantId").isPresent() || voorbeelden.contains("\"exploitantId\""))) {
            b.exploitant = voorraad.exploitant();
        }
        if (voorbeelden.contains("\"vestigingId\"")) {
            b.vestiging = voorraad.onvergundeVestiging();
        }
        if (op.lichamen().stream().flatMap(l -> l.voorbeelden().stream())
                .anyMatch(vb -> vb.has("identificatie") && !vb.has("intakedatum"))) {
            // A lookup by identifier (search, access request) needs a person who is registered here.
            b.persoon = Personen.bsn();
            voorraad.registratie(b.persoon);
        }
        if (voorbeelden.contains("\"grondslagen\"")) {
            // Made here, before the request is sent: the fuzzer checks that a refused request wrote nothing.
            b.sanctiezaak = voorraad.sanctiezaak(Voorraad.VANDAAG.minusDays(1));
            if (voorbeelden.contains("\"opheffingVan\"")) {
                b.sluiting = voorraad.sluiting(b.sanctiezaak);
            }
        }
        String pad = padMet(op, b.padwaarden);
        if (voorbeelden.contains("\"pseudoniem\"") && b.padwaarden.containsKey("vergunningnummer")) {
            b.beheerder = voorraad.eersteBeheerder(pad);
        }
        if (op.parameter("If-Match").isPresent()) {
            b.etag = voorraad.etag(etagbron(op, pad));
        }
        return b;
    }

    /**
     * After a successful write to the resource: a fresh one, except where only the version moved
     * (a PATCH: the same resource with a new ETag, and its managers as they are now).
     */
    Basis ververs(Basis b) {
        if (b.etag == null || !"patch".equals(b.op.methode())) {
            // An action (POST) on a resource moves it on (a case asked for items cannot be asked again):
            // the next working request needs a fresh one.
            return bereid(b.op);
        }
        String pad = padMet(b.op, b.padwaarden);
        b.etag = voorraad.etag(pad);
        if (b.beheerder != null) {
            b.beheerder = voorraad.eersteBeheerder(pad);
        }
        return b;
    }

    /**
     * Where the version an If-Match names is read: the resource itself for a PATCH, the resource an action
     * acts on for a POST with an optional If-Match (POST .../aanvraag/verdagingen: the case .../aanvraag).
     */
    private static String etagbron(Operatie op, String pad) {
        return "patch".equals(op.methode()) ? pad : pad.substring(0, pad.lastIndexOf('/'));
    }

    /** The working request: required parameters at their first valid value, the first example as body. */
    Verzoek werkend(Basis b, String rol, Trekker t) {
        Operatie op = b.op;
        Verzoek v = new Verzoek(op);
        v.padwaarden.putAll(b.padwaarden);
        for (Parameter p : op.parameters()) {
            v.geldigeWaarden.put(p.sleutel(), geldigeWaarden(b, p, t));
        }
        // A document's content is the file itself (the fuzzer's documents are PDFs).
        v.zetKop("Accept", op.padsjabloon().endsWith("/inhoud") ? "application/pdf" : "application/json");
        if (!op.openbaar()) {
            v.zetKop("Authorization", "Bearer " + VreemdeToegang.token(rol,
                    Operaties.GEMEENTELIJK.contains(rol) ? GM : null));
        }
        for (Parameter p : op.parameters()) {
            // Every keyed operation's working request carries a fresh key: a 500 on every
            // retried registration went unseen because the old fuzzer sent none unless it mutated one.
            if (verstuurbaar(p) && (p.verplicht() || p.naam().equals("Idempotency-Key"))) {
                v.zet(p, v.geldigeWaarden(p).get(0));
            }
        }
        // A premises search takes exactly one of an address and a KvK number, which the contract says
        // in words (a schema cannot): the working request searches by the KvK number of its example.
        if (op.parameter("kvkNummer").isPresent() && op.parameter("postcode").isPresent()) {
            Parameter kvk = op.parameter("kvkNummer").get();
            v.zet(kvk, v.geldigeWaarden(kvk).get(0));
        }
        if (op.heeftBody()) {
            Lichaam l = op.lichamen().get(0);
            lichaam(v, b, l, l.voorbeelden().get(0), t);
        }
        v.basis = true;
        return v;
    }

    /** A valid variant: the optional parameters at random valid values, any body and example of the contract. */
    Verzoek variant(Basis b, String rol, Trekker t) {
        Verzoek v = werkend(b, rol, t);
        v.basis = false;
        for (Parameter p : b.op.parameters()) {
            if (verstuurbaar(p) && t.kans(1, 2)) {
                v.zet(p, t.kies(v.geldigeWaarden(p)));
            }
        }
        if (b.op.heeftBody()) {
            Lichaam l = t.kies(b.op.lichamen());
            lichaam(v, b, l, t.kies(l.voorbeelden()), t);
            if (t.kans(1, 2)) {
                andereEnumwaarde(v, t);
            }
        }
        return v;
    }

    /** A valid variant with this one optional parameter set, so that each is sent valid at least once. */
    Verzoek metParameter(Basis b, String rol, Parameter p, Trekker t) {
        Verzoek v = werkend(b, rol, t);
        v.basis = false;
        v.zet(p, t.kies(v.geldigeWaarden(p)));
        return v;
    }

    /** A valid variant with this body and example of the contract. */
    Verzoek metLichaam(Basis b, String rol, Lichaam l, JsonNode voorbeeld, Trekker t) {
        Verzoek v = werkend(b, rol, t);
        v.basis = false;
        lichaam(v, b, l, voorbeeld, t);
        return v;
    }

    private void lichaam(Verzoek v, Basis b, Lichaam l, JsonNode voorbeeld, Trekker t) {
        JsonNode body = voorbeeld.deepCopy();
        maakEcht(b, body, body.has("intakedatum"), t);
        v.lichaam = l;
        v.json = body;
        v.tekst = null;
        v.bytes = null;
        v.zetKop("Content-Type", l.mediatype());
    }

    /** Another value from an enum the schema gives a text in the body: still valid, another path through the code. */
    private static void andereEnumwaarde(Verzoek v, Trekker t) {
        List<Plek> enums = Plek.van(v).stream().filter(p -> Schema.los(p.schema).has("enum")).toList();
        if (!enums.isEmpty()) {
            Plek plek = t.kies(enums);
            plek.zet(Schema.los(plek.schema).get("enum").get(t.getal(Schema.los(plek.schema).get("enum").size())));
        }
    }

    /**
     * Makes an example real: fresh KvK numbers and identities where something is created, the
     * registered person where one is looked up, real ids, dates that are valid today.
     */
    private void maakEcht(Basis b, JsonNode node, boolean registreert, Trekker t) {
        if (node instanceof ObjectNode o) {
            if (o.path("kvkNummer").isTextual()) {
                o.put("kvkNummer", nl.sekswerkregister.support.Testdata.nieuwKvkNummer());
            }
            if (o.has("bsn")) {
                o.put("bsn", registreert || b.persoon == null ? Personen.bsn() : b.persoon);
            }
            if (o.path("document").has("nummer")) {
                ((ObjectNode) o.get("document")).put("nummer", "FZ" + t.tekens("0123456789", 7));
            }
            // The registration examples name Groningen, whose researched rule set has a registration
            // duty; the fuzzed service registers in GM, where Voorraad publishes one.
            if ("GM0014".equals(o.path("gemeenteCode").asText())) {
                o.put("gemeenteCode", GM);
            }
            if (registreert && o.has("gemeenteCode")) {
                nl.sekswerkregister.support.Testdata.metRegistratieplicht(GM);
            }
            // A checkpoint to verify against must carry this service's own signature: the newest one.
            if (o.has("handtekening") && o.has("sleutelId")) {
                voorraad.checkpoint().fields().forEachRemaining(veld -> {
                    if (o.has(veld.getKey())) {
                        o.set(veld.getKey(), veld.getValue());
                    }
                });
            }
            // A signal names premises of the fuzzer's own municipality, and a day that has been.
            if (o.has("indicatoren") && o.has("vestigingId") && b.vestiging == null) {
                o.put("vestigingId", voorraad.vestiging());
            }
            if (o.has("indicatoren") && o.has("datum")) {
                o.put("datum", Voorraad.VANDAAG.toString());
            }
            // An inspection's premises: real ones of GM, made in bereid (a write here would count as the
            // request's own).
            if (o.path("vestigingId").isTextual() && b.vestiging != null) {
                o.put("vestigingId", b.vestiging);
            }
            if (o.has("exploitantId") && b.exploitant != null) {
                o.put("exploitantId", b.exploitant);
            }
            if (o.has("pseudoniem") && b.beheerder != null) {
                o.put("pseudoniem", b.beheerder);
            }
            if (o.has("ingangsdatum")) {
                o.put("ingangsdatum", Voorraad.VANDAAG.toString());
            }
            // An ordinary application: a transfer needs another operator's licence in force (OvernameEnGrondTest).
            o.remove("overnameVan");
            // The steps of a case happen on or after its receipt (the fuzzer's applications are received today).
            for (String stapdatum : List.of("verzochtOp", "aangevuldOp", "verdaagdOp", "gestartOp", "adviesGevraagdOp",
                    "adviesOntvangenOp")) {
                if (o.has(stapdatum)) {
                    o.put(stapdatum, Voorraad.VANDAAG.toString());
                }
            }
            if (o.has("hersteltermijnTot")) {
                o.put("hersteltermijnTot", Voorraad.VANDAAG.plusDays(14).toString());
            }
            if (o.has("intakedatum")) {
                o.put("intakedatum", Voorraad.VANDAAG.minusDays(1).toString());
            }
            if (o.has("besluittype") && o.has("geldigTot")) {
                o.put("geldigTot", Voorraad.VANDAAG.plusYears(5).toString());
            }
            if (o.has("soort") && o.has("vestigingId") && o.has("grondslagen") && b.sanctiezaak != null) {
                sanctieEcht(o, b);
            }
            if (o.has("controleId") && b.controleNaTermijn != null) {
                o.put("controleId", b.controleNaTermijn);
                o.put("datum", Voorraad.VANDAAG.toString());
            }
        }
        for (JsonNode kind : node) {
            maakEcht(b, kind, registreert, t);
        }
    }

    /**
     * A sanction example made real with what {@link #bereid} made: premises of GM with an inspection there
     * yesterday, the licence at them, today's notification and a closure or deadline after it; a lifting
     * lifts the closure made there.
     */
    private static void sanctieEcht(ObjectNode o, Basis b) {
        Voorraad.Sanctiezaak zaak = b.sanctiezaak;
        o.put("vestigingId", zaak.vestigingId());
        if (o.has("vergunningnummer")) {
            o.put("vergunningnummer", zaak.vergunningnummer());
        }
        if (o.has("controles")) {
            o.putArray("controles").add(zaak.controle().controleId().toString());
        }
        if (o.has("bevindingen")) {
            o.putArray("bevindingen").add(zaak.controle().bevinding().toString());
        }
        o.put("bekendgemaaktOp", Voorraad.VANDAAG.toString());
        if (o.has("begunstigingstermijnTot")) {
            o.put("begunstigingstermijnTot", Voorraad.VANDAAG.plusDays(14).toString());
        }
        if (o.has("einddatum")) {
            o.put("einddatum", Voorraad.VANDAAG.plusDays(14).toString());
        }
        if (o.has("opheffingVan") && b.sluiting != null) {
            o.put("opheffingVan", b.sluiting);
        }
    }

    /** A query or header parameter: what the generator sets (path values come with the resource). */
    static boolean verstuurbaar(Parameter p) {
        return p.plek().equals("query") || p.plek().equals("header");
    }

    /** Valid values of a parameter, the working one first. */
    List<String> geldigeWaarden(Basis b, Parameter p, Trekker t) {
        if (p.plek().equals("path")) {
            return List.of(b.padwaarden.get(p.naam()));
        }
        if (!verstuurbaar(p)) {
            return List.of();
        }
        List<String> waarden = new ArrayList<>();
        switch (p.naam()) {
            case "Idempotency-Key" -> waarden.add("fuzz-" + UUID.randomUUID());
            case "If-Match" -> waarden.add(b.etag);
            case "traceparent" -> waarden.add("00-" + t.tekens("0123456789abcdef", 32) + "-"
                    + t.tekens("0123456789abcdef", 16) + "-01");
            case "gemeenteCode" -> waarden.add(GM);
            case "exploitantId" -> waarden.add(b.exploitant);
            default -> {
            }
        }
        for (String w : uitSchema(p.schema())) {
            if (!waarden.contains(w) && !p.naam().equals("If-Match") && !p.naam().equals("Idempotency-Key")) {
                waarden.add(w);
            }
        }
        if (waarden.isEmpty()) {
            throw new IllegalStateException("geen geldige waarde bekend voor " + b.op.naam() + " " + p.sleutel()
                    + ": geef het een example in het contract");
        }
        return waarden;
    }

    /** Valid values from a schema: its example, its default, every enum value, the ends of its range. */
    static List<String> uitSchema(JsonNode schema) {
        JsonNode s = Schema.los(schema);
        List<String> waarden = new ArrayList<>();
        if (s.has("example")) {
            waarden.add(s.get("example").asText());
        }
        if (s.has("default")) {
            waarden.add(s.get("default").asText());
        }
        s.path("enum").forEach(e -> waarden.add(e.asText()));
        if (s.has("minimum")) {
            waarden.add(s.get("minimum").asText());
        }
        if (s.has("maximum")) {
            waarden.add(s.get("maximum").asText());
        }
        if (Schema.formaat(s).equals("date")) {
            waarden.add(Voorraad.VANDAAG.toString());
        }
        if (Schema.type(s).equals("string") && !s.has("pattern") && !s.has("enum") && !Schema.formaat(s).equals("date")
                && s.path("minLength").asInt(0) <= 20 && s.path("maxLength").asInt(200) >= 20) {
            waarden.add("Fuzzer: geldige tekst");
        }
        return waarden.stream().distinct().toList();
    }

    static String padMet(Operatie op, Map<String, String> waarden) {
        String pad = op.padsjabloon();
        for (Map.Entry<String, String> e : waarden.entrySet()) {
            pad = pad.replace("{" + e.getKey() + "}", e.getValue());
        }
        return pad;
    }
}
