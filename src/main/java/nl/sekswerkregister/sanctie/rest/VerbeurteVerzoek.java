package nl.sekswerkregister.sanctie.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import nl.sekswerkregister.sanctie.service.VerbeurteGegevens;

/** Body of POST /sancties/{sanctieId}/verbeurten. */
public record VerbeurteVerzoek(
        @NotNull LocalDate datum,
        @NotNull @DecimalMin("0.01") @DecimalMax("10000000.00") @Digits(integer = 8, fraction = 2) BigDecimal bedrag,
        @NotNull UUID controleId) {

    VerbeurteGegevens alsGegevens() {
        return new VerbeurteGegevens(datum, bedrag, controleId);
    }
}
