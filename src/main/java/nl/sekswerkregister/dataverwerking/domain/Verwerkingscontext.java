package nl.sekswerkregister.dataverwerking.domain;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import nl.sekswerkregister.common.invoer.Invoerfouten;
import nl.sekswerkregister.privacy.GeenPersoonsnummer;
import nl.sekswerkregister.privacy.Persoonsnummers;

/**
 * Why and as part of what a client processes registration data: purpose (X-Doelbinding) and
 * processing activity (X-Verwerkingsactiviteit) from the client, trace and span from W3C
 * traceparent (a fresh trace when the client sends none), so a log entry can be tied to the
 * client's own log.
 */
public record Verwerkingscontext(String doelbinding, String verwerkingsactiviteit, String traceId, String spanId) {

    public static final String DOELBINDING = "X-Doelbinding";
    public static final String VERWERKINGSACTIVITEIT = "X-Verwerkingsactiviteit";
    private static final Pattern TEKST = Pattern.compile("[\\p{L}\\p{N} .,:;_/()'-]{3,200}");
    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public static Verwerkingscontext lees(String doelbinding, String activiteit, String traceparent) {
        Invoerfouten fouten = new Invoerfouten();
        controleer(fouten, DOELBINDING, doelbinding);
        controleer(fouten, VERWERKINGSACTIVITEIT, activiteit);
        fouten.valideer();
        var m = traceparent == null ? null : TRACEPARENT.matcher(traceparent.trim());
        boolean geldig = m != null && m.matches() && !m.group(1).matches("0+") && !m.group(2).matches("0+");
        return new Verwerkingscontext(doelbinding.strip(), activiteit.strip(),
                geldig ? m.group(1) : willekeurig(16), willekeurig(8));
    }

    /**
     * For an operation where the purpose is optional (the status check without an address): what is
     * sent must still be well-formed, so that a client learns of a malformed purpose before it sends one
     * that counts; what is missing is fine.
     */
    public static void controleerIndienGegeven(String doelbinding, String activiteit) {
        Invoerfouten fouten = new Invoerfouten();
        if (doelbinding != null) {
            controleer(fouten, DOELBINDING, doelbinding);
        }
        if (activiteit != null) {
            controleer(fouten, VERWERKINGSACTIVITEIT, activiteit);
        }
        fouten.valideer();
    }

    private static void controleer(Invoerfouten fouten, String header, String waarde) {
        if (waarde == null || waarde.isBlank()) {
            fouten.fout(header, "verplicht", "Elke verwerking van registratiegegevens vraagt een doel en een "
                    + "verwerkingsactiviteit (Logboek Dataverwerkingen); zet deze header.");
        } else if (!TEKST.matcher(waarde.strip()).matches()) {
            fouten.fout(header, "patroon", "3 tot 200 letters, cijfers, spaties of leestekens.");
        } else if (Persoonsnummers.bevatPersoonsnummer(waarde)) {
            // The log is append-only: a BSN stored in it could never be removed again.
            fouten.fout(header, "persoonsgegeven", GeenPersoonsnummer.BERICHT);
        }
    }

    private static String willekeurig(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
