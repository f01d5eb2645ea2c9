package nl.sekswerkregister.controle.domain;

import java.util.List;

/** One finding that applies at premises on a day, with everything it rests on. */
public record Catalogusregel(Bevindingcode code, List<Grondslag> grondslagen) {
}
