package nl.sekswerkregister.dataverwerking.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import java.util.Optional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.common.invoer.Parameters;
import nl.sekswerkregister.common.paginering.PaginaDto;
import nl.sekswerkregister.common.paginering.Paginering;
import nl.sekswerkregister.common.tijd.Klok;
import nl.sekswerkregister.dataverwerking.service.DataverwerkingService;

/** The processing log, for auditors: the entries, and whether the chain over them is intact. */
@Path("/api/v1/dataverwerkingen")
@Produces(MediaType.APPLICATION_JSON)
public class DataverwerkingResource {

    private final DataverwerkingService service;

    public DataverwerkingResource(DataverwerkingService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed(Rol.AUDITOR)
    public PaginaDto<DataverwerkingDto> lijst(@QueryParam("vanaf") String vanaf, @QueryParam("tot") String tot,
                                              @QueryParam("gemeenteCode") String gemeenteCode,
                                              @QueryParam("operatie") String operatie, @QueryParam("page") String page,
                                              @QueryParam("pageSize") String pageSize, @Context UriInfo uriInfo) {
        Parameters parameters = new Parameters();
        LocalDate van = parameters.datum("vanaf", vanaf).orElse(null);
        LocalDate totDatum = parameters.datum("tot", tot).orElse(null);
        parameters.gemeenteCode("gemeenteCode", gemeenteCode);
        parameters.patroon("operatie", operatie, java.util.regex.Pattern.compile("[a-z._]{3,60}"), "een operatie zoals registratie.statuscontrole");
        Paginering paginering = Paginering.lees(parameters, page, pageSize);
        parameters.valideer();
        return PaginaDto.van(service.zoek(van == null ? null : van.atStartOfDay(Klok.NEDERLAND).toInstant(),
                totDatum == null ? null : totDatum.plusDays(1).atStartOfDay(Klok.NEDERLAND).toInstant(), gemeenteCode,
                operatie, paginering).map(DataverwerkingDto::van), uriInfo);
    }

    /**
     * Recomputes the hash chain over all sealed entries, holds it against the signed checkpoints in
     * the database and at the witnesses, and reports the unsealed tail.
     */
    @GET
    @Path("/verificatie")
    @RolesAllowed(Rol.AUDITOR)
    public VerificatieDto verificatie() {
        return VerificatieDto.van(service.verifieer(Optional.empty()));
    }

    /** As GET, and also against a checkpoint the auditor holds: what a rewrite of the database cannot reach. */
    @POST
    @Path("/verificatie")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.AUDITOR)
    public VerificatieDto verificatieTegen(@NotNull(message = "body ontbreekt") @Valid CheckpointVerzoek checkpoint) {
        return VerificatieDto.van(service.verifieer(Optional.of(checkpoint.alsCheckpoint())));
    }

    /**
     * The newest signed checkpoint, for anyone: witnesses fetch it, and so can journalists or the
     * data protection authority. It holds no personal data, only a count and a hash.
     */
    @GET
    @Path("/checkpoints/laatste")
    @PermitAll
    public CheckpointDto laatsteCheckpoint() {
        return CheckpointDto.van(service.laatsteCheckpoint());
    }
}
