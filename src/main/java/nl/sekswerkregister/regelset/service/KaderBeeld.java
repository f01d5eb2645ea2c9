package nl.sekswerkregister.regelset.service;

import java.time.Instant;
import nl.sekswerkregister.regelset.domain.Regels;

public record KaderBeeld(String code, int versie, String naam, String bron, Regels regels, Instant vastgesteldOp) {
}
