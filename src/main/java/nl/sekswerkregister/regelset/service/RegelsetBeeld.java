package nl.sekswerkregister.regelset.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.sekswerkregister.regelset.domain.Herkomst;
import nl.sekswerkregister.regelset.domain.Regels;
import nl.sekswerkregister.regelset.domain.Vertrouwen;
import nl.sekswerkregister.regelset.domain.RegelsetStatus;

/** Immutable view of a rule set version. */
public record RegelsetBeeld(String gemeenteCode, int versie, RegelsetStatus status, LocalDate geldigVanaf,
                            LocalDate geldigTot, String bron, Regels regels, Instant aangemaaktOp,
                            Instant gepubliceerdOp, long rijversie, Herkomst herkomst, Vertrouwen vertrouwen,
                            List<String> bronnen) {
}
