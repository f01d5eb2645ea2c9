package nl.sekswerkregister.aanvraag.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.sekswerkregister.aanvraag.domain.OntbrekendStukSoort;
import nl.sekswerkregister.aanvraag.service.OnvolledigheidGegevens;
import nl.sekswerkregister.privacy.GeenPersoonsnummer;

/** Body of POST .../aanvraag/onvolledigheden: the applicant was asked for these items, to be supplied by a day. */
public record OnvolledigheidVerzoek(@NotNull LocalDate verzochtOp, @NotNull LocalDate hersteltermijnTot,
                                    @NotNull @Size(min = 1, max = 20) List<@NotNull @Valid StukVerzoek> ontbrekendeStukken) {

    public record StukVerzoek(@NotNull OntbrekendStukSoort soort,
                              @Size(min = 1, max = 500) @GeenPersoonsnummer String toelichting) {
    }

    OnvolledigheidGegevens alsGegevens() {
        return new OnvolledigheidGegevens(verzochtOp, hersteltermijnTot, ontbrekendeStukken == null ? List.of()
                : ontbrekendeStukken.stream().map(s -> s == null ? null
                : new OnvolledigheidGegevens.StukGegevens(s.soort(), s.toelichting())).toList());
    }
}
