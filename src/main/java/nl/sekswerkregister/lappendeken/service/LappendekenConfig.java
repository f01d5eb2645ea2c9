package nl.sekswerkregister.lappendeken.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "sekswerkregister.lappendeken")
public interface LappendekenConfig {

    /**
     * Check OPENINGSTIJDEN_VERSCHILLEN reports two municipalities when their hours open on some day
     * differ by more than this many hours.
     */
    @WithDefault("4")
    double openingstijdenDrempelUren();

    /**
     * Signals of unlicensed activity count for the analysis of a date when they are dated in the
     * this many days up to and including it (check VERPLAATSING_WAARGENOMEN, and the counts in the
     * patchwork index). A year: enforcement follows a place for months, and the rules change yearly.
     */
    @WithDefault("365")
    int signaleringsvensterDagen();

    /**
     * Check VERPLAATSING_WAARGENOMEN counts a signal as near the border with a neighbour when its
     * location lies within this many metres of the border they share. Two kilometres: a short walk or
     * drive across, and well above the boundaries' own precision (about 100 m).
     */
    @WithDefault("2000")
    double grensafstandMeters();
}
