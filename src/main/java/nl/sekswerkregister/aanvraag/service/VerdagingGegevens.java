package nl.sekswerkregister.aanvraag.service;

import java.time.LocalDate;

/** The one extension of the decision period: by {@code weken}, notified on {@code verdaagdOp}, with reasons. */
public record VerdagingGegevens(int weken, LocalDate verdaagdOp, String motivering) {
}
