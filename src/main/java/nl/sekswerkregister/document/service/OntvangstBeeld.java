package nl.sekswerkregister.document.service;

/** The document an upload ended in, and whether it is new (false: the same content was already on file). */
public record OntvangstBeeld(DocumentBeeld document, boolean nieuw) {
}
