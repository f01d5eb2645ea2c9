package nl.sekswerkregister.architectuur;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Response;
import nl.sekswerkregister.common.invoer.Parameters;
import nl.sekswerkregister.common.paginering.PaginaDto;
import nl.sekswerkregister.common.tijd.Tijdbron;
import nl.sekswerkregister.idempotentie.Idempotent;
import org.junit.jupiter.api.Test;

/**
 * The shape every feature follows (README, "Repository layout"), checked so that a reviewer does
 * not have to remember it:
 * <ul>
 *   <li>{@code rest} owns the wire: every request body ({@code …Verzoek}) and response body
 *       ({@code …Dto}), and every HTTP concern (ETag and If-Match, merge patch, headers, query
 *       parsing). Shared wire building blocks ({@code AdresDto}, {@code PaginaDto},
 *       {@code IdentificatieDto}) live in {@code common} and {@code privacy}.</li>
 *   <li>{@code service} takes parsed domain values ({@code …Gegevens}, identifiers, versions) and
 *       returns domain results ({@code …Beeld}); it knows nothing of HTTP or JSON patches.</li>
 *   <li>{@code repository} holds queries and their projections ({@code …Rij}).</li>
 *   <li>{@code domain} depends on nothing above it.</li>
 *   <li>Features and the building blocks do not import each other in circles.</li>
 * </ul>
 * One deliberate exception: the rules vocabulary ({@code regelset.domain.Regels} and its parts) is
 * at once the stored form and the published wire form of a rule set, so request bodies carry it
 * as it is.
 */
class ArchitectuurTest {

    static final JavaClasses KLASSEN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.sekswerkregister");

    private static final String[] ONDER_REST = {"..service..", "..domain..", "..repository.."};

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
        // decision).
        methods().that().areAnnotatedWith(Idempotent.class).should().haveRawReturnType(Response.class)
                .check(KLASSEN);
    }

    @Test
    void deTijdKomtVanDeKlokVanDeDienst() {
        // One notion of "now" (common.tijd.Tijdbron), which the tests replace: a class that reads the
        // system clock itself keeps the real date in a test that moved the service's clock.
        // The DEV-ONLY identity provider (pagina.inlog.dev) signs tokens that Quarkus OIDC judges by the system
        // clock: with the service's (test) clock, a test that moved it would make every page login fail.
        noClasses().that().doNotHaveFullyQualifiedName(Tijdbron.class.getName())
                .and().doNotHaveFullyQualifiedName("nl.sekswerkregister.pagina.inlog.dev.DevIdentiteitsprovider")
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
    void lagerLagenKennenDeRestlaagNiet() {
        noClasses().that().resideInAnyPackage(ONDER_REST)
                .should().dependOnClassesThat().resideInAPackage("..rest..")
                .check(KLASSEN);
    }

    @Test
    void servicesSprekenGeenHttp() {
        noClasses().that().resideInAnyPackage(ONDER_REST)
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "io.vertx..", "org.jboss.resteasy..",
                        "nl.sekswerkregister.common.http..", "nl.sekswerkregister.common.json..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.fasterxml.jackson.databind.JsonNode")
                .orShould().dependOnClassesThat().areAssignableTo(Parameters.class)
                .because("HTTP concerns (ETag, If-Match, merge patch, headers, query parsing) belong to rest; "
                        + "services take parsed values and collect field errors in Invoerfouten")
                .check(KLASSEN);
    }

    @Test
    void draadtypenHorenBijDeRestlaag() {
        classes().that().haveSimpleNameEndingWith("Dto").or().haveSimpleNameEndingWith("Verzoek")
                .should().resideInAnyPackage("..rest..", "nl.sekswerkregister.common..", "nl.sekswerkregister.privacy..")
                .check(KLASSEN);
        noClasses().that().resideInAnyPackage(ONDER_REST)
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Dto")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Verzoek")
                .check(KLASSEN);
        noClasses().that().resideInAnyPackage(ONDER_REST)
                .should().dependOnClassesThat().resideInAPackage("jakarta.validation.constraints..")
                .because("Bean Validation checks the form of what arrives on the wire, in rest; the rules "
                        + "vocabulary (regelset.domain) is the one domain type that is also a wire type")
                .allowEmptyShould(true)
                .check(KLASSEN.that(DescribedPredicate.not(inPakket("nl.sekswerkregister.regelset.domain"))));
    }

    @Test
    void resourcesGevenAlleenDraadtypenTerug() {
        methods().that().areAnnotatedWith(GET.class).or().areAnnotatedWith(POST.class)
                .or().areAnnotatedWith(PATCH.class).or().areAnnotatedWith(PUT.class).or().areAnnotatedWith(DELETE.class)
                .should(new ArchCondition<>("return a Response or a wire type of the rest layer") {
                    @Override
                    public void check(JavaMethod methode, ConditionEvents events) {
                        JavaClass type = methode.getRawReturnType();
                        boolean draad = type.isEquivalentTo(Response.class) || type.isEquivalentTo(PaginaDto.class)
                                || type.getPackageName().contains(".rest");
                        // A page (package pagina) answers HTML rendered from a Qute template, never an entity.
                        boolean pagina = methode.getOwner().getPackageName().startsWith("nl.sekswerkregister.pagina.")
                                && type.isEquivalentTo(io.quarkus.qute.TemplateInstance.class);
                        draad = draad || pagina;
                        events.add(new SimpleConditionEvent(methode, draad,
                                methode.getFullName() + " returns " + type.getName()));
                    }
                })
                .check(KLASSEN);
    }

    @Test
    void recordsDragenDeNaamVanHunRol() {
        classes().that().resideInAPackage("..rest..").and().areRecords().and().areTopLevelClasses()
                .should().haveSimpleNameEndingWith("Dto").orShould().haveSimpleNameEndingWith("Verzoek")
                .check(KLASSEN);
        classes().that().resideInAPackage("..service..").and().areRecords().and().areTopLevelClasses()
                .should().haveSimpleNameEndingWith("Beeld").orShould().haveSimpleNameEndingWith("Gegevens")
                .orShould().haveSimpleNameEndingWith("Filter")
                .check(KLASSEN);
        classes().that().resideInAPackage("..repository..").and().areRecords()
                .should().haveSimpleNameEndingWith("Rij")
                .check(KLASSEN);
    }

    @Test
    void featuresHangenNietInKringenAanElkaar() {
        slices().matching("nl.sekswerkregister.(*)..").should().beFreeOfCycles().check(KLASSEN);
    }

    @Test
    void ookDeDelenVanEenFeatureNiet() {
        slices().matching("nl.sekswerkregister.(*).(*)..").should().beFreeOfCycles().check(KLASSEN);
    }

    private static DescribedPredicate<JavaClass> inPakket(String pakket) {
        return DescribedPredicate.describe("in " + pakket, c -> c.getPackageName().equals(pakket));
    }
}
