package nl.sekswerkregister.vergunning.domain;

import nl.sekswerkregister.regelset.domain.Bedrijfstype;
import java.util.UUID;

/** Selection of licences for a listing; null means "any". */
public record VergunningFilter(String gemeenteCode, VergunningStatus status, Bedrijfstype bedrijfstype,
                               UUID exploitantId) {
}
