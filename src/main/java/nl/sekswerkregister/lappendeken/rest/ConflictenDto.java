package nl.sekswerkregister.lappendeken.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import nl.sekswerkregister.common.paginering.PaginaLinks;
import nl.sekswerkregister.lappendeken.domain.Reikwijdte;

/** A page of findings, with the date, scope and framework they were measured against. */
public record ConflictenDto(LocalDate peildatum, Reikwijdte reikwijdte, ConflictDto.KaderVerwijzing kader,
                            List<ConflictDto> resultaten, @JsonProperty("_links") PaginaLinks links) {
}
