package nl.sekswerkregister.statistiek.rest;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

/** The query parameters every statistic shares; {@code peildatum} only stocks have, on their own methods. */
public class Tabelparameters {

    @QueryParam("indeling")
    String indeling;
    @QueryParam("gebied")
    String gebied;
    @QueryParam("vanaf")
    String vanaf;
    @QueryParam("tot")
    String tot;
    @QueryParam("page")
    String page;
    @QueryParam("pageSize")
    String pageSize;
    @Context
    UriInfo uriInfo;
    @Context
    HttpHeaders headers;
}
