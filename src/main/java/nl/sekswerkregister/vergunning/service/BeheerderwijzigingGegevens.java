package nl.sekswerkregister.vergunning.service;

import java.util.List;
import nl.sekswerkregister.privacy.Identificatie;

/**
 * A request to change a granted licence's managers: new managers by identifier (kept only as this
 * municipality's pseudonym) and managers to remove by the pseudonym the licence shows. Lists are never null.
 */
public record BeheerderwijzigingGegevens(List<Identificatie> toevoegen, List<String> verwijderen) {

    @Override
    public String toString() {
        return "BeheerderwijzigingGegevens[***]";
    }
}
