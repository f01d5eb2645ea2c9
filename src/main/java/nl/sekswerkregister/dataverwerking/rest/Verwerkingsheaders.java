package nl.sekswerkregister.dataverwerking.rest;

import jakarta.ws.rs.HeaderParam;
import nl.sekswerkregister.dataverwerking.domain.Verwerkingscontext;

/** The headers every processing of registration data carries (used as a @BeanParam). */
public class Verwerkingsheaders {

    @HeaderParam(Verwerkingscontext.DOELBINDING)
    String doelbinding;
    @HeaderParam(Verwerkingscontext.VERWERKINGSACTIVITEIT)
    String verwerkingsactiviteit;
    @HeaderParam("traceparent")
    String traceparent;

    /** Where a purpose is optional: 400 for a malformed header that was sent, nothing for one left out. */
    public void controleerIndienGegeven() {
        Verwerkingscontext.controleerIndienGegeven(doelbinding, verwerkingsactiviteit);
    }

    /** Validated context; 400 naming the missing or malformed header. */
    public Verwerkingscontext context() {
        return Verwerkingscontext.lees(doelbinding, verwerkingsactiviteit, traceparent);
    }
}
