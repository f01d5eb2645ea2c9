package nl.sekswerkregister.regelset.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * The closed vocabulary in which a municipality's sex-work rules (APV chapter 3 and policy rules)
 * and the national frameworks are written. Every field is optional: absent means "this rule set
 * says nothing about it", and the engine then does not compare that dimension. Two absences carry
 * a value because the law reads them so: no {@code maximumAantal} is no cap, and no
 * {@code vergunningtermijnJaren} is a licence for an indefinite period.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Regels(
        /** Minimum age for sex work (national criminal-law floor 18; Wrs bill 21). */
        @Min(16) @Max(99) Integer minimumleeftijd,
        /** Sex workers must register with the municipality (or nationally, under the Wrs). */
        Boolean registratieplicht,
        /** An intake interview is required before starting work. */
        Boolean intakeplicht,
        /** Whose registrations this municipality accepts. */
        @Valid Erkenning erkenning,
        /** Rules per business type; a type that is not listed is not regulated by this rule set. */
        Map<Bedrijfstype, @Valid BedrijfstypeRegels> bedrijfstypen,
        /** A designated street zone (tippelzone) exists. */
        Boolean tippelzone,
        /** Maximum working (rental) hours per day for a sex worker. */
        @Min(1) @Max(24) Integer maximaleWerkurenPerDag,
        /** Languages a sex worker must speak (ISO 639-1), e.g. ["de", "en"]. Empty: no language requirement. */
        @Size(max = 20) List<@Pattern(regexp = "[a-z]{2}", message = "moet een ISO 639-1-taalcode zijn, zoals nl") String> taaleisen,
        /** The APV sanctions sex workers themselves (fines, dwangsom), not only operators or clients. */
        Boolean sanctiesVoorSekswerkers,
        /** Operators must hand intake reports to municipal inspectors. */
        Boolean intakeverslagenNaarToezicht,
        /** The municipality keeps a register of sex workers by name. */
        Boolean registerOpNaam,
        /** Licence term in years; absent is an indefinite licence. */
        @Min(1) @Max(99) Integer vergunningtermijnJaren,
        /** Integrity screening (Wet Bibob) of applicants. */
        Boolean bibob,
        /** A business plan is required with the application. */
        Boolean bedrijfsplanVereist,
        /** How long a sex worker's registration is valid. */
        @Valid Registratiegeldigheid registratiegeldigheid) {

    public static final Regels LEEG = new Regels(null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null);

    public BedrijfstypeRegels voor(Bedrijfstype type) {
        return bedrijfstypen == null ? null : bedrijfstypen.get(type);
    }
}
