package nl.sekswerkregister.vergunning.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.sekswerkregister.common.adres.AdresParameters;
import nl.sekswerkregister.common.adres.Adressleutel;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.common.http.Etag;
import nl.sekswerkregister.common.invoer.Parameters;
import nl.sekswerkregister.common.json.MergePatch;
import nl.sekswerkregister.common.paginering.Link;
import nl.sekswerkregister.common.paginering.PaginaDto;
import nl.sekswerkregister.common.paginering.Paginering;
import nl.sekswerkregister.dataverwerking.rest.Verwerkingsheaders;
import nl.sekswerkregister.idempotentie.Idempotent;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;
import nl.sekswerkregister.vergunning.domain.VergunningFilter;
import nl.sekswerkregister.vergunning.domain.VergunningStatus;
import nl.sekswerkregister.vergunning.service.BesluitService;
import nl.sekswerkregister.vergunning.service.BestuurlijkeHistorieService;
import nl.sekswerkregister.vergunning.service.VergunningBeeld;
import nl.sekswerkregister.vergunning.service.VergunningService;

@Path(VergunningResource.PAD)
@Produces(MediaType.APPLICATION_JSON)
public class VergunningResource {

    static final String PAD = "/api/v1/vergunningen";
    static final Pattern VERGUNNINGNUMMER = Pattern.compile("GM[0-9]{4}-[0-9]{4}-[0-9]{6}");
    private static final String MERGE_PATCH = "application/merge-patch+json";

    private final VergunningService vergunningen;
    private final BesluitService besluiten;
    private final MergePatch mergePatch;
    private final BestuurlijkeHistorieService historie;

    public VergunningResource(VergunningService vergunningen, BesluitService besluiten, MergePatch mergePatch,
                              BestuurlijkeHistorieService historie) {
        this.historie = historie;
        this.vergunningen = vergunningen;
        this.besluiten = besluiten;
        this.mergePatch = mergePatch;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.VERGUNNINGVERLENER)
    @Idempotent
    public Response vraagAan(@NotNull(message = "body ontbreekt") @Valid VergunningVerzoek verzoek) {
        VergunningBeeld stand = vergunningen.vraagAan(verzoek.alsGegevens());
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, PAD + "/" + stand.vergunningnummer())
                .tag(etag(stand)).entity(VergunningDto.van(stand)).build();
    }

    @GET
    @RolesAllowed({Rol.VERGUNNINGVERLENER, Rol.HANDHAVER, Rol.BELEIDSMEDEWERKER, Rol.AUDITOR})
    public PaginaDto<VergunningDto> lijst(@QueryParam("gemeenteCode") String gemeenteCode,
                                          @QueryParam("status") String status,
                                          @QueryParam("bedrijfstype") String bedrijfstype,
                                          @QueryParam("exploitantId") String exploitantId,
                                          @QueryParam("page") String page, @QueryParam("pageSize") String pageSize,
                                          @Context UriInfo uriInfo) {
        Parameters parameters = new Parameters();
        var filter = new VergunningFilter(
                parameters.gemeenteCode("gemeenteCode", gemeenteCode).orElse(null),
                parameters.keuze("status", status, VergunningStatus.class).orElse(null),
                parameters.keuze("bedrijfstype", bedrijfstype, Bedrijfstype.class).orElse(null),
                parameters.uuid("exploitantId", exploitantId).orElse(null));
        Paginering paginering = Paginering.lees(parameters, page, pageSize);
        parameters.valideer();
        return PaginaDto.van(vergunningen.zoek(filter, paginering).map(VergunningDto::van), uriInfo);
    }

    @GET
    @Path("/{vergunningnummer}")
    @RolesAllowed({Rol.VERGUNNINGVERLENER, Rol.HANDHAVER, Rol.BELEIDSMEDEWERKER, Rol.AUDITOR,
            Rol.HANDHAVINGSJURIST})
    public Response een(@PathParam("vergunningnummer") String vergunningnummer) {
        VergunningBeeld stand = vergunningen.lees(nummer(vergunningnummer));
        return Response.ok(VergunningDto.van(stand)).tag(etag(stand)).build();
    }

    @PATCH
    @Path("/{vergunningnummer}")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @RolesAllowed(Rol.VERGUNNINGVERLENER)
    public Response wijzig(@PathParam("vergunningnummer") String vergunningnummer,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch)
            throws JsonProcessingException {
        String nummer = nummer(vergunningnummer);
        VergunningBeeld huidig = vergunningen.leesVoorWijziging(nummer);
        long versie = Etag.vereisActueel(ifMatch, huidig.versie());
        ExploitatieVerzoek nieuw = mergePatch.pasToe(ExploitatieVerzoek.van(huidig), patch, ExploitatieVerzoek.class);
        VergunningBeeld stand = vergunningen.wijzig(nummer, versie, nieuw.alsGegevens());
        return Response.ok(VergunningDto.van(stand)).tag(etag(stand)).build();
    }

    /**
     * Enforcement's question "is this licence valid today, for these premises?"; any municipality's
     * licence. The officer may name the address they stand at, and learns whether it matches. Police
     * vice units ask it too, for a licence of any municipality: the number is the key, and the answer
     * is a public decision that shows no home worker's address.
     */
    @GET
    @Path("/{vergunningnummer}/status")
    @RolesAllowed({Rol.HANDHAVER, Rol.VERGUNNINGVERLENER, Rol.BELEIDSMEDEWERKER, Rol.AUDITOR, Rol.POLITIE,
            Rol.HANDHAVINGSJURIST})
    public VergunningstatusDto status(@PathParam("vergunningnummer") String vergunningnummer,
                                      @QueryParam(AdresParameters.POSTCODE) String postcode,
                                      @QueryParam(AdresParameters.HUISNUMMER) String huisnummer,
                                      @QueryParam(AdresParameters.HUISLETTER) String huisletter,
                                      @QueryParam(AdresParameters.TOEVOEGING) String huisnummertoevoeging,
                                      @BeanParam Verwerkingsheaders headers) {
        Parameters parameters = new Parameters();
        parameters.patroon("vergunningnummer", vergunningnummer, VERGUNNINGNUMMER, "een vergunningnummer zoals GM0363-2026-000042");
        Optional<Adressleutel> aanDeDeur = AdresParameters.lees(parameters, postcode, huisnummer, huisletter,
                huisnummertoevoeging);
        parameters.valideer();
        if (aanDeDeur.isPresent()) {
            // With an address the check is a look at a place: purpose required, and logged.
            return VergunningstatusDto.van(vergunningen.controleerAanDeDeur(vergunningnummer, aanDeDeur.get(),
                    headers.context()));
        }
        headers.controleerIndienGegeven();
        return VergunningstatusDto.van(vergunningen.controleer(vergunningnummer, Optional.empty()));
    }

    @POST
    @Path("/{vergunningnummer}/besluiten")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.VERGUNNINGVERLENER)
    @Idempotent
    public Response neemBesluit(@PathParam("vergunningnummer") String vergunningnummer,
                                @NotNull(message = "body ontbreekt") @Valid BesluitVerzoek verzoek) {
        String nummer = nummer(vergunningnummer);
        BesluitDto dto = BesluitDto.van(nummer, besluiten.neem(nummer, verzoek.alsGegevens()));
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, dto.links().self().href())
                .entity(dto).build();
    }

    @GET
    @Path("/{vergunningnummer}/besluiten")
    @RolesAllowed({Rol.VERGUNNINGVERLENER, Rol.HANDHAVER, Rol.BELEIDSMEDEWERKER, Rol.AUDITOR,
            Rol.HANDHAVINGSJURIST})
    public BesluitenDto besluiten(@PathParam("vergunningnummer") String vergunningnummer) {
        String nummer = nummer(vergunningnummer);
        return new BesluitenDto(vergunningen.besluiten(nummer).stream().map(b -> BesluitDto.van(nummer, b)).toList(),
                new BesluitenDto.Links(new Link(PAD + "/" + nummer + "/besluiten"), new Link(PAD + "/" + nummer)));
    }

    @GET
    @Path("/{vergunningnummer}/besluiten/{besluitId}")
    @RolesAllowed({Rol.VERGUNNINGVERLENER, Rol.HANDHAVER, Rol.BELEIDSMEDEWERKER, Rol.AUDITOR,
            Rol.HANDHAVINGSJURIST})
    public BesluitDto besluit(@PathParam("vergunningnummer") String vergunningnummer,
                              @PathParam("besluitId") String besluitId) {
        Parameters parameters = new Parameters();
        parameters.patroon("vergunningnummer", vergunningnummer, VERGUNNINGNUMMER, "een vergunningnummer zoals GM0363-2026-000042");
        UUID id = parameters.uuid("besluitId", besluitId).orElse(null);
        parameters.valideer();
        return BesluitDto.van(vergunningnummer, besluiten.lees(vergunningnummer, id));
    }

    /**
     * What other municipalities decided about this licence's operator and managers: for the licensing
     * officers of the licence's municipality only, under a stated purpose, and logged (see README,
     * "The national history of operators and managers").
     */
    @GET
    @Path("/{vergunningnummer}/bestuurlijke-historie")
    @RolesAllowed(Rol.VERGUNNINGVERLENER)
    public BestuurlijkeHistorieDto bestuurlijkeHistorie(@PathParam("vergunningnummer") String vergunningnummer,
                                                        @BeanParam Verwerkingsheaders headers) {
        String nummer = nummer(vergunningnummer);
        return BestuurlijkeHistorieDto.van(historie.lees(nummer, headers.context()));
    }

    private static String nummer(String vergunningnummer) {
        Parameters parameters = new Parameters();
        parameters.patroon("vergunningnummer", vergunningnummer, VERGUNNINGNUMMER, "een vergunningnummer zoals GM0363-2026-000042");
        parameters.valideer();
        return vergunningnummer;
    }

    private static EntityTag etag(VergunningBeeld vergunning) {
        return EntityTag.valueOf(Etag.van(vergunning.versie()));
    }
}
