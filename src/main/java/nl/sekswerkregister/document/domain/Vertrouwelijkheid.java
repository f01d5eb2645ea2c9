package nl.sekswerkregister.document.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * ZGW's vertrouwelijkheidaanduiding, with its own (lowercase) values, so that a municipality's case
 * system (Open Zaak and the like) can take a document's level over without a translation table.
 */
public enum Vertrouwelijkheid {
    OPENBAAR, BEPERKT_OPENBAAR, INTERN, ZAAKVERTROUWELIJK, VERTROUWELIJK, CONFIDENTIEEL, GEHEIM, ZEER_GEHEIM;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Vertrouwelijkheid> vanCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code().equals(code)).findFirst();
    }
}
