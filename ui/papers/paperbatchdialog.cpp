#include "ui/papers/paperbatchdialog.h"
#include "core/domain/outputfile.h"

#include "core/service/casereader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace ecoclaim::documents;

namespace ecoclaim::ui {

PaperBatchDialog::PaperBatchDialog(service::CaseService &service, QList<qint64> caseIds, QWidget *parent)
    : QDialog(parent), m_service(service), m_caseIds(std::move(caseIds)), m_office(std::make_unique<PaperOffice>(service)),
      m_type(new QComboBox(this)), m_format(new QComboBox(this)), m_draft(new QCheckBox(tr("Marked drafts (草稿)"), this)),
      m_folder(new QLineEdit(this)), m_progress(new QProgressBar(this)), m_log(new QPlainTextEdit(this)),
      m_start(new QPushButton(tr("Start"), this)), m_stop(new QPushButton(tr("Stop"), this))
{
    setWindowTitle(tr("Generate a paper for %n case(s)", nullptr, int(m_caseIds.size())));
    m_type->setObjectName(u"paperType"_s);
    m_folder->setObjectName(u"folder"_s);
    m_folder->setText(domain::defaultExportFolder()); // exists: created when missing
    m_progress->setObjectName(u"progress"_s);
    m_log->setObjectName(u"log"_s);
    m_start->setObjectName(u"start"_s);
    for (const PaperType &t : paperTypes())
        m_type->addItem(t.displayName(), t.id);
    m_format->addItem(u"PDF"_s, u"pdf"_s);
    m_format->addItem(u"ODT"_s, u"odt"_s);
    m_log->setReadOnly(true);
    m_progress->setRange(0, int(m_caseIds.size()));
    m_progress->setValue(0);
    m_stop->setEnabled(false);
    auto *browse = new QPushButton(tr("Choose…"), this);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Paper"), m_type);
    form->addRow(tr("Format"), m_format);
    form->addRow(tr("Save into"), folderRow);
    form->addRow(QString(), m_draft);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_start, QDialogButtonBox::ActionRole);
    buttons->addButton(m_stop, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_log, 1);
    layout->addWidget(buttons);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Save the papers into"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    connect(m_start, &QPushButton::clicked, this, &PaperBatchDialog::run);
    connect(m_stop, &QPushButton::clicked, this, [this] { m_stopRequested = true; });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PaperBatchDialog::~PaperBatchDialog() = default;

void PaperBatchDialog::setOutputFolder(const QString &folder)
{
    m_folder->setText(folder);
}

void PaperBatchDialog::setPaperType(const QString &typeId)
{
    m_type->setCurrentIndex(qMax(0, m_type->findData(typeId)));
}

void PaperBatchDialog::run()
{
    const QString folder = m_folder->text().trimmed();
    if (folder.isEmpty() || !QDir().mkpath(folder)) {
        m_log->appendPlainText(tr("Choose a folder to save the papers into."));
        return;
    }
    m_generated = m_refused = 0;
    m_stopRequested = false;
    m_start->setEnabled(false);
    m_stop->setEnabled(true);
    m_progress->setValue(0);
    const QString type = m_type->currentData().toString();
    const QString format = m_format->currentData().toString();
    PaperOptions options;
    options.draft = m_draft->isChecked();
    options.parameters = m_parameters;
    for (int i = 0; i < m_caseIds.size() && !m_stopRequested; ++i) {
        auto filed = m_office->issue(QString::number(m_caseIds.at(i)), type, options, service::defaultActor());
        if (!filed) {
            ++m_refused;
            m_log->appendPlainText(tr("Case %1: not generated").arg(m_caseIds.at(i)));
            for (const domain::Problem &p : filed.problems().list())
                m_log->appendPlainText(u"    "_s + p.toString());
        } else {
            auto bytes = m_service.reader().paperBytes(filed->id, format);
            const QString path = QDir(folder).filePath(u"%1-%2-v%3.%4"_s.arg(filed->caseNumber, type).arg(filed->version).arg(format));
            QSaveFile out(path);
            if (bytes && out.open(QIODevice::WriteOnly) && out.write(bytes.value()) == bytes->size() && out.commit()) {
                ++m_generated;
                m_log->appendPlainText(tr("Case %1: %2 %3 → %4").arg(filed->caseNumber, filed->title, filed->docNo, path));
            } else {
                ++m_refused;
                m_log->appendPlainText(tr("Case %1: the file %2 could not be written.").arg(filed->caseNumber, path));
            }
        }
        m_progress->setValue(i + 1);
        QCoreApplication::processEvents(); // the progress and Stop stay live (~20 ms per paper)
    }
    m_log->appendPlainText(tr("%1 paper(s) generated, %2 not.").arg(m_generated).arg(m_refused));
    m_start->setEnabled(true);
    m_stop->setEnabled(false);
}

} // namespace ecoclaim::ui
