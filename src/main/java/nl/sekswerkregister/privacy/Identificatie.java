package nl.sekswerkregister.privacy;

/**
 * How a person is identified at the desk: a BSN, or a foreign identity document for people without
 * one. Held only in memory for the length of a request, to compute pseudonyms; never stored,
 * logged or printed (toString is deliberately blank).
 */
public sealed interface Identificatie permits Identificatie.Bsn, Identificatie.Document {

    /** The canonical form that is keyed into pseudonyms: type-tagged, so a BSN never equals a document number. */
    String canoniek();

    record Bsn(String nummer) implements Identificatie {
        @Override
        public String canoniek() {
            return "BSN:" + nummer;
        }

        @Override
        public String toString() {
            return "Bsn[***]";
        }
    }

    record Document(String soort, String nummer, String land) implements Identificatie {
        @Override
        public String canoniek() {
            return "DOC:" + soort + ":" + land + ":" + nummer;
        }

        @Override
        public String toString() {
            return "Document[***]";
        }
    }

    /**
     * The elfproef for BSNs: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 must be divisible by 11. Catches every
     * single-digit error, so a typo at the desk is refused rather than creating a new "person".
     */
    static boolean isGeldigBsn(String bsn) {
        if (bsn == null || !bsn.matches("[0-9]{9}")) {
            return false;
        }
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (9 - i) * (bsn.charAt(i) - '0');
        }
        som -= bsn.charAt(8) - '0';
        return som % 11 == 0 && !bsn.equals("000000000");
    }
}
