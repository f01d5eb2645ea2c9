package nl.sekswerkregister.openbaar.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.sekswerkregister.common.adres.AdresDto;
import nl.sekswerkregister.common.csv.AlsCsv;
import nl.sekswerkregister.common.paginering.PaginaDto;
import nl.sekswerkregister.common.paginering.PaginaLinks;
import nl.sekswerkregister.openbaar.service.RegisterBeeld;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;

/**
 * A page of the public register. As CSV: one line per licence, the address in columns of its own; the
 * withheld count travels in the header {@value OpenbaarResource#NIET_GETOOND} (JSON and CSV alike).
 */
public record OpenbaarRegisterDto(LocalDate peildatum, List<Vermelding> resultaten, List<NietGetoond> nietGetoond,
                                  @JsonProperty("_links") PaginaLinks links) implements AlsCsv {

    public record Vermelding(String vergunningnummer, String gemeenteCode, Bedrijfstype bedrijfstype,
                             String handelsnaam, AdresDto vestigingsadres, LocalDate geldigVanaf, LocalDate geldigTot) {
    }

    /** Licences in force in a municipality that the register does not show (work at home, or at a home). */
    public record NietGetoond(String gemeenteCode, long aantal) {
    }

    static OpenbaarRegisterDto van(RegisterBeeld beeld, UriInfo uriInfo) {
        PaginaDto<Vermelding> pagina = PaginaDto.van(beeld.vergunningen().map(v -> new Vermelding(v.vergunningnummer(),
                v.gemeenteCode(), v.bedrijfstype(), v.handelsnaam(), AdresDto.van(v.vestigingsadres()), v.geldigVanaf(),
                v.geldigTot())), uriInfo);
        return new OpenbaarRegisterDto(beeld.peildatum(), pagina.resultaten(),
                beeld.nietGetoond().entrySet().stream().map(e -> new NietGetoond(e.getKey(), e.getValue())).toList(),
                pagina.links());
    }

    long aantalNietGetoond() {
        return nietGetoond.stream().mapToLong(NietGetoond::aantal).sum();
    }

    @Override
    public List<String> csvKolommen() {
        return List.of("vergunningnummer", "gemeenteCode", "bedrijfstype", "handelsnaam", "straatnaam", "huisnummer",
                "huisletter", "huisnummertoevoeging", "postcode", "woonplaats", "geldigVanaf", "geldigTot");
    }

    @Override
    public List<List<?>> csvRijen() {
        List<List<?>> rijen = new ArrayList<>();
        for (Vermelding v : resultaten) {
            AdresDto a = v.vestigingsadres();
            rijen.add(Arrays.asList(v.vergunningnummer(), v.gemeenteCode(), v.bedrijfstype(), v.handelsnaam(),
                    a == null ? null : a.straatnaam(), a == null ? null : a.huisnummer(), a == null ? null : a.huisletter(),
                    a == null ? null : a.huisnummertoevoeging(), a == null ? null : a.postcode(),
                    a == null ? null : a.woonplaats(), v.geldigVanaf(), v.geldigTot()));
        }
        return rijen;
    }
}
