package nl.sekswerkregister.fuzz;

import java.util.List;
import java.util.Map;

/** An answer: status, headers (names in lower case) and body as text. */
public record Antwoord(int status, Map<String, List<String>> koppen, String body) {

    public boolean is2xx() {
        return status >= 200 && status < 300;
    }

    public String kop(String naam) {
        return koppen.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(naam))
                .map(e -> e.getValue().isEmpty() ? "" : e.getValue().get(0)).findFirst().orElse(null);
    }
}
