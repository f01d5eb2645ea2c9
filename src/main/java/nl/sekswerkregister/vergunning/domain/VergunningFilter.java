package nl.sekswerkregister.vergunning.domain;

import java.util.UUID;

/** Selection of licences for a listing; null means "any". */
public record VergunningFilter(String gemeenteCode, VergunningStatus status, Bedrijfstype bedrijfstype,
                               UUID exploitantId) {
}
