package nl.sekswerkregister.vergunning.service;

import nl.sekswerkregister.privacy.Identificatie;

/**
 * A manager named on an application or edit: a new one by identifier (kept only as this
 * municipality's pseudonym), or one already on the licence by that pseudonym.
 */
public sealed interface Beheerder {

    record Nieuw(Identificatie identificatie) implements Beheerder {
        @Override
        public String toString() {
            return "Beheerder[***]";
        }
    }

    record Bestaand(String pseudoniem) implements Beheerder {
    }
}
