package nl.sekswerkregister.registratie.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.common.ondertekening.Ondertekenaar;
import nl.sekswerkregister.dataverwerking.domain.Verwerkingscontext;
import nl.sekswerkregister.registratie.service.Inzageverzoeken;

/**
 * The data subject's own access report (GDPR art. 15), for the person themselves, authenticated by an
 * identity broker behind DigiD: every processing of their data in the whole country, signed by the
 * registry (Ed25519) so that it can be shown to others. {@code Accept: application/jose} gives the
 * compact JWS alone; JSON gives the report with that JWS in {@code ondertekening}.
 */
@Path("/api/v1/inzage")
public class InzageResource {

    static final String JOSE = "application/jose";
    /** The purpose and activity of the person's own request, for the processing log: the person sends no headers. */
    static final String DOEL = "Inzagerecht van de betrokkene (AVG art. 15)";
    static final String ACTIVITEIT = "Inzage door de betrokkene zelf";

    private final Inzageverzoeken inzageverzoeken;
    private final Ondertekenaar ondertekenaar;
    private final ObjectMapper json;

    public InzageResource(Inzageverzoeken inzageverzoeken, Ondertekenaar ondertekenaar, ObjectMapper json) {
        this.inzageverzoeken = inzageverzoeken;
        this.ondertekenaar = ondertekenaar;
        this.json = json;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, JOSE})
    @RolesAllowed(Rol.BETROKKENE)
    public Response rapport(@HeaderParam("traceparent") String traceparent, @Context HttpHeaders headers)
            throws JsonProcessingException {
        Verwerkingscontext context = Verwerkingscontext.lees(DOEL, ACTIVITEIT, traceparent);
        InzagerapportDto rapport = InzagerapportDto.van(inzageverzoeken.eigenRapport(context));
        String jws = jws(json.writeValueAsString(rapport));
        if (wilJose(headers)) {
            return Response.ok(jws, JOSE).build();
        }
        return Response.ok(rapport.ondertekend(new InzagerapportDto.OndertekeningDto("EdDSA",
                ondertekenaar.sleutelId(), jws)), MediaType.APPLICATION_JSON).build();
    }

    /** RFC 7515 compact serialisation: header and payload base64url, signed over "header.payload" (RFC 8037, EdDSA). */
    private String jws(String payload) {
        String header = b64("{\"alg\":\"EdDSA\",\"kid\":\"" + ondertekenaar.sleutelId() + "\",\"cty\":\"json\"}");
        String invoer = header + "." + b64(payload);
        return invoer + "." + ondertekenaar.onderteken(invoer);
    }

    /** JOSE when the client prefers it to JSON (JAX-RS has already refused an Accept that allows neither). */
    private static boolean wilJose(HttpHeaders headers) {
        MediaType jose = MediaType.valueOf(JOSE);
        for (MediaType m : headers.getAcceptableMediaTypes()) {
            if (m.isWildcardType() || m.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (m.isCompatible(jose)) {
                return true;
            }
        }
        return false;
    }

    private static String b64(String tekst) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(tekst.getBytes(StandardCharsets.UTF_8));
    }
}
