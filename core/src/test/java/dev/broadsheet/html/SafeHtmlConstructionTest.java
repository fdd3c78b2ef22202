package dev.broadsheet.html;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Only the sanitizer and Markdown (package {@code dev.broadsheet.html}) can make {@link SafeHtml}. */
@AnalyzeClasses(packages = "dev.broadsheet", importOptions = ImportOption.DoNotIncludeTests.class)
class SafeHtmlConstructionTest {

    @ArchTest
    static final ArchRule ONLY_THE_HTML_PACKAGE_CONSTRUCTS_SAFE_HTML = constructors()
            .that().areDeclaredIn(SafeHtml.class)
            .should().onlyBeCalled().byClassesThat().resideInAPackage("dev.broadsheet.html");

    @ArchTest
    static final ArchRule SAFE_HTML_HAS_NO_PUBLIC_CONSTRUCTOR = constructors()
            .that().areDeclaredIn(SafeHtml.class)
            .should().notBePublic().andShould().notBeProtected();
}
