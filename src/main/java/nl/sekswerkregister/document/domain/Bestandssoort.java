package nl.sekswerkregister.document.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file types a document may have, recognised by their first bytes ("magic numbers"), never by
 * what the client says: a claimed PDF that is an executable or an HTML page would otherwise be handed
 * to the next officer who opens it. PDF for text, PNG, JPEG and TIFF for scans and floor plans; no
 * office formats (zip containers that carry macros) and no SVG or HTML (active content).
 */
public enum Bestandssoort {
    PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    TIFF("image/tiff", "tif", new byte[] {'I', 'I', '*', 0}, new byte[] {'M', 'M', 0, '*'});

    /** Bytes needed to recognise every type. */
    public static final int KOPLENGTE = 8;

    private final String mediatype;
    private final String extensie;
    private final byte[][] handtekeningen;

    Bestandssoort(String mediatype, String extensie, byte[]... handtekeningen) {
        this.mediatype = mediatype;
        this.extensie = extensie;
        this.handtekeningen = handtekeningen;
    }

    public String mediatype() {
        return mediatype;
    }

    public String extensie() {
        return extensie;
    }

    public static Optional<Bestandssoort> vanMediatype(String mediatype) {
        return Arrays.stream(values()).filter(b -> b.mediatype.equalsIgnoreCase(mediatype)).findFirst();
    }

    /** The type whose signature the content starts with; empty for anything else. */
    public static Optional<Bestandssoort> herken(byte[] kop, int lengte) {
        return Arrays.stream(values()).filter(b -> b.begintMet(kop, lengte)).findFirst();
    }

    private boolean begintMet(byte[] kop, int lengte) {
        for (byte[] handtekening : handtekeningen) {
            if (lengte >= handtekening.length
                    && Arrays.equals(kop, 0, handtekening.length, handtekening, 0, handtekening.length)) {
                return true;
            }
        }
        return false;
    }
}
