package nl.sekswerkregister.support;

import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Leaves the test classes in the order Surefire hands them over: in a random order, whose seed it
 * prints (pom.xml, surefire.runOrder). Quarkus' class orderer puts the {@code @QuarkusTest} classes
 * first, grouped by test profile so that each profile starts the application once, and within a
 * group applies this "secondary" orderer. Its default sorts by class name, which silently undid
 * Surefire's order: every run had the same order, whatever the seed.
 */
public class Ontdekkingsvolgorde implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        // The order of discovery is Surefire's order.
    }
}
