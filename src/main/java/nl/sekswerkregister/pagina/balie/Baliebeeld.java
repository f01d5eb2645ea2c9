package nl.sekswerkregister.pagina.balie;

import java.util.List;

/**
 * The desk's overview of its own municipality, section by section; a section the caller's role may not
 * see through the API is null here, and the page says so instead of showing it.
 *
 * @param verlopend      licences whose term ends within {@link BalieResource#VERLOOPT_BINNEN_DAGEN} days, soonest first
 * @param vergunningen   one page of all licences, by number
 * @param aanvragen      open applications, soonest deadline first (null: not for this role)
 * @param regelset       the rule set in force today (null: none)
 */
public record Baliebeeld(String gemeenteCode, String gemeentenaam, String vandaag, String verlooptTot,
                         List<Vergunningregel> verlopend, List<Vergunningregel> vergunningen, int pagina,
                         boolean volgende, List<Aanvraagregel> aanvragen, int aantalAanvragen,
                         Regelsetbeeld regelset, List<Conflictregel> conflicten) {

    public record Vergunningregel(String vergunningnummer, String bedrijfstype, String status, String geldigTot,
                                  String adres) {
    }

    public record Aanvraagregel(String vergunningnummer, String status, String ontvangenOp, String uitersteBeslisdatum,
                                boolean termijnVerstreken, String gevolg) {
    }

    public record Regelsetbeeld(int versie, String geldigVanaf, String geldigTot, String bron, String link,
                                List<Regel> regels, int onbekend) {
    }

    public record Regel(String naam, String waarde) {
    }

    public record Conflictregel(String ernst, String controle, String gemeenten, String uitleg, String uitlegEn) {
    }

    public boolean aanvragenZichtbaar() {
        return aanvragen != null;
    }

    public boolean meerAanvragen() {
        return aanvragen != null && aantalAanvragen > aanvragen.size();
    }

    public boolean vorige() {
        return pagina > 1;
    }

    public int vorigePagina() {
        return pagina - 1;
    }

    public int volgendePagina() {
        return pagina + 1;
    }
}
