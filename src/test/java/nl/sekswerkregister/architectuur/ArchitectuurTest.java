package nl.sekswerkregister.architectuur;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Response;
import nl.sekswerkregister.common.idempotentie.Idempotent;
import nl.sekswerkregister.common.tijd.Tijdbron;
import org.junit.jupiter.api.Test;

/** The code-shape rules of STYLE.md that a reviewer would otherwise have to remember. */
class ArchitectuurTest {

    static final JavaClasses KLASSEN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.sekswerkregister");

    @Test
    void elkeResourcemethodeHeeftEenExplicieteBeveiligingsannotatie() {
        methods().that().areAnnotatedWith(GET.class).or().areAnnotatedWith(POST.class)
                .or().areAnnotatedWith(PATCH.class).or().areAnnotatedWith(PUT.class).or().areAnnotatedWith(DELETE.class)
                .should().beAnnotatedWith(RolesAllowed.class).orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(DenyAll.class)
                .check(KLASSEN);
    }

    @Test
    void resourcesRakenGeenRepositoriesAan() {
        noClasses().that().resideInAPackage("..rest..")
                .should().dependOnClassesThat().resideInAPackage("..repository..")
                .check(KLASSEN);
    }

    @Test
    void entiteitenVerlatenDeServicelaagNiet() {
        noClasses().that().resideInAPackage("..rest..")
                .should().dependOnClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class)
                .because("resources map service results to DTO records; entities stay behind the service layer")
                .allowEmptyShould(true)
                .check(KLASSEN);
    }

    @Test
    void cryptografieAlleenInHetPrivacypakket() {
        noClasses().that().resideOutsideOfPackages("..privacy..", "..common.beveiliging..")
                .should().dependOnClassesThat().resideInAPackage("javax.crypto..")
                .check(KLASSEN);
    }

    @Test
    void idempotenteMethodenGevenEenResponse() {
        // A replay hands back the stored answer as a Response; a method declared to return a DTO
        // would turn every replay into a ClassCastException (a 500 on every retried registration
        // decision, issue 10).
        methods().that().areAnnotatedWith(Idempotent.class).should().haveRawReturnType(Response.class)
                .check(KLASSEN);
    }

    @Test
    void deTijdKomtVanDeKlokVanDeDienst() {
        // One notion of "now" (common.tijd.Tijdbron), which the tests replace: a class that reads the
        // system clock itself keeps the real date in a test that moved the service's clock.
        noClasses().that().doNotHaveFullyQualifiedName(Tijdbron.class.getName())
                .should().callMethodWhere(DescribedPredicate.describe("leest de systeemklok",
                        ArchitectuurTest::leestDeSysteemklok))
                .check(KLASSEN);
    }

    /** now() without a Clock on any java.time type, Clock.system*(), System.currentTimeMillis(). */
    private static boolean leestDeSysteemklok(JavaMethodCall aanroep) {
        String eigenaar = aanroep.getTargetOwner().getName();
        String naam = aanroep.getName();
        boolean metKlok = aanroep.getTarget().getRawParameterTypes().stream()
                .anyMatch(t -> t.isEquivalentTo(java.time.Clock.class));
        return eigenaar.startsWith("java.time.") && naam.equals("now") && !metKlok
                || eigenaar.equals("java.time.Clock") && naam.startsWith("system")
                || eigenaar.equals("java.lang.System") && naam.equals("currentTimeMillis");
    }

    @Test
    void featuresHangenNietAanElkaarsRestlaag() {
        noClasses().that().resideInAPackage("..service..")
                .should().dependOnClassesThat().resideInAPackage("..rest..")
                .check(KLASSEN);
    }
}
