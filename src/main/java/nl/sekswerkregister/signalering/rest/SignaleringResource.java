package nl.sekswerkregister.signalering.rest;

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
import java.util.UUID;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.common.invoer.Invoerlezer;
import nl.sekswerkregister.common.invoer.Parameters;
import nl.sekswerkregister.common.paginering.PaginaDto;
import nl.sekswerkregister.common.paginering.Paginering;
import nl.sekswerkregister.dataverwerking.rest.Verwerkingsheaders;
import nl.sekswerkregister.idempotentie.Idempotent;
import nl.sekswerkregister.privacy.Telefoonnummer;
import nl.sekswerkregister.signalering.service.SignaleringFilter;
import nl.sekswerkregister.signalering.service.SignaleringService;

/**
 * Premises and advertisements where sex work is offered without a licence: recorded and closed by
 * the municipality's enforcement officer, read by its enforcement team and policy officers and by
 * the auditor. Every call carries the purpose headers and is in the processing log.
 */
@Path(SignaleringResource.PAD)
@Produces(MediaType.APPLICATION_JSON)
public class SignaleringResource {

    static final String PAD = "/api/v1/signaleringen";

    /** Open or closed, as the list filter names it. */
    enum Status { OPEN, AFGESLOTEN }

    private final SignaleringService signaleringen;
    private final Invoerlezer lezer;

    public SignaleringResource(SignaleringService signaleringen, Invoerlezer lezer) {
        this.signaleringen = signaleringen;
        this.lezer = lezer;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.HANDHAVER)
    @Idempotent
    public Response leg(JsonNode body, @BeanParam Verwerkingsheaders headers) {
        var context = headers.context();
        SignaleringVerzoek verzoek = lezer.lees(body, SignaleringVerzoek.class)
                .controleer((v, fouten) -> v.controleer(fouten)).geldig();
        SignaleringDto dto = SignaleringDto.van(signaleringen.leg(verzoek.alsGegevens(), context));
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, dto.links().self().href())
                .entity(dto).build();
    }

    @GET
    @RolesAllowed({Rol.HANDHAVER, Rol.HANDHAVINGSJURIST, Rol.BELEIDSMEDEWERKER, Rol.AUDITOR})
    public PaginaDto<SignaleringDto> lijst(@QueryParam("status") String status, @QueryParam("vanaf") String vanaf,
                                           @QueryParam("tot") String tot, @QueryParam("vestigingId") String vestigingId,
                                           @QueryParam("page") String page, @QueryParam("pageSize") String pageSize,
                                           @BeanParam Verwerkingsheaders headers, @Context UriInfo uriInfo) {
        Parameters parameters = new Parameters();
        Status gekozen = parameters.keuze("status", status, Status.class).orElse(null);
        var van = parameters.datum("vanaf", vanaf);
        var totEnMet = parameters.datum("tot", tot);
        if (van.isPresent() && totEnMet.isPresent() && totEnMet.get().isBefore(van.get())) {
            parameters.fout("tot", "voor-vanaf", "tot ligt vóór vanaf.");
        }
        UUID vestiging = parameters.uuid("vestigingId", vestigingId).orElse(null);
        Paginering paginering = Paginering.lees(parameters, page, pageSize);
        parameters.valideer();
        var context = headers.context();
        SignaleringFilter filter = new SignaleringFilter(gekozen == null ? null : gekozen == Status.OPEN,
                van.orElse(null), totEnMet.orElse(null), vestiging);
        return PaginaDto.van(signaleringen.zoek(filter, paginering, context).map(SignaleringDto::van), uriInfo);
    }

    @GET
    @Path("/{signaleringId}")
    @RolesAllowed({Rol.HANDHAVER, Rol.HANDHAVINGSJURIST, Rol.BELEIDSMEDEWERKER, Rol.AUDITOR})
    public SignaleringDto een(@PathParam("signaleringId") String signaleringId, @BeanParam Verwerkingsheaders headers) {
        UUID id = id(signaleringId);
        return SignaleringDto.van(signaleringen.lees(id, headers.context()));
    }

    /** Closing is a record of its own, made once: the signal itself is never edited. */
    @POST
    @Path("/{signaleringId}/afsluiting")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.HANDHAVER)
    @Idempotent
    public Response sluitAf(@PathParam("signaleringId") String signaleringId, JsonNode body,
                            @BeanParam Verwerkingsheaders headers) {
        UUID id = id(signaleringId);
        var context = headers.context();
        AfsluitingVerzoek verzoek = lezer.lees(body, AfsluitingVerzoek.class)
                .controleer((v, fouten) -> {
                    if (Telefoonnummer.staatIn(v.toelichting())) {
                        fouten.fout("toelichting", "telefoonnummer", "Bevat iets dat een telefoonnummer kan zijn; dat "
                                + "hoort niet in vrije tekst die bewaard blijft.");
                    }
                }).geldig();
        return Response.ok(SignaleringDto.van(signaleringen.sluitAf(id, verzoek.alsGegevens(), context))).build();
    }

    private static UUID id(String signaleringId) {
        Parameters parameters = new Parameters();
        UUID id = parameters.uuid("signaleringId", signaleringId).orElse(null);
        parameters.valideer();
        return id;
    }
}
