package nl.sekswerkregister.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sekswerkregister.support.Contract;
import nl.sekswerkregister.support.Voorbeelden;

/** Every operation of openapi/openapi.yaml, read from the contract and nothing else. */
public final class Operaties {

    static final Set<String> METHODEN = Set.of("get", "post", "put", "patch", "delete", "head", "options", "trace");
    /** The roles of the token's groups claim, as the contract and README name them. */
    public static final List<String> ROLLEN = List.of("vergunningverlener", "handhaver", "beleidsmedewerker", "auditor",
            "landelijk-beheerder", "verificateur", "betrokkene", "riec", "politie", "handhavingsjurist");
    /** The roles whose rights depend on the token's gemeente claim (README, Security). */
    public static final List<String> GEMEENTELIJK = List.of("vergunningverlener", "handhaver", "beleidsmedewerker",
            "handhavingsjurist");
    private static final Pattern ROL = Pattern.compile("`([a-z-]+)`");

    private Operaties() {
    }

    public static List<Operatie> uitContract() {
        JsonNode contract = Contract.document();
        List<Operatie> lijst = new ArrayList<>();
        contract.path("paths").fields().forEachRemaining(pad -> pad.getValue().fields().forEachRemaining(o -> {
            if (!METHODEN.contains(o.getKey())) {
                return;
            }
            JsonNode op = o.getValue();
            String naam = o.getKey().toUpperCase(Locale.ROOT) + " " + pad.getKey();
            // Path-level parameters apply to every operation of the path; an operation's own one with
            // the same name and location replaces it (OpenAPI 3.0, "parameters").
            Map<String, Parameter> parameters = new LinkedHashMap<>();
            for (JsonNode bron : List.of(pad.getValue().path("parameters"), op.path("parameters"))) {
                for (JsonNode p : bron) {
                    JsonNode param = Contract.los(contract, p);
                    Parameter parameter = new Parameter(param.path("name").asText(), param.path("in").asText(),
                            param.path("required").asBoolean(false), Schema.los(param.path("schema")),
                            param.path("description").asText(""));
                    parameters.put(parameter.sleutel().toLowerCase(Locale.ROOT), parameter);
                }
            }
            List<Lichaam> lichamen = new ArrayList<>();
            op.path("requestBody").path("content").fields().forEachRemaining(m -> {
                List<JsonNode> voorbeelden = new ArrayList<>();
                if (m.getValue().has("example")) {
                    voorbeelden.add(m.getValue().get("example"));
                }
                m.getValue().path("examples").forEach(v -> {
                    JsonNode voorbeeld = Contract.los(contract, v);
                    if (voorbeeld.has("value")) {
                        voorbeelden.add(voorbeeld.get("value"));
                    }
                });
                if (voorbeelden.isEmpty() && Voorbeelden.isBinair(m.getValue())) {
                    // A raw file without an example (see Voorbeelden.isBinair): fuzzed through the media type
                    // that has one; RauweInvoerIT sends raw bytes.
                    return;
                }
                if (voorbeelden.isEmpty()) {
                    voorbeelden.add(Voorbeelden.van(contract, m.getValue()).orElseThrow(() ->
                            new IllegalStateException("geen voorbeeld voor " + naam + " " + m.getKey())));
                }
                lichamen.add(new Lichaam(m.getKey(), Schema.los(m.getValue().path("schema")), List.copyOf(voorbeelden)));
            });
            boolean openbaar = op.has("security") && op.get("security").isEmpty();
            List<String> rollen = openbaar ? List.of() : rollen(op.path("description").asText());
            if (!openbaar && rollen.isEmpty()) {
                throw new IllegalStateException(naam + " noemt in zijn beschrijving geen rollen (**Rollen:**)");
            }
            lijst.add(new Operatie(o.getKey(), pad.getKey(), rollen, openbaar, List.copyOf(parameters.values()),
                    List.copyOf(lichamen)));
        }));
        return lijst;
    }

    /** The roles the description's "**Rollen:**" paragraph names, in its order. */
    static List<String> rollen(String beschrijving) {
        int i = beschrijving.indexOf("**Rollen:**");
        if (i < 0) {
            return List.of();
        }
        int einde = beschrijving.indexOf("\n\n", i);
        Matcher m = ROL.matcher(beschrijving.substring(i, einde < 0 ? beschrijving.length() : einde));
        List<String> rollen = new ArrayList<>();
        while (m.find()) {
            if (ROLLEN.contains(m.group(1)) && !rollen.contains(m.group(1))) {
                rollen.add(m.group(1));
            }
        }
        return List.copyOf(rollen);
    }
}
