package nl.regiokompas.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module boundaries of docs/architecture.md, checked on the production classes of every module. The
 * web-ui module sees all of them on its class path, so the rules live here.
 */
@AnalyzeClasses(packages = "nl.regiokompas", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    private static final String API = "nl.regiokompas.api..";
    private static final String COMMAND_SIDE = "nl.regiokompas.command..";
    private static final String QUERY_SIDE = "nl.regiokompas.query..";
    private static final String PLATFORM = "nl.regiokompas.platform..";
    private static final String WEB = "nl.regiokompas.web..";

    @ArchTest
    static final ArchRule api_depends_on_nothing_of_ours = noClasses().that().resideInAPackage(API)
            .should().dependOnClassesThat().resideInAnyPackage(COMMAND_SIDE, QUERY_SIDE, PLATFORM, WEB)
            .because("the api module is the shared vocabulary of both sides");

    @ArchTest
    static final ArchRule api_depends_on_no_spring = noClasses().that().resideInAPackage(API)
            .should().dependOnClassesThat().resideInAPackage("org.springframework..")
            .because("the api module is plain records that any client can use");

    @ArchTest
    static final ArchRule command_side_never_uses_the_query_side = noClasses().that().resideInAPackage(COMMAND_SIDE)
            .should().dependOnClassesThat().resideInAnyPackage(QUERY_SIDE, WEB);

    @ArchTest
    static final ArchRule query_side_never_uses_the_command_side = noClasses().that().resideInAPackage(QUERY_SIDE)
            .should().dependOnClassesThat().resideInAnyPackage(COMMAND_SIDE, WEB);

    @ArchTest
    static final ArchRule platform_knows_neither_side = noClasses().that().resideInAPackage(PLATFORM)
            .should().dependOnClassesThat().resideInAnyPackage(COMMAND_SIDE, QUERY_SIDE, WEB);

    @ArchTest
    static final ArchRule web_reaches_the_sides_only_through_api_messages = noClasses().that().resideInAPackage(WEB)
            .and().doNotHaveSimpleName("CommandSideConfiguration")
            .and().doNotHaveSimpleName("QuerySideConfiguration")
            .should().dependOnClassesThat().resideInAnyPackage(COMMAND_SIDE, QUERY_SIDE)
            .because("HTTP and WebSocket send api commands and queries; only the assembly wires the sides in");

    @ArchTest
    static final ArchRule no_package_cycles = slices().matching("nl.regiokompas.(**)").should().beFreeOfCycles();
}
