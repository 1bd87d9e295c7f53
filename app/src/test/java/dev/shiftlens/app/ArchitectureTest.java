// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.shiftlens.app.cli.Console;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;

/** DESIGN.md's dependency direction and STYLE.md's boundaries, checked on the compiled classes. */
class ArchitectureTest {

    private static JavaClasses classes;

    /** The product's modules; sample-data is a separate generator tool that writes its export files with DuckDB. */
    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.shiftlens.analysis", "dev.shiftlens.storage", "dev.shiftlens.connectors", "dev.shiftlens.app");
    }

    @Test
    void analysisKnowsNothingOfUiDatabaseNetworkOrOtherModules() {
        noClasses().that().resideInAPackage("dev.shiftlens.analysis..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "java.sql..",
                        "org.duckdb..", "okhttp3..", "java.net.http..", "dev.shiftlens.storage..",
                        "dev.shiftlens.connectors..", "dev.shiftlens.app..")
                .because("the domain and the science must be testable and reusable without UI, database or network (DESIGN.md)")
                .check(classes);
    }

    @Test
    void storageAndConnectorsDoNotUseJavaFx() {
        noClasses().that().resideInAnyPackage("dev.shiftlens.storage..", "dev.shiftlens.connectors..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "dev.shiftlens.app..")
                .because("storage and connectors serve the headless CLI and CI gate as much as the workbench")
                .check(classes);
    }

    @Test
    void connectorsDoNotTalkToTheDatabase() {
        noClasses().that().resideInAPackage("dev.shiftlens.connectors..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.duckdb..", "dev.shiftlens.storage..")
                .because("SQL lives in storage and nowhere else; connectors hand data to the caller")
                .check(classes);
    }

    @Test
    void onlyStorageUsesSql() {
        noClasses().that().resideOutsideOfPackage("dev.shiftlens.storage..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.duckdb..")
                .because("the run store owns the schema; SQL elsewhere would bypass its migrations and transactions")
                .check(classes);
    }

    @Test
    void commandLineJobsAndReportsRunWithoutJavaFx() {
        noClasses().that().resideInAnyPackage("dev.shiftlens.app.cli..", "dev.shiftlens.app.jobs..", "dev.shiftlens.app.report..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "dev.shiftlens.app.ui..")
                .because("the CI gate runs on machines without a display or JavaFX runtime")
                .check(classes);
    }

    @Test
    void numericLibrariesStayBehindTheirAdapters() {
        noClasses().that().resideOutsideOfPackages("dev.shiftlens.analysis.cluster..", "dev.shiftlens.analysis.projection..",
                        "dev.shiftlens.analysis.embed..")
                .should().dependOnClassesThat().resideInAnyPackage("smile..", "org.tribuo..", "ai.onnxruntime..",
                        "dev.langchain4j..", "ai.djl..")
                .because("library types must not leak into our signatures (STYLE.md); one package adapts each")
                .check(classes);
    }

    @Test
    void onlyTheConsoleWritesToStandardStreams() {
        noClasses().that().doNotHaveFullyQualifiedName(Console.class.getName())
                .should(ACCESS_STANDARD_STREAMS)
                .because("output goes through the CLI's writer and logs through SLF4J, so tests and CI can capture both")
                .check(classes);
    }

    @Test
    void nobodyPrintsStackTraces() {
        noClasses().should().callMethod(Throwable.class, "printStackTrace")
                .because("errors are logged once where handled and shown to the user with a message, not dumped")
                .check(classes);
    }
}
