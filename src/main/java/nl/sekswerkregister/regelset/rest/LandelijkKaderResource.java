package nl.sekswerkregister.regelset.rest;

import jakarta.annotation.security.RolesAllowed;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.regex.Pattern;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.idempotentie.Idempotent;
import nl.sekswerkregister.common.invoer.Invoerlezer;
import nl.sekswerkregister.common.invoer.Parameters;
import nl.sekswerkregister.common.paginering.Link;
import nl.sekswerkregister.common.probleem.ProbleemException;
import nl.sekswerkregister.regelset.service.LandelijkKaderService;

@Path(LandelijkKaderResource.PAD)
@Produces(MediaType.APPLICATION_JSON)
public class LandelijkKaderResource {

    static final String PAD = "/api/v1/landelijke-kaders";
    static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final LandelijkKaderService service;
    private final Invoerlezer lezer;

    public LandelijkKaderResource(LandelijkKaderService service, Invoerlezer lezer) {
        this.service = service;
        this.lezer = lezer;
    }

    @GET
    @RolesAllowed({Rol.VERGUNNINGVERLENER, Rol.HANDHAVER, Rol.BELEIDSMEDEWERKER, Rol.AUDITOR, Rol.LANDELIJK_BEHEERDER})
    public LandelijkKaderDto.Lijst lijst() {
        return new LandelijkKaderDto.Lijst(service.lijst().stream().map(LandelijkKaderDto::van).toList(),
                new LandelijkKaderDto.Links(new Link(PAD)));
    }

    @GET
    @Path("/{kaderCode}")
    @RolesAllowed({Rol.VERGUNNINGVERLENER, Rol.HANDHAVER, Rol.BELEIDSMEDEWERKER, Rol.AUDITOR, Rol.LANDELIJK_BEHEERDER})
    public LandelijkKaderDto een(@PathParam("kaderCode") String kaderCode, @QueryParam("versie") String versie) {
        Parameters parameters = new Parameters();
        parameters.patroon("kaderCode", kaderCode, CODE, "een code in kebab-case, zoals wrs-wetsvoorstel");
        Integer v = versie == null ? null : parameters.geheelGetal("versie", versie, 1, 1, 100_000);
        parameters.valideer();
        return service.lees(kaderCode, v).map(LandelijkKaderDto::van).orElseThrow(() -> ProbleemException.nietGevonden(
                v == null ? "Er is geen landelijk kader met deze code." : "Er is geen landelijk kader met deze code en versie."));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.LANDELIJK_BEHEERDER)
    @Idempotent
    public Response stelVast(JsonNode body) {
        // Every problem of the body at once, the framework's contradictions included.
        KaderVerzoek verzoek = lezer.lees(body, KaderVerzoek.class)
                .controleer((kader, fouten) -> service.controleer(kader.alsGegevens(), fouten))
                .geldig();
        LandelijkKaderDto dto = LandelijkKaderDto.van(service.stelVast(verzoek.alsGegevens()));
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, dto.links().self().href())
                .entity(dto).build();
    }
}
