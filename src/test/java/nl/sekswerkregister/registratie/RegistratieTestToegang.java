package nl.sekswerkregister.registratie;

import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.Map;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.support.Api;
import nl.sekswerkregister.support.Personen;

/** Registration calls for tests in other packages. */
public final class RegistratieTestToegang {

    private RegistratieTestToegang() {
    }

    public static Response registreer(String gemeente, String bsn) {
        return RegistratieTest.metDoel(Api.als(Rol.VERGUNNINGVERLENER, gemeente))
                .body(RegistratieTest.aanvraag(gemeente, bsn, LocalDate.now().minusYears(30)))
                .post("/api/v1/registraties");
    }

    public static Response zoek(String gemeente, String bsn) {
        return RegistratieTest.metDoel(Api.als(Rol.VERGUNNINGVERLENER, gemeente))
                .body(Map.of("identificatie", Personen.metBsn(bsn))).post("/api/v1/registraties/_zoek");
    }
}
