package nl.sekswerkregister.fuzz;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The checks on every answer. Whatever was sent: no 5xx; every 4xx is problem+json with a sound
 * body, without traces of the implementation and without the distinctive pieces of hostile input
 * that were sent; the answer matches the contract. On top of that, a request the contract forbids
 * (by the same validator the suite uses, support/Contract) may not be answered 2xx, and the
 * unmutated working request must be valid under the contract and succeed.
 */
final class Keuring {

    static final ObjectMapper JSON = new ObjectMapper();
    /** What an error body must never contain: traces of the implementation. */
    static final List<String> LEKKEN = List.of("java.", "jakarta.", "org.hibernate", "Exception", "org.postgresql",
            "io.vertx", "io.quarkus", "io.netty", "com.fasterxml", "at nl.sekswerkregister", "PSQL", "SQLState");
    /** Distinctive pieces of hostile input (see mutaties/Injectie); an error that repeats one echoes input. */
    static final List<String> MERKTEKENS = List.of("<script", "1=1", "pg_shadow", "jndi:", "DROP TABLE", "onerror=",
            "{{7*7}}", "zqxj");

    private final OpenApiInteractionValidator validator =
            OpenApiInteractionValidator.createForSpecificationUrl("openapi/openapi.yaml").build();

    /** What is wrong with this answer to this request; empty if nothing. */
    List<String> keur(Verzoek v, Antwoord a) {
        List<String> fouten = new ArrayList<>();
        List<String> verzoekfouten = verzoekfouten(v);
        if (v.basis) {
            if (!verzoekfouten.isEmpty()) {
                fouten.add("het werkende verzoek van de generator is volgens het contract ongeldig: " + verzoekfouten);
            }
            if (!a.is2xx()) {
                fouten.add("het ongemuteerde verzoek faalt met " + a.status());
            }
        } else if (a.is2xx()) {
            for (String melding : verzoekfouten) {
                if (Uitzonderingen.waarom(v, melding) == null) {
                    fouten.add("aanvaard (" + a.status() + ") terwijl het contract dit verzoek verbiedt: "
                            + Verzoek.knip(melding, 300));
                }
            }
        }
        if (v.verwacht != null && v.mutaties.size() == 1 && !v.verwacht.test(a.status())) {
            fouten.add("status " + a.status() + ", verwacht: " + v.verwachting);
        }
        if (v.weigering != null && a.status() < 400 && Uitzonderingen.waaromToch(v) == null) {
            fouten.add("aanvaard (" + a.status() + "), maar " + v.weigering);
        }
        if (a.status() >= 500) {
            fouten.add("5xx: " + a.status());
        } else if (a.status() < 200 || (a.status() >= 300 && a.status() < 400)) {
            fouten.add("onverwachte status " + a.status());
        }
        byte[] body = v.lichaamBytes();
        if (body != null && body.length > 65_536 && a.is2xx()) {
            fouten.add("body van " + body.length + " bytes aanvaard boven de grens van 64 KiB");
        }
        if (transportweigering(v, a)) {
            // Refused by the HTTP layer before the API (the contract's info names these): there is no
            // API answer to check, only that nothing was written.
            return fouten;
        }
        if (a.status() >= 400) {
            String type = a.kop("content-type");
            if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/problem+json")) {
                fouten.add("fout " + a.status() + " zonder application/problem+json (Content-Type: " + type + ")");
            } else if (!v.methode.equals("HEAD")) {
                String probleem = probleemFout(a);
                if (probleem != null) {
                    fouten.add("ongeldig probleem bij " + a.status() + ": " + probleem);
                }
            }
            for (String lek : LEKKEN) {
                if (a.body().contains(lek)) {
                    fouten.add("foutantwoord " + a.status() + " bevat '" + lek + "'");
                }
            }
            String verzonden = v.volledigeTekst();
            for (String merk : MERKTEKENS) {
                if (verzonden.contains(merk) && a.body().contains(merk)) {
                    fouten.add("foutantwoord " + a.status() + " herhaalt '" + merk + "' uit het verzoek");
                }
            }
            for (String merk : v.merktekens) {
                if (a.body().contains(merk)) {
                    fouten.add("foutantwoord " + a.status() + " herhaalt de ingestuurde waarde '" + merk + "'");
                }
            }
        }
        String sjabloon = v.operatie.sjabloon();
        boolean overalTeLezen = sjabloon.equals("/openapi.json") || sjabloon.startsWith("/openbaar/")
                || sjabloon.startsWith("/statistieken/");
        if (a.kop("Access-Control-Allow-Origin") != null && !overalTeLezen) {
            // Only the contract and open data may be read from any origin (README, API conventions, Open data).
            fouten.add("Access-Control-Allow-Origin op " + sjabloon + ": alleen het contract en open data mogen dat");
        }
        String contract = antwoordfouten(v, a);
        if (contract != null) {
            fouten.add("antwoord wijkt af van het contract: " + contract);
        }
        return fouten;
    }

    /** A request line over 16 KiB (414) or headers over 32 KiB (431): the contract leaves these to the HTTP layer. */
    static boolean transportweigering(Verzoek v, Antwoord a) {
        int koppen = v.koppen.stream().mapToInt(k -> k[0].length() + Client.opDeDraad(k[1]).length() + 4).sum();
        return (a.status() == 414 && v.doel().length() > 16_000) || (a.status() == 431 && koppen > 32_000);
    }

    /** The contract's objections to the request itself (ERROR level); empty if it is a valid request. */
    List<String> verzoekfouten(Verzoek v) {
        Request.Method methode;
        try {
            methode = Request.Method.valueOf(v.methode);
        } catch (IllegalArgumentException e) {
            return List.of("methode " + v.methode + " bestaat niet in het contract");
        }
        SimpleRequest.Builder r = new SimpleRequest.Builder(methode, v.pad());
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (String[] q : v.query) {
            query.computeIfAbsent(q[0], k -> new ArrayList<>()).add(q[1] == null ? "" : q[1]);
        }
        query.forEach(r::withQueryParam);
        Map<String, List<String>> koppen = new LinkedHashMap<>();
        for (String[] k : v.koppen) {
            // JSON has no charset parameter; one "has no effect on compliant recipients" (RFC 8259 11).
            String waarde = k[0].equalsIgnoreCase("Content-Type") ? k[1].replaceAll("(?i);\\s*charset=[^;]*", "") : k[1];
            koppen.computeIfAbsent(k[0], n -> new ArrayList<>()).add(waarde);
        }
        koppen.forEach(r::withHeader);
        byte[] body = v.lichaamBytes();
        if (body != null) {
            r.withBody(new String(body, StandardCharsets.UTF_8));
        }
        try {
            return validator.validateRequest(r.build()).getMessages().stream()
                    .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                    .map(m -> m.getKey() + ": " + m.getMessage())
                    .toList();
        } catch (RuntimeException e) {
            // The validator cannot even read it (a charset that does not exist): no valid request.
            return List.of("onleesbaar voor de validator: " + e);
        }
    }

    private String antwoordfouten(Verzoek v, Antwoord a) {
        Request.Method methode;
        try {
            methode = Request.Method.valueOf(v.methode);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (a.status() == 200 && v.operatie.sjabloon().equals("/openapi.json")) {
            // The contract itself; ContractDriftTest compares it with the committed file.
            return null;
        }
        if (v.padwaarden.values().stream().anyMatch(w -> w.isEmpty() || w.equals(".") || w.equals(".."))) {
            // An empty or dot segment is path syntax, not a value: the server normalises it away
            // (RFC 3986 5.2.4) and answers for another resource (or none: a trailing slash is 404 by
            // design, as in support/Contract), which the validator would hold against this operation.
            return null;
        }
        SimpleResponse.Builder r = SimpleResponse.Builder.status(a.status()).withBody(a.body());
        a.koppen().forEach((naam, waarden) -> r.withHeader(naam, waarden));
        List<String> fouten = validator.validateResponse(v.pad(), methode, r.build()).getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                // A method the path does not have (405): no operation to validate against.
                .filter(m -> !m.getKey().endsWith("path.missing") && !m.getKey().endsWith("operation.notAllowed"))
                .map(m -> m.getKey() + ": " + Verzoek.knip(m.getMessage(), 200))
                .toList();
        return fouten.isEmpty() ? null : String.join("; ", fouten);
    }

    static String probleemFout(Antwoord a) {
        JsonNode p;
        try {
            p = JSON.readTree(a.body());
        } catch (IOException e) {
            return "body is geen JSON";
        }
        if (p == null || !p.isObject()) {
            return "body is geen JSON-object";
        }
        List<String> fouten = new ArrayList<>();
        for (String veld : List.of("type", "title", "detail", "code")) {
            if (!p.path(veld).isTextual() || p.path(veld).asText().isBlank()) {
                fouten.add(veld + " ontbreekt");
            }
        }
        if (!p.path("status").isInt() || p.path("status").asInt() != a.status()) {
            fouten.add("status " + p.path("status") + " is niet de HTTP-status " + a.status());
        }
        return fouten.isEmpty() ? null : String.join(", ", fouten);
    }
}
