#pragma once
// One case file as an archival volume ("一案一卷", Art. 42): its items in the order of the volume
// (reference.md §2.11: investigation → appraisal → consultation → agreement → court → payment →
// restoration → other), numbered and paged, and the texts made from them — 卷内目录 and 卷内备考表
// (GB/T 9705-2008 §4.3, §5.2) as HTML for the PDF writer, the DA/T 46 metadata record, index.html.

#include "core/domain/casefile.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ecoclaim::archive {

struct VolumeItem
{
    int seq = 0;         // 序号
    QString docNo;       // 文号
    QString responsible; // 责任者
    QString title;       // 题名
    QDate date;          // 日期
    int firstPage = 0;   // 页号
    int pages = 1;
    QString entry;       // path inside the archive
    QString sha256, mediaType, kind;
    qint64 size = 0;
    bool paper = false;  // generated paper (true) or added material
};

// Non-draft papers and every evidence file, in volume order, numbered from 1 and paged.
QList<VolumeItem> volumeItems(const domain::CaseFile &file);

struct VolumeFacts
{
    QString archivist;   // 立卷人: who archived the case (archive_case)
    QString checker;     // 检查人: who exported it
    QDate archivedOn;    // 立卷时间
    QString unitName;    // 立档单位 / 责任者
    QString signer;      // the unit whose key signs the archive's manifest
    QString keyFingerprint; // that key's fingerprint (SM3), printed for whoever verifies
};
VolumeFacts volumeFacts(const domain::CaseFile &file, const QString &exportedBy);

QString contentsHtml(const domain::CaseFile &file, const QList<VolumeItem> &items);
QString notesHtml(const domain::CaseFile &file, const QList<VolumeItem> &items, const VolumeFacts &facts);
QJsonObject metadataJson(const domain::CaseFile &file, const QList<VolumeItem> &items, const VolumeFacts &facts);
// `files` are the manifest's entries ({path, size, sha256, sm3}).
QString indexHtml(const domain::CaseFile &file, const QList<VolumeItem> &items, const VolumeFacts &facts,
                  const QJsonArray &files, const QJsonObject &audit);

} // namespace ecoclaim::archive
