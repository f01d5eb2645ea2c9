package nl.sekswerkregister.gebeurtenis.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.sekswerkregister.common.invoer.Invoerfouten;
import nl.sekswerkregister.gebeurtenis.domain.Gebeurtenistype;
import nl.sekswerkregister.gebeurtenis.service.AbonnementGegevens;

/** Body of POST /abonnementen. */
public record AbonnementVerzoek(
        @NotBlank @Size(max = 2000) String callbackUrl,
        @NotNull @Size(min = 1, max = 20) List<@NotNull String> typen,
        @Pattern(regexp = "GM[0-9]{4}", message = "moet een CBS-code zijn zoals GM0363") String gemeenteCode) {

    /** Every event type must be one the service emits. */
    void controleerTypen(Invoerfouten fouten) {
        if (typen == null) {
            return;
        }
        for (int i = 0; i < typen.size(); i++) {
            if (typen.get(i) != null && Gebeurtenistype.metType(typen.get(i)).isEmpty()) {
                fouten.fout("typen[" + i + "]", "onbekend", "Geen gebeurtenistype van deze dienst; zie de "
                        + "beschrijving van Gebeurtenistype in het contract.");
            }
        }
    }

    AbonnementGegevens alsGegevens() {
        if (typen == null) {
            // Unreadable or missing: Bean Validation reports it; the service checks the rest meanwhile.
            return new AbonnementGegevens(callbackUrl, java.util.EnumSet.noneOf(Gebeurtenistype.class), gemeenteCode);
        }
        return new AbonnementGegevens(callbackUrl, typen.stream().map(Gebeurtenistype::metType).flatMap(Optional::stream)
                .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(Gebeurtenistype.class))), gemeenteCode);
    }
}
