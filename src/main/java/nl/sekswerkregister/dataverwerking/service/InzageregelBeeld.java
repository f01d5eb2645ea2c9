package nl.sekswerkregister.dataverwerking.service;

import java.time.Instant;

/** One line of an access report: when, what, by which organisation and role; officers only as pseudonyms. */
public record InzageregelBeeld(Instant tijdstip, String operatie, String organisatie, String rol, String medewerker,
                               String doelbinding, String verwerkingsactiviteit) {
}
