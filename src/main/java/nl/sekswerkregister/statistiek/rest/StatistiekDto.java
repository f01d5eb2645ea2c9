package nl.sekswerkregister.statistiek.rest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import nl.sekswerkregister.common.csv.AlsCsv;
import nl.sekswerkregister.common.paginering.PaginaLinks;
import nl.sekswerkregister.statistiek.domain.Statistiek;
import nl.sekswerkregister.statistiek.service.TabelBeeld;

/**
 * A page of a statistic: the cells, and for a protected statistic the threshold and rounding that
 * were applied. As CSV: one line per cell, the suppressed ones with {@code x}.
 */
public record StatistiekDto(String indeling, GeheimhoudingDto geheimhouding, List<CelDto> resultaten,
                            @JsonProperty("_links") PaginaLinks links, @JsonIgnore Statistiek statistiek,
                            @JsonIgnore List<TabelBeeld.CelBeeld> cellen) implements AlsCsv {

    public record GeheimhoudingDto(int drempel, int afronding) {
    }

    static StatistiekDto van(Statistiek statistiek, String indeling, TabelBeeld tabel, PaginaLinks links) {
        return new StatistiekDto(indeling,
                tabel.drempel() == null ? null : new GeheimhoudingDto(tabel.drempel(), tabel.afronding()),
                tabel.cellen().stream().map(c -> CelDto.van(statistiek, c)).toList(), links, statistiek, tabel.cellen());
    }

    @Override
    public List<String> csvKolommen() {
        List<String> kolommen = new ArrayList<>();
        kolommen.add(statistiek.isVoorraad() ? "peildatum" : "maand");
        kolommen.add("gebied");
        kolommen.add("gebiedsnaam");
        kolommen.addAll(statistiek.dimensies());
        kolommen.add("aantal");
        return kolommen;
    }

    @Override
    public List<List<?>> csvRijen() {
        List<List<?>> rijen = new ArrayList<>();
        for (int i = 0; i < resultaten.size(); i++) {
            rijen.add(resultaten.get(i).csvRij(statistiek, cellen.get(i).kenmerken()));
        }
        return rijen;
    }
}
