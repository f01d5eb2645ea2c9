package nl.sekswerkregister.privacy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import nl.sekswerkregister.common.invoer.Invoerfouten;
import nl.sekswerkregister.privacy.Identificatie;

/**
 * A person's identifier as it arrives in a request body: a BSN, or a foreign identity document.
 * Exactly one. Error messages never repeat the value (a BSN in a log or a problem is a leak).
 */
public record IdentificatieDto(String bsn, @Valid Document document) {

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

    /** The identifier, or a reported error under {@code veld}. */
    public Identificatie lees(String veld, Invoerfouten fouten) {
        if ((bsn == null) == (document == null)) {
            fouten.fout(veld, "een-van", "Geef precies één van bsn of document.");
            return null;
        }
        if (bsn != null) {
            if (!Identificatie.isGeldigBsn(bsn)) {
                fouten.fout(veld + ".bsn", "elfproef", "Geen geldig BSN: 9 cijfers die de elfproef doorstaan.");
                return null;
            }
            return new Identificatie.Bsn(bsn);
        }
        if (document.soort() == null || document.nummer() == null || document.land() == null) {
            return null; // reported by Bean Validation
        }
        return new Identificatie.Document(document.soort().name(), document.nummer().toUpperCase(), document.land());
    }
}
