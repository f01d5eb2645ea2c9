package nl.sekswerkregister.lappendeken.domain;

import java.util.Set;

/** A municipality as the engine sees it: where it lies and who its neighbours are. */
public record Gemeenteligging(String code, String naam, String provincie, String veiligheidsregio, String riecRegio,
                           Set<String> buren) {
}
