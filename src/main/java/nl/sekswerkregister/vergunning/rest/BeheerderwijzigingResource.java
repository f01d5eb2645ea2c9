package nl.sekswerkregister.vergunning.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.common.invoer.Parameters;
import nl.sekswerkregister.common.paginering.Link;
import nl.sekswerkregister.idempotentie.Idempotent;
import nl.sekswerkregister.vergunning.service.BeheerderwijzigingService;

/** Changes of a granted licence's managers, each a decision of its own (see BeheerderwijzigingService). */
// Rooted at the licences' path like every sub-resource of a licence: a class rooted deeper than another
// class's root makes RESTEasy Reactive answer 404 instead of 405 for a method the path does not have.
@Path(VergunningResource.PAD)
@Produces(MediaType.APPLICATION_JSON)
public class BeheerderwijzigingResource {

    private static final String WIJZIGINGEN = "/{vergunningnummer}/beheerderwijzigingen";

    private final BeheerderwijzigingService wijzigingen;

    public BeheerderwijzigingResource(BeheerderwijzigingService wijzigingen) {
        this.wijzigingen = wijzigingen;
    }

    @POST
    @Path(WIJZIGINGEN)
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.VERGUNNINGVERLENER)
    @Idempotent
    public Response vraagAan(@PathParam("vergunningnummer") String vergunningnummer,
                             @NotNull(message = "body ontbreekt") @Valid BeheerderwijzigingVerzoek verzoek) {
        String nummer = nummer(vergunningnummer, null);
        BeheerderwijzigingDto dto = BeheerderwijzigingDto.van(wijzigingen.vraagAan(nummer, verzoek.alsGegevens()));
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, dto.links().self().href())
                .entity(dto).build();
    }

    @GET
    @Path(WIJZIGINGEN)
    @RolesAllowed({Rol.VERGUNNINGVERLENER, Rol.HANDHAVER, Rol.BELEIDSMEDEWERKER, Rol.AUDITOR,
            Rol.HANDHAVINGSJURIST})
    public BeheerderwijzigingenDto lijst(@PathParam("vergunningnummer") String vergunningnummer) {
        String nummer = nummer(vergunningnummer, null);
        String vergunning = VergunningResource.PAD + "/" + nummer;
        return new BeheerderwijzigingenDto(wijzigingen.lijst(nummer).stream().map(BeheerderwijzigingDto::van).toList(),
                new BeheerderwijzigingenDto.Links(new Link(vergunning + "/beheerderwijzigingen"), new Link(vergunning)));
    }

    @GET
    @Path(WIJZIGINGEN + "/{wijzigingId}")
    @RolesAllowed({Rol.VERGUNNINGVERLENER, Rol.HANDHAVER, Rol.BELEIDSMEDEWERKER, Rol.AUDITOR,
            Rol.HANDHAVINGSJURIST})
    public BeheerderwijzigingDto een(@PathParam("vergunningnummer") String vergunningnummer,
                                     @PathParam("wijzigingId") String wijzigingId) {
        return BeheerderwijzigingDto.van(wijzigingen.lees(nummer(vergunningnummer, wijzigingId), UUID.fromString(wijzigingId)));
    }

    @POST
    @Path(WIJZIGINGEN + "/{wijzigingId}/besluit")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.VERGUNNINGVERLENER)
    @Idempotent
    public Response beslis(@PathParam("vergunningnummer") String vergunningnummer,
                           @PathParam("wijzigingId") String wijzigingId,
                           @NotNull(message = "body ontbreekt") @Valid BeheerderwijzigingBesluitVerzoek verzoek) {
        String nummer = nummer(vergunningnummer, wijzigingId);
        BeheerderwijzigingDto dto = BeheerderwijzigingDto.van(wijzigingen.beslis(nummer, UUID.fromString(wijzigingId),
                verzoek.alsGegevens()));
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, dto.links().self().href())
                .entity(dto).build();
    }

    /** Checks the path, all of it in one 400: the licence number, and the change's id where there is one. */
    private static String nummer(String vergunningnummer, String wijzigingId) {
        Parameters parameters = new Parameters();
        parameters.patroon("vergunningnummer", vergunningnummer, VergunningResource.VERGUNNINGNUMMER,
                "een vergunningnummer zoals GM0363-2026-000042");
        if (wijzigingId != null) {
            parameters.uuid("wijzigingId", wijzigingId);
        }
        parameters.valideer();
        return vergunningnummer;
    }
}
