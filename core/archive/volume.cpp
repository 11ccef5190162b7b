#include "core/archive/volume.h"

#include "core/archive/sm2signature.h"

#include "core/domain/catalogue.h"
#include "core/domain/evidencekinds.h"
#include "core/domain/stage.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::archive {

namespace {
// The place of a kind of material in the volume (reference.md §2.11).
int rankOf(const QString &kindOrType)
{
    static const QList<std::pair<QString, int>> ranks = {
        {u"clue"_s, 0},          {u"report_reply"_s, 0}, {u"verification"_s, 0},  {u"non_initiation"_s, 0},
        {u"approval"_s, 0},      {u"investigation"_s, 1}, {u"photo"_s, 1},        {u"appraisal"_s, 2},
        {u"expert"_s, 2},        {u"consultation"_s, 3},  {u"notice"_s, 3},       {u"service"_s, 3},
        {u"receipt"_s, 3},       {u"agreement"_s, 4},     {u"confirmation"_s, 5}, {u"judgment"_s, 5},
        {u"litigation"_s, 5},    {u"payment"_s, 6},       {u"restoration"_s, 7},  {u"evaluation"_s, 7},
        {u"termination"_s, 8},   {u"closing"_s, 8}};
    for (const auto &[word, rank] : ranks)
        if (kindOrType.contains(word))
            return rank;
    return 9;
}

QString html(const QString &text) { return text.toHtmlEscaped(); }

// A stage key of the timeline ("consultation") as the archive shows it (磋商).
QString stageLabel(const QString &key)
{
    Stage stage;
    return stageFromKey(key, &stage) ? stageChinese(stage) : key;
}
QString day(QDate d) { return d.isValid() ? d.toString(u"yyyyMMdd"_s) : QString(); }

QString extensionOf(const QString &name)
{
    const QString suffix = QFileInfo(name).suffix().toLower();
    bool plain = !suffix.isEmpty() && suffix.size() <= 8;
    for (const QChar c : suffix)
        plain = plain && ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'));
    return plain ? u"."_s + suffix : u".bin"_s;
}

QString unitNameOf(const CaseFile &f)
{
    const Department *d = findDepartment(f.unit);
    QString name = d ? d->chinese : f.unit;
    // District-level names start with 区: the paper names the district (catalogue.h).
    if (const District *district = findDistrict(f.districtCode); district && name.startsWith(u'区'))
        name = district->chinese + name.mid(1);
    return name;
}

const QString tableStyle = u"<style>td,th{padding:3px;} th{font-weight:bold} h1{text-align:center;font-size:18pt}"
                           " .small{font-size:7.5pt}</style>"_s;
const QString tableOpen = u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse:collapse\">"_s;
} // namespace

QList<VolumeItem> volumeItems(const CaseFile &f)
{
    struct Sortable
    {
        int rank;
        QDate date;
        int order;
        VolumeItem item;
    };
    QList<Sortable> list;
    const QString unit = unitNameOf(f);
    int order = 0;
    for (const FiledPaper &p : f.papers) {
        if (p.draft || p.pdfSha256.isEmpty())
            continue;
        VolumeItem v;
        v.docNo = p.docNo;
        v.responsible = unit;
        v.title = p.title;
        v.date = p.datedOn;
        v.pages = std::max(1, p.pages);
        v.sha256 = p.pdfSha256;
        v.mediaType = u"application/pdf"_s;
        v.kind = p.paperType;
        v.paper = true;
        list << Sortable{rankOf(p.paperType), p.datedOn, order++, v};
    }
    for (const EvidenceItem &e : f.evidence) {
        VolumeItem v;
        v.responsible = e.source.isEmpty() ? unit : e.source;
        v.title = e.title;
        v.date = e.datedOn.isValid() ? e.datedOn : e.addedAt.toUTC().date();
        v.pages = std::max(1, e.pages);
        v.sha256 = e.sha256;
        v.mediaType = e.mediaType;
        v.size = e.size;
        v.kind = e.kind;
        v.entry = extensionOf(e.originalName); // completed below
        list << Sortable{rankOf(e.kind), v.date, order++, v};
    }
    std::stable_sort(list.begin(), list.end(), [](const Sortable &a, const Sortable &b) {
        return std::tie(a.rank, a.date, a.order) < std::tie(b.rank, b.date, b.order);
    });
    QList<VolumeItem> items;
    int page = 1;
    for (Sortable &s : list) {
        VolumeItem v = s.item;
        v.seq = int(items.size()) + 1;
        v.firstPage = page;
        page += v.pages;
        const QString number = QString::number(v.seq).rightJustified(3, u'0');
        v.entry = v.paper ? u"papers/%1-%2.pdf"_s.arg(number, v.sha256.left(12))
                          : u"evidence/%1-%2%3"_s.arg(number, v.sha256.left(12), v.entry);
        items << v;
    }
    return items;
}

VolumeFacts volumeFacts(const CaseFile &f, const QString &exportedBy)
{
    VolumeFacts facts;
    facts.checker = exportedBy;
    facts.unitName = unitNameOf(f);
    for (const Decision &d : f.decisions)
        if (d.kind == u"archiving") {
            facts.archivist = d.reasonText; // archive_case records the archivist as the decision's text
            facts.archivedOn = d.decidedOn;
        }
    return facts;
}

QString contentsHtml(const CaseFile &f, const QList<VolumeItem> &items)
{
    QString h = tableStyle + u"<h1>卷 内 目 录</h1><p>案卷题名：%1<br/>案件编号：%2</p>"_s.arg(html(f.title), html(f.number));
    h += tableOpen + u"<tr><th width=\"6%\">序号</th><th width=\"17%\">文号</th><th width=\"14%\">责任者</th>"
                     "<th width=\"31%\">题名</th><th width=\"13%\">日期</th><th width=\"7%\">页号</th><th width=\"12%\">备注</th></tr>"_s;
    for (const VolumeItem &v : items)
        h += u"<tr><td align=\"center\">%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td align=\"center\">%6</td><td class=\"small\">%7</td></tr>"_s.arg(
            QString::number(v.seq), html(v.docNo), html(v.responsible), html(v.title), day(v.date),
            v.pages > 1 ? u"%1-%2"_s.arg(v.firstPage).arg(v.firstPage + v.pages - 1) : QString::number(v.firstPage),
            html(v.entry.section(u'/', -1)));
    h += u"</table>"_s;
    return h;
}

QString notesHtml(const CaseFile &f, const QList<VolumeItem> &items, const VolumeFacts &facts)
{
    int pages = 0, photos = 0, papers = 0;
    for (const VolumeItem &v : items) {
        pages += v.pages;
        photos += v.kind == u"photo" || v.mediaType.startsWith(u"image/") ? 1 : 0;
        papers += v.paper ? 1 : 0;
    }
    QString h = tableStyle + u"<h1>卷 内 备 考 表</h1><p>案卷题名：%1<br/>案件编号：%2</p>"_s.arg(html(f.title), html(f.number));
    h += tableOpen + u"<tr><td colspan=\"3\" height=\"420\" valign=\"top\"><b>本卷情况说明</b><br/><br/>"_s;
    h += u"本卷共 %1 件，%2 页；其中程序生成的文书 %3 件，收集的材料 %4 件（含照片 %5 张）。全部为电子文件，"
         "每份文件的 SHA-256 与 SM3 摘要见 manifest.json。<br/><br/>"_s
             .arg(items.size()).arg(pages).arg(papers).arg(items.size() - papers).arg(photos);
    h += u"案件于 %1 归档，归档后不可修改；本卷无缺损、修改、补充、移出、销毁情况。"_s.arg(
        facts.archivedOn.isValid() ? facts.archivedOn.toString(u"yyyy年M月d日"_s) : u"（未归档）"_s);
    if (!facts.keyFingerprint.isEmpty())
        h += u"<br/><br/>电子签名：manifest.json 由%1以 SM2/SM3 数字签名（manifest.sig）。签名密钥指纹（SM3）：<br/>%2<br/>"
             "核验时请与本单位公布的密钥指纹逐位比对。"_s
                 // Upper case: the page's font joins a lower-case "ff" into one ligature glyph (ﬀ), and a
                 // fingerprint copied from the PDF would then not compare.
                 .arg(html(facts.signer), html(groupedFingerprint(facts.keyFingerprint).toUpper()));
    h += u"</td></tr><tr><td width=\"34%\">立卷人：%1</td><td width=\"33%\">检查人：%2</td><td width=\"33%\">立卷时间：%3</td></tr></table>"_s.arg(
        html(facts.archivist), html(facts.checker), facts.archivedOn.toString(u"yyyy年M月d日"_s));
    return h;
}

QJsonObject metadataJson(const CaseFile &f, const QList<VolumeItem> &items, const VolumeFacts &facts)
{
    // DA/T 46-2009 core elements, named as the standard names them, plus the case's own facts.
    int pages = 0;
    QJsonArray files;
    for (const VolumeItem &v : items) {
        pages += v.pages;
        files.append(QJsonObject{{u"件号"_s, v.seq}, {u"题名"_s, v.title}, {u"文件编号"_s, v.docNo},
                                 {u"责任者"_s, v.responsible}, {u"日期"_s, day(v.date)}, {u"页数"_s, v.pages},
                                 {u"页号"_s, v.firstPage}, {u"计算机文件名"_s, v.entry}, {u"格式信息"_s, v.mediaType},
                                 {u"数字摘要"_s, v.sha256}, {u"摘要算法"_s, u"SHA-256"_s},
                                 {u"文种"_s, v.kind}});
    }
    QJsonArray business;
    for (const TimelineEvent &e : f.timeline)
        business.append(QJsonObject{{u"业务行为"_s, e.command}, {u"行为时间"_s, e.occurredOn.toString(Qt::ISODate)},
                                    {u"行为描述"_s, e.summary}, {u"机构人员"_s, e.actor},
                                    {u"业务状态"_s, stageLabel(e.stageTo)}});
    QStringList parties;
    for (const Party &p : f.parties)
        parties << p.name;
    return QJsonObject{
        {u"标准"_s, u"DA/T 46-2009 文书类电子文件元数据方案（核心元素）"_s},
        {u"聚合层次"_s, u"案卷"_s},
        {u"来源"_s, QJsonObject{{u"立档单位名称"_s, facts.unitName}, {u"全宗名称"_s, facts.unitName}}},
        {u"档号"_s, f.number},
        {u"年度"_s, facts.archivedOn.isValid() ? facts.archivedOn.year() : QDate::currentDate().year()},
        {u"保管期限"_s, u"永久"_s},
        {u"题名"_s, f.title},
        {u"责任者"_s, facts.unitName},
        {u"日期"_s, day(facts.archivedOn)},
        {u"件数"_s, items.size()},
        {u"页数"_s, pages},
        {u"语种"_s, u"汉语"_s},
        {u"立卷人"_s, facts.archivist},
        {u"检查人"_s, facts.checker},
        {u"电子签名"_s, QJsonObject{{u"签名规则"_s, u"SM2-with-SM3（GB/T 32918、GB/T 32905）"_s},
                                    {u"签名人"_s, facts.signer}, {u"证书引证"_s, facts.keyFingerprint},
                                    {u"签名结果"_s, u"manifest.sig"_s}}},
        {u"信息系统描述"_s, u"EcoClaim 生态环境损害赔偿案件办理系统（Qt 6 / SQLite）"_s},
        {u"业务实体"_s, business},
        {u"文件实体"_s, files},
        {u"案件"_s, QJsonObject{{u"案件编号"_s, f.number}, {u"阶段"_s, stageChinese(f.stage)},
                               {u"赔偿义务人"_s, QJsonArray::fromStringList(parties)},
                               {u"索赔金额_分"_s, f.claimed.fen()}, {u"应赔金额_分"_s, f.amountDue().fen()},
                               {u"已缴金额_分"_s, f.amountPaid().fen()}, {u"依据"_s, u"《上海市生态环境损害赔偿工作实施细则》第四十二条"_s}}},
    };
}

QString indexHtml(const CaseFile &f, const QList<VolumeItem> &items, const VolumeFacts &facts, const QJsonArray &files,
                  const QJsonObject &audit)
{
    QString h = u"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>%1 %2</title><style>"
                "body{font-family:'Noto Sans CJK SC','Droid Sans Fallback',sans-serif;margin:2em;max-width:70em}"
                "table{border-collapse:collapse;width:100%;margin-bottom:1.5em}td,th{border:1px solid #999;padding:4px 6px;"
                "vertical-align:top}th{background:#eee}code{font-size:85%;word-break:break-all}</style></head><body>"_s
                    .arg(html(f.number), html(f.title));
    h += u"<h1>%1</h1><p>案件编号 %2 · 阶段 %3 · 立档单位 %4 · 立卷人 %5 · 立卷时间 %6</p>"_s.arg(
        html(f.title), html(f.number), html(stageChinese(f.stage)), html(facts.unitName), html(facts.archivist),
        facts.archivedOn.toString(Qt::ISODate));
    h += u"<p><a href=\"volume/contents.pdf\">卷内目录（PDF）</a> · <a href=\"volume/notes.pdf\">卷内备考表（PDF）</a> · "
         "<a href=\"case/case.json\">案件数据</a> · <a href=\"case/metadata.json\">元数据</a> · "
         "<a href=\"case/timeline.json\">时间线</a> · <a href=\"case/audit.json\">审计日志</a> · "
         "<a href=\"manifest.json\">清单</a></p>"_s;
    h += u"<h2>卷内文件</h2><table><tr><th>序号</th><th>文号</th><th>责任者</th><th>题名</th><th>日期</th><th>页号</th><th>文件</th></tr>"_s;
    for (const VolumeItem &v : items)
        h += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td><a href=\"%7\">%7</a></td></tr>"_s.arg(
            QString::number(v.seq), html(v.docNo), html(v.responsible), html(v.title), day(v.date),
            QString::number(v.firstPage), html(v.entry));
    h += u"</table><h2>办理过程</h2><table><tr><th>日期</th><th>事项</th><th>阶段</th><th>经办人</th></tr>"_s;
    for (const TimelineEvent &e : f.timeline)
        h += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>"_s.arg(
            e.occurredOn.toString(Qt::ISODate), html(e.summary), html(stageLabel(e.stageTo)), html(e.actor));
    h += u"</table><h2>文件摘要（SHA-256 / SM3）</h2><table><tr><th>文件</th><th>字节</th><th>SHA-256 / SM3</th></tr>"_s;
    for (const QJsonValue &v : files) {
        const QJsonObject o = v.toObject();
        h += u"<tr><td>%1</td><td>%2</td><td><code>%3<br/>%4</code></td></tr>"_s.arg(
            html(o.value(u"path"_s).toString()), QString::number(o.value(u"size"_s).toInteger()),
            o.value(u"sha256"_s).toString(), o.value(u"sm3"_s).toString());
    }
    h += u"</table><p>审计链：本案 %1 条记录，末条摘要 <code>%2</code>；导出时全库审计链头 <code>%3</code>。"
         "用 <code>ecoclaim-cli archive verify</code> 可复核全部摘要（真实性、完整性、可用性、安全性）。</p></body></html>"_s
             .arg(audit.value(u"case_entries"_s).toInteger())
             .arg(audit.value(u"case_head"_s).toString(), audit.value(u"chain_head"_s).toString());
    return h;
}

} // namespace ecoclaim::archive
