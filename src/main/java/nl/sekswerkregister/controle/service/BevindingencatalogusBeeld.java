package nl.sekswerkregister.controle.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.sekswerkregister.controle.domain.Catalogusregel;
import nl.sekswerkregister.controle.domain.Vergunningstand;

/**
 * The findings that apply at premises on a day, with what the catalogue was drawn from: the rule-set
 * version in force (null when none was) and the licence of that day (null when there was none).
 */
public record BevindingencatalogusBeeld(UUID vestigingId, String gemeenteCode, LocalDate datum, Regelset regelset,
                                        Vergunningstand vergunning, List<Catalogusregel> bevindingen) {

    public record Regelset(int versie, String bron) {
    }
}
