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
 * and the national frameworks are written.
 *
 * <p>Every rule value has three states (see {@link Stand}): a value is set; the municipality
 * decided to have no rule (its path is listed in {@code nietGeregeld}: no cap, an indefinite
 * licence, no age of its own); or it is absent, which means unknown. The engine compares only
 * known values. Paths are those of {@link Regelpaden}.
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
        /** Rules per business type; a type that is not listed has all its rules unknown. */
        Map<Bedrijfstype, @Valid BedrijfstypeRegels> bedrijfstypen,
        /** A designated street zone (tippelzone) exists. */
        Boolean tippelzone,
        /** Maximum working hours per day for a sex worker. */
        @Min(1) @Max(24) Integer maximaleWerkurenPerDag,
        /** Languages a sex worker must speak (ISO 639-1), e.g. ["de", "en"]. Empty: no language requirement. */
        @Size(max = 20) List<@Pattern(regexp = "[a-z]{2}", message = "moet een ISO 639-1-taalcode zijn, zoals nl") String> taaleisen,
        /** The APV sanctions sex workers themselves (fines, dwangsom), not only operators or clients. */
        Boolean sanctiesVoorSekswerkers,
        /** Intake reports are shared with municipal inspectors. */
        Boolean intakeverslagenNaarToezicht,
        /** The municipality keeps a register of sex workers by name. */
        Boolean registerOpNaam,
        /** Licence term in years (per type: {@link BedrijfstypeRegels#vergunningtermijnJaren()}). */
        @Min(1) @Max(99) Integer vergunningtermijnJaren,
        /** Integrity screening (Wet Bibob) of applicants. */
        Boolean bibob,
        /** A business plan is required with the application. */
        Boolean bedrijfsplanVereist,
        /** How long a sex worker's registration is valid. */
        @Valid Registratiegeldigheid registratiegeldigheid,
        /** What kind of registration of sex workers there is. */
        Registratievorm registratievorm,
        /** Who holds the intake interview. */
        Intakehouder intakeDoor,
        /** Limits on renting a workplace to one sex worker. */
        @Valid Werkplekverhuur werkplekverhuur,
        /** Clients are liable (e.g. of an unlicensed business: Groningen, Haarlem). */
        Boolean sanctiesVoorKlanten,
        /** Operators are sanctioned beyond losing the licence (fines, dwangsom). */
        Boolean sanctiesVoorExploitanten,
        /** A residence permit that allows work in the Netherlands is required. */
        Boolean verblijfsvergunningVereist,
        /** Transitional provisions, each softening one rule until a date. */
        @Size(max = 50) List<@Valid Overgangsregeling> overgangsregelingen,
        /** Paths of rules the municipality decided not to have (see the class comment). */
        @Size(max = 500) List<@Size(max = 120) String> nietGeregeld,
        /** Per path, where the official text of that rule is. */
        @Size(max = 500) Map<@Size(max = 120) String, @Valid Vindplaats> vindplaatsen,
        /** Decision period for a licence application in weeks (Awb art. 4:13; absent: the Awb's eight weeks). */
        @Min(1) @Max(52) Integer beslistermijnWeken,
        /**
         * Awb §4.1.3.3 (positive fictitious decision, lex silencio positivo) applies to the licence: it is
         * granted by operation of law when the decision period passes. False (or not regulated): it does not.
         */
        Boolean vanRechtswegeVerlening) {

    public static final Regels LEEG = new Regels(null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    public BedrijfstypeRegels voor(Bedrijfstype type) {
        return bedrijfstypen == null ? null : bedrijfstypen.get(type);
    }

    /** The value at a path of {@link Regelpaden}, with its state. */
    public Regelwaarde waarde(String pad) {
        return Regelpaden.waarde(this, pad);
    }

    /** The minimum age that applies to a business type: its own if set, else the general one. */
    public Regelwaarde minimumleeftijdVoor(Bedrijfstype type) {
        Regelwaarde eigen = waarde(Regelpaden.type(type, "minimumleeftijd"));
        return eigen.isGezet() ? eigen : waarde("minimumleeftijd");
    }

    public Vindplaats vindplaats(String pad) {
        return vindplaatsen == null ? null : vindplaatsen.get(pad);
    }
}
