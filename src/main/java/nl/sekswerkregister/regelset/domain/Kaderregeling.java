package nl.sekswerkregister.regelset.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * How a national framework regulates one rule, and on what authority. Under art. 122 Gemeentewet
 * an APV provision whose subject a national act regulates lapses; under art. 121 a municipality may
 * keep supplementing rules insofar as they do not conflict. Which subjects the act covers
 * exhaustively is a reading of the act: {@code grondslag} says whose reading.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Kaderregeling(@NotNull Aard aard, @NotBlank @Size(max = 1000) String grondslag) {

    public enum Aard {
        /** The act regulates the subject in full: a local rule on it lapses; a different one conflicts. */
        UITPUTTEND,
        /** The act sets a floor: a stricter local rule may remain as a supplement; a looser one conflicts. */
        MINIMUM
    }
}
