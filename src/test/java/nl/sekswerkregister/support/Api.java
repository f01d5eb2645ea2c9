package nl.sekswerkregister.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Entry points for REST Assured calls; every call goes through the contract filter. */
public final class Api {

    static {
        Contract.installeer();
    }

    private Api() {
    }

    public static RequestSpecification als(String rol, String gemeenteCode) {
        return metToken(Tokens.voor(rol, gemeenteCode));
    }

    public static RequestSpecification als(String rol) {
        return metToken(Tokens.voor(rol));
    }

    public static RequestSpecification metToken(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    public static RequestSpecification anoniem() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** Marks a request that is invalid on purpose: only the response is checked against the contract. */
    public static RequestSpecification ongeldig(RequestSpecification spec) {
        return spec.header(Contract.ONGELDIG_VERZOEK, "ja");
    }
}
