#include "core/documents/odtfinish.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QRegularExpression>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

using namespace Qt::StringLiterals;

namespace ecoclaim::documents {

namespace {
// Translations of this file live in the context ecoclaim::Papers (lupdate reads the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Papers)
};

const QByteArray pageStyles = R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2">
  <office:automatic-styles>
    <style:page-layout style:name="GBT9704">
      <style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm" style:print-orientation="portrait" fo:margin-top="37mm" fo:margin-bottom="35mm" fo:margin-left="28mm" fo:margin-right="26mm"/>
    </style:page-layout>
  </office:automatic-styles>
  <office:master-styles>
    <style:master-page style:name="Standard" style:page-layout-name="GBT9704"/>
  </office:master-styles>
</office:document-styles>
)";

// Every fo:font-family / fo:font-size / fo:font-weight also as its Asian twin.
QByteArray withAsianTwins(const QByteArray &content)
{
    QString xml = QString::fromUtf8(content);
    static const QRegularExpression property(uR"re(fo:font-(family|size|weight)="([^"]*)")re"_s);
    xml.replace(property, uR"re(fo:font-\1="\2" style:font-\1-asian="\2")re"_s);
    return xml.toUtf8();
}

bool addEntry(QuaZip &zip, const QString &name, const QByteArray &bytes, bool store)
{
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, store ? 0 : Z_DEFLATED, store ? 0 : Z_DEFAULT_COMPRESSION))
        return false;
    const bool written = file.write(bytes) == bytes.size();
    file.close();
    return written && file.getZipError() == UNZ_OK;
}
} // namespace

domain::Result<QByteArray> finishOdt(const QByteArray &qtOdt)
{
    const domain::Problem broken{{}, Tr::tr("The ODT file could not be written."), {}};
    QByteArray input = qtOdt;
    QBuffer source(&input);
    QuaZip in(&source);
    if (!in.open(QuaZip::mdUnzip))
        return broken;
    QList<std::pair<QString, QByteArray>> entries;
    for (bool more = in.goToFirstFile(); more; more = in.goToNextFile()) {
        QuaZipFile file(&in);
        if (!file.open(QIODevice::ReadOnly))
            return broken;
        entries.append({in.getCurrentFileName(), file.readAll()});
        file.close();
    }
    in.close();

    QByteArray output;
    QBuffer target(&output);
    QuaZip out(&target);
    if (!out.open(QuaZip::mdCreate))
        return broken;
    bool ok = addEntry(out, u"mimetype"_s, "application/vnd.oasis.opendocument.text", true);
    for (auto &[name, bytes] : entries) {
        if (name == u"mimetype" || name == u"styles.xml")
            continue;
        if (name == u"content.xml")
            bytes = withAsianTwins(bytes);
        else if (name == u"META-INF/manifest.xml" && !bytes.contains("styles.xml"))
            bytes.replace("</manifest:manifest>",
                          " <manifest:file-entry manifest:media-type=\"text/xml\" manifest:full-path=\"styles.xml\"/>\n</manifest:manifest>");
        ok = ok && addEntry(out, name, bytes, false);
    }
    ok = ok && addEntry(out, u"styles.xml"_s, pageStyles, false);
    out.close();
    if (!ok || out.getZipError() != ZIP_OK)
        return broken;
    return output;
}

} // namespace ecoclaim::documents
