package nl.sekswerkregister.common.paginering;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PaginaLinks(Link self, Link next, Link prev) {
}
