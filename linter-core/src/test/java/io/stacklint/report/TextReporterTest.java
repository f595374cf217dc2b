package io.stacklint.report;

/** The text report, uncoloured. */
class TextReporterTest extends ReporterGoldenTest {

    @Override
    Reporter reporter() {
        return new TextReporter(ReportOptions.PLAIN);
    }

    @Override
    String extension() {
        return "txt";
    }
}
