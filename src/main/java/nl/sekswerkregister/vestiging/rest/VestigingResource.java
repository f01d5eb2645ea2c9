package nl.sekswerkregister.vestiging.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.sekswerkregister.common.adres.AdresParameters;
import nl.sekswerkregister.common.adres.Adressleutel;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.common.invoer.Parameters;
import nl.sekswerkregister.common.paginering.PaginaDto;
import nl.sekswerkregister.common.paginering.Paginering;
import nl.sekswerkregister.dataverwerking.rest.Verwerkingsheaders;
import nl.sekswerkregister.vestiging.service.VestigingFilter;
import nl.sekswerkregister.vestiging.service.VestigingService;

/** Premises, for enforcement at the door (municipal and police): by address or by the operator's KvK number. */
@Path(VestigingResource.PAD)
@Produces(MediaType.APPLICATION_JSON)
public class VestigingResource {

    static final String PAD = "/api/v1/vestigingen";
    private static final Pattern KVK_NUMMER = Pattern.compile("[0-9]{8}");
    private static final String EEN_VAN = "Zoek op adres (postcode en huisnummer) of op kvkNummer, precies één van beide.";

    private final VestigingService vestigingen;

    public VestigingResource(VestigingService vestigingen) {
        this.vestigingen = vestigingen;
    }

    @GET
    @RolesAllowed({Rol.HANDHAVER, Rol.VERGUNNINGVERLENER, Rol.BELEIDSMEDEWERKER, Rol.AUDITOR, Rol.LANDELIJK_BEHEERDER,
            Rol.POLITIE, Rol.HANDHAVINGSJURIST})
    public PaginaDto<VestigingDto> zoek(@QueryParam(AdresParameters.POSTCODE) String postcode,
                                        @QueryParam(AdresParameters.HUISNUMMER) String huisnummer,
                                        @QueryParam(AdresParameters.HUISLETTER) String huisletter,
                                        @QueryParam(AdresParameters.TOEVOEGING) String huisnummertoevoeging,
                                        @QueryParam("kvkNummer") String kvkNummer,
                                        @QueryParam("page") String page, @QueryParam("pageSize") String pageSize,
                                        @BeanParam Verwerkingsheaders headers, @Context UriInfo uriInfo) {
        Parameters parameters = new Parameters();
        boolean metAdres = AdresParameters.gegeven(postcode, huisnummer, huisletter, huisnummertoevoeging);
        if (metAdres == (kvkNummer != null)) {
            parameters.fout(AdresParameters.POSTCODE, "een-van", EEN_VAN);
            parameters.fout("kvkNummer", "een-van", EEN_VAN);
        }
        Optional<Adressleutel> adres = AdresParameters.lees(parameters, postcode, huisnummer, huisletter,
                huisnummertoevoeging);
        Optional<String> kvk = parameters.patroon("kvkNummer", kvkNummer, KVK_NUMMER, "een KvK-nummer van 8 cijfers");
        Paginering paginering = Paginering.lees(parameters, page, pageSize);
        parameters.valideer();
        var context = headers.context();
        return PaginaDto.van(vestigingen.zoek(new VestigingFilter(adres.orElse(null), kvk.orElse(null)), paginering,
                context).map(VestigingDto::van), uriInfo);
    }

    @GET
    @Path("/{vestigingId}")
    @RolesAllowed({Rol.HANDHAVER, Rol.VERGUNNINGVERLENER, Rol.BELEIDSMEDEWERKER, Rol.AUDITOR, Rol.LANDELIJK_BEHEERDER,
            Rol.POLITIE, Rol.HANDHAVINGSJURIST})
    public VestigingDto een(@PathParam("vestigingId") String vestigingId, @BeanParam Verwerkingsheaders headers) {
        Parameters parameters = new Parameters();
        UUID id = parameters.uuid("vestigingId", vestigingId).orElse(null);
        parameters.valideer();
        return VestigingDto.van(vestigingen.lees(id, headers.context()));
    }
}
