package nl.sekswerkregister.registratie.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.idempotentie.Idempotent;
import nl.sekswerkregister.common.invoer.Parameters;
import nl.sekswerkregister.dataverwerking.rest.Verwerkingsheaders;
import nl.sekswerkregister.privacy.Registratienummer;
import nl.sekswerkregister.registratie.service.RegistratieService;

/**
 * Registrations of sex workers. Every operation needs a purpose and processing activity
 * (X-Doelbinding, X-Verwerkingsactiviteit) and is logged. Identifiers travel only in bodies.
 */
@Path(RegistratieResource.PAD)
@Produces(MediaType.APPLICATION_JSON)
public class RegistratieResource {

    static final String PAD = "/api/v1/registraties";

    private final RegistratieService service;

    public RegistratieResource(RegistratieService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.VERGUNNINGVERLENER)
    @Idempotent
    public Response registreer(@NotNull(message = "body ontbreekt") @Valid RegistratieVerzoek verzoek,
                               @BeanParam Verwerkingsheaders headers) {
        RegistratieDto dto = RegistratieDto.van(service.registreer(verzoek.alsGegevens(),
                headers.context()));
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, dto.links().self().href())
                .entity(dto).build();
    }

    @GET
    @Path("/{registratienummer}")
    @RolesAllowed({Rol.VERGUNNINGVERLENER, Rol.HANDHAVER})
    public RegistratieDto een(@PathParam("registratienummer") String registratienummer,
                              @BeanParam Verwerkingsheaders headers) {
        String nummer = nummer(registratienummer);
        return RegistratieDto.van(service.lees(nummer, headers.context()));
    }

    /** The hit/no-hit check for enforcement and for operators' and platforms' systems. */
    @GET
    @Path("/{registratienummer}/status")
    @RolesAllowed({Rol.HANDHAVER, Rol.VERIFICATEUR})
    public RegistratiestatusDto status(@PathParam("registratienummer") String registratienummer,
                                      @QueryParam("gemeenteCode") String gemeenteCode,
                                @BeanParam Verwerkingsheaders headers) {
        Parameters parameters = new Parameters();
        String nummer = nummer(parameters, registratienummer);
        parameters.gemeenteCode("gemeenteCode", gemeenteCode);
        parameters.valideer();
        return RegistratiestatusDto.van(service.controleer(nummer, gemeenteCode, headers.context()));
    }

    @POST
    @Path("/{registratienummer}/besluiten")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.VERGUNNINGVERLENER)
    @Idempotent
    public Response besluit(@PathParam("registratienummer") String registratienummer,
                            @NotNull(message = "body ontbreekt") @Valid RegistratieBesluitVerzoek verzoek,
                            @BeanParam Verwerkingsheaders headers) {
        String nummer = nummer(registratienummer);
        return Response.ok(RegistratieDto.van(service.besluit(nummer, verzoek.alsGegevens(), headers.context()))).build();
    }

    /** Finding a person's own-municipality record: the identifier goes in the body (/core/transport/no-sensitive-uris). */
    @POST
    @Path("/_zoek")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.VERGUNNINGVERLENER)
    public RegistratieDto.Lijst zoek(@NotNull(message = "body ontbreekt") @Valid IdentificatieVerzoek verzoek,
                                @BeanParam Verwerkingsheaders headers) {
        return new RegistratieDto.Lijst(service.zoek(verzoek.identificatie().alsIdentificatie(),
                headers.context()).stream().map(RegistratieDto::van).toList());
    }

    private static String nummer(String registratienummer) {
        Parameters parameters = new Parameters();
        String nummer = nummer(parameters, registratienummer);
        parameters.valideer();
        return nummer;
    }

    private static String nummer(Parameters parameters, String registratienummer) {
        if (Registratienummer.normaliseer(registratienummer) == null) {
            parameters.fout("registratienummer", "patroon", "Verwacht 11 tekens zoals K7QM-4XR2-9T6.");
            return null;
        }
        if (!Registratienummer.isGeldig(registratienummer)) {
            parameters.fout("registratienummer", "controleteken", "Het controleteken klopt niet: een tikfout?");
            return null;
        }
        return Registratienummer.opmaak(registratienummer);
    }
}
