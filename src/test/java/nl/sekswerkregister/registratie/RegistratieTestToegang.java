package nl.sekswerkregister.registratie;

import io.restassured.response.Response;
import java.util.Map;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.support.Api;
import nl.sekswerkregister.support.Personen;
import nl.sekswerkregister.support.TestKlok;
import nl.sekswerkregister.support.Testdata;

/** Registration calls for tests in other packages. */
public final class RegistratieTestToegang {

    private RegistratieTestToegang() {
    }

    /** Registers in a municipality with a registration duty (published first, once, if it has none). */
    public static Response registreer(String gemeente, String bsn) {
        Testdata.metRegistratieplicht(gemeente);
        return RegistratieTest.registreer(gemeente, bsn, TestKlok.vandaag().minusYears(30));
    }

    public static Response zoek(String gemeente, String bsn) {
        return RegistratieTest.metDoel(Api.als(Rol.VERGUNNINGVERLENER, gemeente))
                .body(Map.of("identificatie", Personen.metBsn(bsn))).post("/api/v1/registraties/_zoek");
    }

    /** A decision on a registration by the municipality's own licensing officer. */
    public static Response besluit(String gemeente, String nummer, String type) {
        return RegistratieTest.besluit(gemeente, nummer, type);
    }
}
