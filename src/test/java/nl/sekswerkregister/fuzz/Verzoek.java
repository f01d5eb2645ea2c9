package nl.sekswerkregister.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * One request of one operation, as the generator builds it and the mutations change it. Values are
 * kept as the client means them (decoded); {@link #doel()} percent-encodes path and query values as
 * UTF-8, and {@link Client} puts header values on the wire as UTF-8. The body is a JSON tree until a
 * mutation works on its text ({@link #alsTekst}) or bytes.
 */
public final class Verzoek {

    private static final ObjectMapper JSON = new ObjectMapper();

    public final Operatie operatie;
    public String methode;
    final Map<String, String> padwaarden = new LinkedHashMap<>();
    /** Name and value; a value of null is a parameter without "=" ({@code ?page}). */
    final List<String[]> query = new ArrayList<>();
    final List<String[]> koppen = new ArrayList<>();
    public Lichaam lichaam;
    public JsonNode json;
    public String tekst;
    public byte[] bytes;
    private final List<String> ruw = new ArrayList<>();

    /** What the mutations did, for the report. */
    public final List<String> mutaties = new ArrayList<>();
    /** The kinds of mutation applied ({@code Mutatie.naam()}), for the coverage report. */
    public final List<String> soorten = new ArrayList<>();
    /** The parameters ({@link Parameter#sleutel()}) and "body" that a mutation changed. */
    public final Set<String> gemuteerd = new LinkedHashSet<>();
    /** The working request, unmutated: it must succeed and be valid under the contract. */
    boolean basis;
    /** A role the operation's description names, acting in its own municipality: it may not get 403. */
    String rolUitBeschrijving;
    /** What a mutation knows the answer must be when it is the only one (401 without a token), with why. */
    String verwachting;
    IntPredicate verwacht;
    /** Why the request must be refused (4xx) whatever else was changed; null if nothing says so. */
    String weigering;
    /** Values sent that an error may never repeat (errors name fields, never values). */
    public final Set<String> merktekens = new LinkedHashSet<>();
    /** Valid values per parameter ({@link Parameter#sleutel()}), from the generator. */
    final Map<String, List<String>> geldigeWaarden = new LinkedHashMap<>();

    Verzoek(Operatie operatie) {
        this.operatie = operatie;
        this.methode = operatie.methode().toUpperCase(Locale.ROOT);
    }

    // ---- what mutations use ----

    public void mutatie(String beschrijving) {
        mutaties.add(beschrijving);
    }

    public void gemuteerd(Parameter p, String beschrijving) {
        gemuteerd.add(p.sleutel());
        mutaties.add(p.sleutel() + ": " + beschrijving);
    }

    public void lichaamGemuteerd(String beschrijving) {
        gemuteerd.add("body");
        mutaties.add("body: " + beschrijving);
    }

    /**
     * What the answer must be if this is the request's only mutation (with more, another fault may be
     * refused first: a 415 before a 401, say).
     */
    public void verwacht(String waarom, IntPredicate test) {
        verwachting = waarom;
        verwacht = test;
    }

    /** The request must be refused (4xx), whatever else it carries. */
    public void moetGeweigerd(String waarom) {
        if (weigering == null) {
            weigering = waarom;
        }
    }

    /** Valid values of a parameter as the generator knows them (real ids, the contract's examples). */
    public List<String> geldigeWaarden(Parameter p) {
        return geldigeWaarden.getOrDefault(p.sleutel(), List.of());
    }

    /** The parameter's current value, or null if the request does not carry it. */
    public boolean draagt(Parameter p) {
        return waarde(p) != null;
    }

    public String waarde(Parameter p) {
        return switch (p.plek()) {
            case "path" -> padwaarden.get(p.naam());
            case "query" -> query.stream().filter(q -> q[0].equals(p.naam())).map(q -> q[1]).findFirst().orElse(null);
            case "header" -> kop(p.naam());
            default -> null;
        };
    }

    /** Sets a parameter wherever it lives; null removes it (a path parameter becomes empty). */
    public void zet(Parameter p, String waarde) {
        switch (p.plek()) {
            case "path" -> padwaarden.put(p.naam(), waarde == null ? "" : waarde);
            case "query" -> {
                query.removeIf(q -> q[0].equals(p.naam()));
                if (waarde != null) {
                    query.add(new String[] {p.naam(), waarde});
                }
            }
            case "header" -> {
                weg(p.naam());
                if (waarde != null) {
                    voegKopToe(p.naam(), waarde);
                }
            }
            // A cookie parameter: the fuzzer cannot send it yet, and Dekking reports it as a gap.
            default -> throw new IllegalArgumentException("parameter in " + p.plek() + ": " + p.naam());
        }
    }

    public void voegQueryToe(String naam, String waarde) {
        query.add(new String[] {naam, waarde});
    }

    public String kop(String naam) {
        return koppen.stream().filter(k -> k[0].equalsIgnoreCase(naam)).map(k -> k[1]).findFirst().orElse(null);
    }

    public void zetKop(String naam, String waarde) {
        weg(naam);
        voegKopToe(naam, waarde);
    }

    public void voegKopToe(String naam, String waarde) {
        koppen.add(new String[] {naam, waarde});
    }

    public void weg(String kop) {
        koppen.removeIf(k -> k[0].equalsIgnoreCase(kop));
    }

    public boolean heeftLichaam() {
        return json != null || tekst != null || bytes != null;
    }

    /** Drops the body and its Content-Type (for a method that takes none). */
    public void zonderLichaam() {
        json = null;
        tekst = null;
        bytes = null;
        weg("Content-Type");
    }

    /** A placeholder for raw JSON text (what a tree cannot hold: 1e309, a lone surrogate), put in on serialising. */
    public TextNode ruw(String jsonTekst) {
        ruw.add(jsonTekst);
        return TextNode.valueOf("\u00A7\u00A7" + (ruw.size() - 1) + "\u00A7\u00A7");
    }

    /** The body as text from now on, for mutations of its syntax. */
    public String alsTekst() {
        if (tekst == null && json != null) {
            tekst = serialiseer();
        }
        return tekst;
    }

    private String serialiseer() {
        if (json.isTextual() && lichaam != null && "binary".equals(lichaam.schema().path("format").asText())) {
            // A raw file (a document's upload): the example's text is the body, not a JSON string.
            return json.asText();
        }
        String t;
        try {
            t = JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        for (int i = ruw.size() - 1; i >= 0; i--) {
            t = t.replace("\"\u00A7\u00A7" + i + "\u00A7\u00A7\"", ruw.get(i));
        }
        return t;
    }

    // ---- what goes on the wire ----

    /** The path as sent: the contract's path with every value percent-encoded. */
    public String pad() {
        String pad = operatie.padsjabloon();
        for (Map.Entry<String, String> e : padwaarden.entrySet()) {
            pad = pad.replace("{" + e.getKey() + "}", codeer(e.getValue()));
        }
        return pad;
    }

    public String querystring() {
        List<String> delen = new ArrayList<>();
        for (String[] q : query) {
            delen.add(codeer(q[0]) + (q[1] == null ? "" : "=" + codeer(q[1])));
        }
        return String.join("&", delen);
    }

    public String doel() {
        return pad() + (query.isEmpty() ? "" : "?" + querystring());
    }

    public byte[] lichaamBytes() {
        if (bytes != null) {
            return bytes;
        }
        String t = tekst != null ? tekst : json != null ? serialiseer() : null;
        return t == null ? null : t.getBytes(StandardCharsets.UTF_8);
    }

    /** Percent-encodes everything but the unreserved characters, as UTF-8: always a valid URI. */
    static String codeer(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format("%02X", c));
            }
        }
        return sb.toString();
    }

    /** The exact request, for a finding: method, target, every header, the body (long ones cut). */
    public String beschrijving() {
        StringBuilder sb = new StringBuilder(methode).append(' ').append(knip(doel(), 400)).append(" HTTP/1.1");
        for (String[] k : koppen) {
            String waarde = k[0].equalsIgnoreCase("Authorization") && k[1].length() > 60
                    ? k[1].substring(0, 40) + "...(" + k[1].length() + " tekens)" : k[1];
            sb.append("\n      ").append(k[0]).append(": ").append(knip(waarde, 300));
        }
        byte[] b = lichaamBytes();
        if (b != null) {
            sb.append("\n      (").append(b.length).append(" bytes) ").append(knip(new String(b, StandardCharsets.UTF_8), 1200));
        }
        return sb.toString();
    }

    /** Everything sent, uncut: to look for pieces of it in an answer. */
    String volledigeTekst() {
        StringBuilder sb = new StringBuilder(methode).append(' ').append(doel());
        query.forEach(q -> sb.append('\n').append(q[0]).append('=').append(q[1]));
        padwaarden.values().forEach(w -> sb.append('\n').append(w));
        koppen.forEach(k -> sb.append('\n').append(k[0]).append(": ").append(k[1]));
        byte[] b = lichaamBytes();
        if (b != null) {
            sb.append('\n').append(new String(b, StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    static String knip(String s, int max) {
        String zichtbaar = s.replace("\r", "\\r").replace("\n", "\\n");
        return zichtbaar.length() <= max ? zichtbaar
                : zichtbaar.substring(0, max) + "...(" + zichtbaar.length() + " tekens)";
    }
}
