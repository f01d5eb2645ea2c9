package nl.sekswerkregister.regelset.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Which other municipalities' registrations of sex workers are recognised here. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Erkenning(
        @NotNull Soort soort,
        /** Only with {@link Soort#LIJST}: the municipalities whose registrations count here. */
        @Size(max = 400) List<@Pattern(regexp = "GM[0-9]{4}", message = "moet een CBS-gemeentecode zijn zoals GM0363") String> gemeenteCodes) {

    public enum Soort {
        /** Every Dutch municipality's registration. */
        ALLE,
        /** Only this municipality's own registration. */
        EIGEN,
        /** This municipality's own and those of the listed municipalities. */
        LIJST
    }

    public boolean erkent(String eigenCode, String andereCode) {
        return switch (soort) {
            case ALLE -> true;
            case EIGEN -> eigenCode.equals(andereCode);
            case LIJST -> eigenCode.equals(andereCode) || (gemeenteCodes != null && gemeenteCodes.contains(andereCode));
        };
    }
}
