// SPDX-License-Identifier: GPL-3.0-or-later
// mailscout-render: HTML in, PDF out. Printing needs QtGui (layout, fonts, painting), which mailscout-cli
// must not link so that it runs on servers without any GUI library; the CLI runs this instead. It never
// opens a window: the "offscreen" platform is forced unless the caller chose one.
#include <QCommandLineParser>
#include <QFile>
#include <QGuiApplication>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

enum ExitStatus { Success = 0, Failed = 1, UsageError = 2 };

// HTML reports are far smaller; this bounds what a mistaken input could make us lay out.
constexpr qint64 kMaxInput = 64 * 1024 * 1024;

int fail(const QString& message, int status = Failed)
{
    QTextStream(stderr) << u"mailscout-render: "_s << message << u'\n';
    return status;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(u"mailscout-render"_s);
    QGuiApplication::setOrganizationName(u"Mailscout"_s);
    QGuiApplication::setApplicationVersion(QStringLiteral(MAILSCOUT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("render",
        "Prints an HTML page (a Mailscout report or settings sheet) to a PDF file.\n"
        "Reads the HTML from FILE, or from standard input when FILE is missing or \"-\"."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption outputOption({ u"o"_s, u"output"_s },
        QCoreApplication::translate("render", "Write the PDF to this file instead of standard output."), u"file"_s);
    const QCommandLineOption pageOption(u"page-size"_s,
        QCoreApplication::translate("render", "A4 (the default) or Letter."), u"size"_s, u"A4"_s);
    parser.addOptions({ outputOption, pageOption });
    parser.addPositionalArgument(u"file"_s, QCoreApplication::translate("render", "The HTML file."), u"[file]"_s);
    if (!parser.parse(QCoreApplication::arguments()))
        return fail(parser.errorText(), UsageError);
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return Success;
    }
    if (parser.isSet(u"version"_s)) {
        QTextStream(stdout) << u"mailscout-render "_s << QCoreApplication::applicationVersion() << u'\n';
        return Success;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1)
        return fail(QCoreApplication::translate("render", "only one input file, please"), UsageError);
    const QString pageName = parser.value(pageOption).toLower();
    if (pageName != "a4"_L1 && pageName != "letter"_L1)
        return fail(QCoreApplication::translate("render", "--page-size takes A4 or Letter"), UsageError);

    QFile input;
    const QString inputName = files.value(0, u"-"_s);
    bool opened = false;
    if (inputName == "-"_L1) {
        opened = input.open(stdin, QIODevice::ReadOnly);
    } else {
        input.setFileName(inputName);
        opened = input.open(QIODevice::ReadOnly);
    }
    if (!opened)
        return fail(QCoreApplication::translate("render", "cannot read \"%1\": %2").arg(inputName, input.errorString()));
    const QByteArray html = input.read(kMaxInput + 1);
    if (html.size() > kMaxInput)
        return fail(QCoreApplication::translate("render", "the input is too large"));

    QFile output;
    const QString outputName = parser.value(outputOption);
    if (outputName.isEmpty() || outputName == "-"_L1) {
        if (!output.open(stdout, QIODevice::WriteOnly))
            return fail(QCoreApplication::translate("render", "cannot write to standard output"));
    } else {
        output.setFileName(outputName);
        if (!output.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(QCoreApplication::translate("render", "cannot write \"%1\": %2").arg(outputName, output.errorString()));
    }

    QTextDocument document;
    // Rich text only: no script runs and no resource is fetched, whatever the HTML asks for.
    document.setHtml(QString::fromUtf8(html));
    QPdfWriter writer(&output);
    // No page margins of our own: QTextDocument::print() keeps 2 cm around the text and puts the page
    // numbers there.
    writer.setCreator(u"Mailscout %1"_s.arg(QCoreApplication::applicationVersion()));
    writer.setTitle(document.metaInformation(QTextDocument::DocumentTitle));
    writer.setPageLayout(QPageLayout(QPageSize(pageName == "letter"_L1 ? QPageSize::Letter : QPageSize::A4),
        QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    document.print(&writer);
    if (!output.flush())
        return fail(QCoreApplication::translate("render", "cannot write the PDF: %1").arg(output.errorString()));
    return Success;
}
