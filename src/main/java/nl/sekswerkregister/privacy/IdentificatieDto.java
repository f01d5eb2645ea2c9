package nl.sekswerkregister.privacy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import nl.sekswerkregister.common.invoer.PreciesEen;

/**
 * A person's identifier as it arrives in a request body: a BSN, or a foreign identity document.
 * Exactly one. Error messages never repeat the value (a BSN in a log or a problem is a leak).
 */
@PreciesEen(value = {"bsn", "document"}, message = "Geef precies één van bsn of document.")
public record IdentificatieDto(@GeldigBsn String bsn, @Valid Document document) {

    public enum Soort { PASPOORT, IDENTITEITSKAART, VERBLIJFSDOCUMENT }

    public record Document(
            @NotNull Soort soort,
            @NotNull @Pattern(regexp = "[A-Za-z0-9]{5,20}", message = "moet 5 tot 20 letters of cijfers zijn") String nummer,
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "moet een landcode van 3 letters zijn (ISO 3166-1 alpha-3), zoals DEU") String land) {

        @Override
        public String toString() {
            return "Document[***]";
        }
    }

    @Override
    public String toString() {
        return "Identificatie[***]";
    }

    /** The identifier; the request has passed validation, so exactly one of the two is there and well-formed. */
    public Identificatie alsIdentificatie() {
        if (bsn != null) {
            return new Identificatie.Bsn(bsn);
        }
        return new Identificatie.Document(document.soort().name(), document.nummer().toUpperCase(), document.land());
    }
}
