#include "core/documents/odtfinish.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

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

// The GB/T 9704 page with its page numbers ("— N —", 4号, odd pages right and even pages left, below the
// type area) and the named paragraph styles a caseworker picks from in the word processor: 正文 (3号
// 仿宋 on the 22-line grid: exact line spacing 28.95 pt, two-character indent), 标题 (2号 小标宋, centred),
// 文号 (centred), 落款 (right), 附注 (4号). The paragraphs Qt writes take them as parents (see below).
const QByteArray pageStyles = R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2">
  <office:font-face-decls>
    <style:font-face style:name="BODYFONT" svg:font-family="BODYFAMILY"/>
    <style:font-face style:name="TITLEFONT" svg:font-family="TITLEFAMILY"/>
  </office:font-face-decls>
  <office:styles>
    <style:style style:name="Zhengwen" style:display-name="正文" style:family="paragraph">
      <style:paragraph-properties fo:line-height="28.95pt" fo:text-indent="32pt" fo:margin-top="0pt" fo:margin-bottom="0pt" fo:orphans="2" fo:widows="2"/>
      <style:text-properties style:font-name="BODYFONT" fo:font-family="BODYFAMILY" style:font-family-asian="BODYFAMILY" fo:font-size="16pt" style:font-size-asian="16pt"/>
    </style:style>
    <style:style style:name="Biaoge" style:display-name="表格文字" style:family="paragraph">
      <style:text-properties style:font-name="BODYFONT" fo:font-family="BODYFAMILY" style:font-family-asian="BODYFAMILY" fo:font-size="14pt" style:font-size-asian="14pt"/>
    </style:style>
    <style:style style:name="Biaoti" style:display-name="标题" style:family="paragraph" style:parent-style-name="Zhengwen">
      <style:paragraph-properties fo:text-align="center" fo:text-indent="0pt" fo:keep-with-next="always"/>
      <style:text-properties style:font-name="TITLEFONT" fo:font-family="TITLEFAMILY" style:font-family-asian="TITLEFAMILY" fo:font-size="22pt" style:font-size-asian="22pt"/>
    </style:style>
    <style:style style:name="Wenhao" style:display-name="文号" style:family="paragraph" style:parent-style-name="Zhengwen">
      <style:paragraph-properties fo:text-align="center" fo:text-indent="0pt"/>
    </style:style>
    <style:style style:name="Luokuan" style:display-name="落款" style:family="paragraph" style:parent-style-name="Zhengwen">
      <style:paragraph-properties fo:text-align="end" fo:text-indent="0pt" fo:keep-with-next="always"/>
    </style:style>
    <style:style style:name="Fuzhu" style:display-name="附注" style:family="paragraph" style:parent-style-name="Zhengwen">
      <style:text-properties fo:font-size="14pt" style:font-size-asian="14pt"/>
    </style:style>
    <style:style style:name="Yema" style:display-name="页码" style:family="paragraph">
      <style:paragraph-properties fo:text-align="end" fo:margin-right="16pt"/>
      <style:text-properties fo:font-size="14pt" style:font-size-asian="14pt"/>
    </style:style>
    <style:style style:name="YemaOu" style:display-name="页码（偶数页）" style:family="paragraph" style:parent-style-name="Yema">
      <style:paragraph-properties fo:text-align="start" fo:margin-left="16pt" fo:margin-right="0pt"/>
    </style:style>
  </office:styles>
  <office:automatic-styles>
    <style:page-layout style:name="GBT9704" style:page-usage="mirrored">
      <style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm" style:print-orientation="portrait" fo:margin-top="37mm" fo:margin-bottom="28mm" fo:margin-left="28mm" fo:margin-right="26mm"/>
      <style:footer-style><style:header-footer-properties fo:min-height="7mm" fo:margin-top="0mm"/></style:footer-style>
    </style:page-layout>
  </office:automatic-styles>
  <office:master-styles>
    <style:master-page style:name="Standard" style:page-layout-name="GBT9704">
      <style:footer><text:p text:style-name="Yema">— <text:page-number text:select-page="current">1</text:page-number> —</text:p></style:footer>
      <style:footer-left><text:p text:style-name="YemaOu">— <text:page-number text:select-page="current">2</text:page-number> —</text:p></style:footer-left>
    </style:master-page>
  </office:master-styles>
</office:document-styles>
)";

// Fonts as office machines know them: the GB2312 names first, then the plain 仿宋 names, then the free
// face this machine used — LibreOffice takes the first installed of a ";"-separated list.
QString bodyFamilies(const QString &used)
{
    return u"仿宋_GB2312;FangSong_GB2312;仿宋;FangSong;"_s + used;
}
QString titleFamilies(const QString &used)
{
    return u"方正小标宋简体;FZXiaoBiaoSong-B05S;"_s + used;
}

// The paragraph styles Qt writes (P1, P2…) take the named style that fits them as parent.
QByteArray withNamedStyles(const QByteArray &content, const QString &body, const QString &title)
{
    QString xml = QString::fromUtf8(content);
    static const QRegularExpression paragraphStyle(uR"re(<style:style style:name="([pP]\d+)" style:family="paragraph"([^>]*)>(.*?)</style:style>)re"_s,
                                                   QRegularExpression::DotMatchesEverythingOption);
    // The title is the document's first paragraph (its size sits on the text run, not the paragraph).
    static const QRegularExpression firstParagraph(uR"re(<text:p text:style-name="([^"]+)")re"_s);
    const QString titleStyle = firstParagraph.match(xml).captured(1);
    // Paragraphs in table cells keep their natural height, as on the PDF: not the 22-line grid.
    QSet<QString> inCells;
    static const QRegularExpression cell(uR"re(<table:table-cell[^>]*>(.*?)</table:table-cell>)re"_s,
                                         QRegularExpression::DotMatchesEverythingOption);
    for (auto it = cell.globalMatch(xml); it.hasNext();) {
        const QString inner = it.next().captured(1);
        for (auto p = firstParagraph.globalMatch(inner); p.hasNext();)
            inCells.insert(p.next().captured(1));
    }
    QString out;
    qsizetype last = 0;
    for (auto it = paragraphStyle.globalMatch(xml); it.hasNext();) {
        const auto m = it.next();
        const QString props = m.captured(3);
        QString parent = inCells.contains(m.captured(1)) ? u"Biaoge"_s : u"Zhengwen"_s;
        if (props.contains(u"fo:font-size=\"22pt\""_s) || m.captured(1) == titleStyle)
            parent = u"Biaoti"_s;
        else if (props.contains(u"fo:text-align=\"end\""_s) || props.contains(u"fo:text-align=\"right\""_s))
            parent = u"Luokuan"_s;
        else if (props.contains(u"fo:text-align=\"center\""_s))
            parent = u"Wenhao"_s;
        else if (props.contains(u"fo:font-size=\"14pt\""_s))
            parent = u"Fuzhu"_s;
        out += QStringView(xml).mid(last, m.capturedStart() - last);
        out += u"<style:style style:name=\"%1\" style:family=\"paragraph\" style:parent-style-name=\"%2\"%3>%4</style:style>"_s
                   .arg(m.captured(1), parent, m.captured(2), props);
        last = m.capturedEnd();
    }
    out += QStringView(xml).mid(last);
    // The families by the names office machines know (with this machine's face last).
    out.replace(u"=\"%1\""_s.arg(body), u"=\"%1\""_s.arg(bodyFamilies(body)));
    if (title != body)
        out.replace(u"=\"%1\""_s.arg(title), u"=\"%1\""_s.arg(titleFamilies(title)));
    return out.toUtf8();
}

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

domain::Result<QByteArray> finishOdt(const QByteArray &qtOdt, const QString &bodyFamily, const QString &titleFamily)
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
            bytes = withNamedStyles(withAsianTwins(bytes), bodyFamily, titleFamily);
        else if (name == u"META-INF/manifest.xml" && !bytes.contains("styles.xml"))
            bytes.replace("</manifest:manifest>",
                          " <manifest:file-entry manifest:media-type=\"text/xml\" manifest:full-path=\"styles.xml\"/>\n</manifest:manifest>");
        ok = ok && addEntry(out, name, bytes, false);
    }
    QByteArray styles = pageStyles;
    styles.replace("BODYFAMILY", bodyFamilies(bodyFamily).toUtf8()).replace("TITLEFAMILY", titleFamilies(titleFamily).toUtf8());
    ok = ok && addEntry(out, u"styles.xml"_s, styles, false);
    out.close();
    if (!ok || out.getZipError() != ZIP_OK)
        return broken;
    return output;
}

} // namespace ecoclaim::documents
