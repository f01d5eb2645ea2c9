package nl.sekswerkregister.fuzz;

import java.util.List;
import java.util.function.BiPredicate;

/**
 * Deviations from the contract that this fuzzer found in src/main and that are not fixed yet (the
 * fix is not this change's to make). Each matches one kind of finding narrowly; a match is reported
 * in target/fuzz-dekking.txt instead of failing the test, everything else still fails it. Remove an
 * entry with its fix: the report says when one was no longer seen.
 */
final class BekendeGebreken {

    record Gebrek(String naam, BiPredicate<Verzoek, String> past) {
    }

    static final List<Gebrek> LIJST = List.of(
            new Gebrek("een Content-Type zonder echt mediatype (leeg, application/*, */*) wordt als JSON gelezen in "
                    + "plaats van 415", (v, f) -> geenMediatype(v)
                    && (f.contains("validation.request.contentType.notAllowed") || f.matches("status 20\\d, verwacht: .*415"))),
            new Gebrek("een parameter die geen lijst is, twee keer gestuurd: de dienst neemt er stil een van in plaats van 400",
                    (v, f) -> f.contains("validation.request.parameter.collection.invalid") && !f.contains("'If-Match'")),
            new Gebrek("een methode die een regelsetpad niet heeft geeft 404 in plaats van 405",
                    (v, f) -> f.startsWith("status 404, verwacht: een methode die het pad niet heeft is 405")
                            && v.operatie.sjabloon().startsWith("/gemeenten/{gemeenteCode}/regelsets")),
            new Gebrek("datums buiten 1900-2999 in regelsets (geldigVanaf, geldigTot), simulaties (peildatum) en de "
                    + "intakedatum van registraties worden aanvaard, en jaren die PostgreSQL niet kan bewaren geven 500, "
                    + "in plaats van 400",
                    (v, f) -> v.mutaties.stream().anyMatch(m -> m.matches("body: datum/tijd (geldigVanaf|geldigTot|peildatum"
                            + "|intakedatum)=.*"))
                            && (v.operatie.sjabloon().startsWith("/gemeenten/{gemeenteCode}/regelsets")
                            || v.operatie.sjabloon().equals("/regelset-simulaties")
                            || v.operatie.sjabloon().equals("/registraties"))
                            && (f.startsWith("5xx: 500") || f.contains("een datum is een bestaande dag tussen 1900-01-01"))),
            new Gebrek("null voor een optioneel veld dat het schema niet nullable noemt, wordt als weggelaten gelezen in "
                    + "plaats van 400", (v, f) -> f.contains("Instance type (null) does not match any allowed primitive type")),
            new Gebrek("een motivering van alleen witruimte bij een besluit op een registratie wordt aanvaard in plaats van 400",
                    (v, f) -> v.operatie.sjabloon().equals("/registraties/{registratienummer}/besluiten")
                            && f.contains("[Path '/motivering']") && (f.contains("regex \"\\S\"") || f.contains("minLength"))));

    private BekendeGebreken() {
    }

    private static boolean geenMediatype(Verzoek v) {
        String type = v.kop("Content-Type");
        return type != null && (type.isBlank() || type.contains("*"));
    }

    /** The known defect this finding is (only if it is the finding's one and only cause), or null. */
    static Gebrek van(Verzoek v, String fout) {
        return LIJST.stream().filter(g -> g.past().test(v, fout)).findFirst().orElse(null);
    }
}
