package nl.sekswerkregister.statistiek.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import nl.sekswerkregister.statistiek.domain.Statistiek;
import nl.sekswerkregister.statistiek.service.TabelBeeld.CelBeeld;

/**
 * One figure of a statistic. Only the fields of the statistic's own categories are present; a
 * suppressed figure is {@code "aantal": null} with {@code "onderdrukt": true} (CSV: {@code x}).
 */
public record CelDto(String peildatum, String maand, String gebied, String gebiedsnaam, String bedrijfstype,
                     String besluittype, String soort, String code, String leeftijdsband, String status,
                     String herkomst, String regel, String stand, @JsonInclude(JsonInclude.Include.ALWAYS) Long aantal, boolean onderdrukt) {

    /** What CSV writes for a suppressed figure: the CBS sign for "geheim". */
    static final String GEHEIM = "x";

    static CelDto van(Statistiek statistiek, CelBeeld cel) {
        List<String> dimensies = statistiek.dimensies();
        List<String> namen = List.of("bedrijfstype", "besluittype", "soort", "code", "leeftijdsband", "status", "herkomst",
                "regel", "stand");
        String[] k = new String[namen.size()];
        for (int d = 0; d < dimensies.size(); d++) {
            k[namen.indexOf(dimensies.get(d))] = cel.kenmerken().get(d);
        }
        boolean voorraad = statistiek.isVoorraad();
        return new CelDto(voorraad ? cel.periode() : null, voorraad ? null : cel.periode(), cel.gebied(),
                cel.gebiedsnaam(), k[0], k[1], k[2], k[3], k[4], k[5], k[6], k[7], k[8], cel.aantal(), cel.onderdrukt());
    }

    /** The CSV row in the order of {@link StatistiekDto#csvKolommen()}. */
    List<Object> csvRij(Statistiek statistiek, List<String> kenmerken) {
        List<Object> rij = new java.util.ArrayList<>();
        rij.add(statistiek.isVoorraad() ? peildatum : maand);
        rij.add(gebied);
        rij.add(gebiedsnaam);
        rij.addAll(kenmerken);
        rij.add(onderdrukt ? GEHEIM : aantal);
        return rij;
    }
}
