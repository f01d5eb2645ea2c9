package nl.sekswerkregister.mensenhandel.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.UUID;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.common.invoer.Invoerlezer;
import nl.sekswerkregister.common.invoer.Parameters;
import nl.sekswerkregister.common.paginering.PaginaDto;
import nl.sekswerkregister.common.paginering.Paginering;
import nl.sekswerkregister.dataverwerking.domain.Verwerkingscontext;
import nl.sekswerkregister.dataverwerking.rest.Verwerkingsheaders;
import nl.sekswerkregister.idempotentie.Idempotent;
import nl.sekswerkregister.mensenhandel.service.SignaalFilter;
import nl.sekswerkregister.mensenhandel.service.SignaalService;

/**
 * Signals of human trafficking: handed over by a municipality's enforcement officers (and its
 * licensing desk, who may see indicators during an intake), read by the RIEC region and the police
 * unit they went to and by the municipality's own enforcement officers.
 *
 * <p>Reading one signal is open to every staff role so that all of them get the same 404 for a signal
 * outside their reach (its existence is sensitive); only the three readers ever get one back.
 */
@Path(SignaalResource.PAD)
@Produces(MediaType.APPLICATION_JSON)
public class SignaalResource {

    static final String PAD = "/api/v1/signalen-mensenhandel";

    private final SignaalService signalen;
    private final Invoerlezer lezer;

    public SignaalResource(SignaalService signalen, Invoerlezer lezer) {
        this.signalen = signalen;
        this.lezer = lezer;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Rol.HANDHAVER, Rol.VERGUNNINGVERLENER})
    @Idempotent
    public Response draagOver(JsonNode body, @BeanParam Verwerkingsheaders headers) {
        Verwerkingscontext context = headers.context();
        signalen.vereisOverdrachtrecht();
        SignaalVerzoek verzoek = lezer.lees(body, SignaalVerzoek.class)
                .controleer((v, fouten) -> signalen.valideer(v.alsGegevens(), fouten))
                .geldig();
        SignaalDto dto = SignaalDto.van(signalen.draagOver(verzoek.alsGegevens(), context));
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, dto.links().self().href())
                .entity(dto).build();
    }

    @GET
    @RolesAllowed({Rol.HANDHAVER, Rol.RIEC, Rol.POLITIE})
    public PaginaDto<SignaalDto> zoek(@QueryParam("gemeenteCode") String gemeenteCode,
                                      @QueryParam("vanaf") String vanaf, @QueryParam("tot") String tot,
                                      @QueryParam("page") String page, @QueryParam("pageSize") String pageSize,
                                      @BeanParam Verwerkingsheaders headers, @Context UriInfo uriInfo) {
        Parameters parameters = new Parameters();
        String gemeente = parameters.gemeenteCode("gemeenteCode", gemeenteCode).orElse(null);
        LocalDate van = parameters.datum("vanaf", vanaf).orElse(null);
        LocalDate totEnMet = parameters.datum("tot", tot).orElse(null);
        if (van != null && totEnMet != null && totEnMet.isBefore(van)) {
            parameters.fout("tot", "volgorde", "tot (en met) ligt niet voor vanaf.");
        }
        Paginering paginering = Paginering.lees(parameters, page, pageSize);
        parameters.valideer();
        return PaginaDto.van(signalen.zoek(new SignaalFilter(gemeente, van, totEnMet), paginering, headers.context())
                .map(SignaalDto::van), uriInfo);
    }

    @GET
    @Path("/{signaalId}")
    @RolesAllowed({Rol.HANDHAVER, Rol.RIEC, Rol.POLITIE, Rol.VERGUNNINGVERLENER, Rol.BELEIDSMEDEWERKER, Rol.AUDITOR,
            Rol.LANDELIJK_BEHEERDER})
    public SignaalDto een(@PathParam("signaalId") String signaalId, @BeanParam Verwerkingsheaders headers) {
        Parameters parameters = new Parameters();
        UUID id = parameters.uuid("signaalId", signaalId).orElse(null);
        parameters.valideer();
        return SignaalDto.van(signalen.lees(id, headers.context()));
    }
}
