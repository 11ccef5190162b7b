#include "ui/commanddialog/fieldeditor.h"

#include "core/domain/catalogue.h"
#include "core/domain/identifiers.h"
#include "core/domain/money.h"

#include <QCheckBox>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecoclaim::ui {

using domain::FieldType;

namespace {
const QDate EarliestDate(1900, 1, 1);

bool isCreditCode(const domain::FieldSpec &s) { return s.key == u"credit_code"; }
bool isResidentId(const domain::FieldSpec &s) { return s.key == u"id_number"; }

QString plainText(QWidget *w)
{
    if (auto *line = qobject_cast<QLineEdit *>(w))
        return line->text().trimmed();
    if (auto *text = qobject_cast<QPlainTextEdit *>(w))
        return text->toPlainText().trimmed();
    return {};
}
} // namespace

FieldEditor::FieldEditor(const domain::FieldSpec &spec, const domain::CaseFile *file, QDate today, QWidget *parent)
    : QWidget(parent), m_spec(spec), m_today(today)
{
    build(file);
    m_input->setObjectName(spec.key); // tests and screen readers find a field by its key
    m_message = new QLabel(this);
    m_message->setObjectName(spec.key + u"_message"_s);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b00020;"_s);
    m_message->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    if (m_given)
        row->addWidget(m_given);
    row->addWidget(m_input, 1);
    if (m_hint)
        row->addWidget(m_hint, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_message);
    setFocusProxy(m_given ? static_cast<QWidget *>(m_given) : m_input);
    updateFeedback();
}

void FieldEditor::buildChoice(const QList<QPair<QString, QVariant>> &items)
{
    auto *combo = new QComboBox(this);
    // A required choice starts unchosen (a placeholder), so nothing is chosen for the caseworker.
    combo->setPlaceholderText(tr("— choose —"));
    if (!m_spec.required)
        combo->addItem(tr("(not given)"), QVariant());
    for (const auto &[text, data] : items)
        combo->addItem(text, data);
    combo->setCurrentIndex(m_spec.required ? -1 : 0);
    // Some catalogue entries are a whole sentence of the rules (clue channels): the field does not
    // grow with them — the list opens as wide as its longest entry instead.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(16);
    combo->view()->setMinimumWidth(combo->view()->sizeHintForColumn(0) + 24);
    connect(combo, &QComboBox::currentIndexChanged, this, [this] {
        updateFeedback();
        Q_EMIT edited();
    });
    m_input = combo;
}

void FieldEditor::build(const domain::CaseFile *file)
{
    QList<QPair<QString, QVariant>> items;
    switch (m_spec.type) {
    case FieldType::Date: {
        auto *date = new QDateEdit(this);
        date->setCalendarPopup(true);
        date->setDisplayFormat(u"yyyy-MM-dd"_s);
        date->setMinimumDate(EarliestDate);
        date->setDate(m_today);
        if (!m_spec.required) {
            // An optional date is given by ticking the box before it; typing starts from today.
            m_given = new QCheckBox(this);
            m_given->setObjectName(m_spec.key + u"_given"_s);
            m_given->setToolTip(tr("Give this date"));
            date->setEnabled(false);
            connect(m_given, &QCheckBox::toggled, this, [this, date](bool on) {
                date->setEnabled(on);
                if (on)
                    date->setFocus();
                updateFeedback();
                Q_EMIT edited();
            });
        }
        connect(date, &QDateEdit::dateChanged, this, [this] {
            updateFeedback();
            Q_EMIT edited();
        });
        m_input = date;
        return;
    }
    case FieldType::Bool:
        items = {{tr("Yes"), true}, {tr("No"), false}};
        return buildChoice(items);
    case FieldType::Choice:
        if (m_spec.choices)
            for (const domain::Choice &c : m_spec.choices())
                items.append({c.displayName(), c.key});
        return buildChoice(items);
    case FieldType::District:
        for (const domain::District &d : domain::districts())
            items.append({d.displayName(), d.code});
        return buildChoice(items);
    case FieldType::Department:
        for (const domain::Department &d : domain::departments())
            items.append({d.displayName(), d.key});
        return buildChoice(items);
    case FieldType::Party:
        if (file)
            for (const domain::Party &p : file->parties)
                items.append({u"%1. %2"_s.arg(p.seq).arg(p.name), p.seq});
        return buildChoice(items);
    case FieldType::LongText:
    case FieldType::TextList:
    case FieldType::Instalments: {
        auto *text = new QPlainTextEdit(this);
        text->setTabChangesFocus(true); // Tab moves on, as in every other field
        text->setFixedHeight(m_spec.type == FieldType::LongText ? 64 : 80);
        if (m_spec.type == FieldType::TextList)
            text->setPlaceholderText(tr("One per line"));
        else if (m_spec.type == FieldType::Instalments)
            text->setPlaceholderText(tr("One instalment per line: due date and amount, e.g. 2026-12-31 50000"));
        connect(text, &QPlainTextEdit::textChanged, this, [this] {
            updateFeedback();
            Q_EMIT edited();
        });
        m_input = text;
        return;
    }
    case FieldType::Money:
    case FieldType::Integer:
    case FieldType::Text: {
        auto *line = new QLineEdit(this);
        if (m_spec.type == FieldType::Money) {
            line->setPlaceholderText(tr("yuan, e.g. 150,000.00"));
            m_hint = new QLabel(this);
            m_hint->setObjectName(m_spec.key + u"_uppercase"_s);
            m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
            m_hint->setWordWrap(true);
        } else if (m_spec.type == FieldType::Integer) {
            line->setValidator(new QIntValidator(0, 1'000'000, line));
        } else if (isCreditCode(m_spec)) {
            line->setPlaceholderText(tr("18 characters, GB 32100"));
            line->setMaxLength(24);
        } else if (isResidentId(m_spec)) {
            line->setPlaceholderText(tr("18 characters, GB 11643"));
            line->setMaxLength(24);
        }
        connect(line, &QLineEdit::textChanged, this, [this] {
            updateFeedback();
            Q_EMIT edited();
        });
        m_input = line;
        return;
    }
    }
}

void FieldEditor::setInitialValue(const QJsonValue &v)
{
    if (auto *combo = qobject_cast<QComboBox *>(m_input)) {
        for (int i = 0; i < combo->count(); ++i)
            if (combo->itemData(i).isValid() && QJsonValue::fromVariant(combo->itemData(i)) == v)
                combo->setCurrentIndex(i);
    } else if (auto *date = qobject_cast<QDateEdit *>(m_input)) {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        if (d.isValid()) {
            date->setDate(d);
            if (m_given)
                m_given->setChecked(true);
        }
    } else if (auto *line = qobject_cast<QLineEdit *>(m_input)) {
        line->setText(v.isDouble() ? QString::number(v.toInteger()) : v.toString());
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(m_input)) {
        text->setPlainText(v.toString());
    }
    m_initial = value();
}

QJsonValue FieldEditor::value() const
{
    if (auto *combo = qobject_cast<QComboBox *>(m_input)) {
        const QVariant data = combo->currentIndex() < 0 ? QVariant() : combo->currentData();
        return data.isValid() ? QJsonValue::fromVariant(data) : QJsonValue(QJsonValue::Undefined);
    }
    if (auto *date = qobject_cast<QDateEdit *>(m_input))
        return m_given && !m_given->isChecked() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(date->date().toString(Qt::ISODate));
    const QString text = plainText(m_input);
    if (text.isEmpty())
        return QJsonValue::Undefined;
    switch (m_spec.type) {
    case FieldType::Integer: return text.toLongLong();
    case FieldType::TextList: {
        QJsonArray a;
        for (const QString &line : text.split(u'\n'))
            if (!line.trimmed().isEmpty())
                a.append(line.trimmed());
        return a;
    }
    case FieldType::Instalments: {
        QJsonArray a;
        for (const QString &line : text.split(u'\n')) {
            const QStringList parts = line.simplified().split(u' ');
            if (parts.size() >= 2)
                a.append(QJsonObject{{u"due_on"_s, parts.at(0)}, {u"amount"_s, parts.mid(1).join(QString())}});
        }
        return a;
    }
    default: break;
    }
    if (isCreditCode(m_spec))
        return domain::normalizedCreditCode(text);
    if (isResidentId(m_spec))
        return domain::normalizedResidentId(text);
    return text;
}

QString FieldEditor::typingProblem() const
{
    const QString label = m_spec.labelText();
    if (auto *date = qobject_cast<QDateEdit *>(m_input)) {
        if (m_spec.notInFuture && !isEmpty() && date->date() > m_today)
            return tr("%1: this date is in the future.").arg(label);
        return {};
    }
    const QString text = plainText(m_input);
    if (text.isEmpty())
        return {};
    if (m_spec.type == FieldType::Money) {
        auto parsed = domain::Money::parseYuan(text, label);
        return parsed ? QString() : parsed.problems().first().message;
    }
    if (isCreditCode(m_spec)) {
        const domain::Problems p = domain::checkCreditCode(domain::normalizedCreditCode(text), label);
        return p.isEmpty() ? QString() : p.first().message;
    }
    if (isResidentId(m_spec)) {
        const domain::Problems p = domain::checkResidentId(domain::normalizedResidentId(text), label, m_today);
        return p.isEmpty() ? QString() : p.first().message;
    }
    if (m_spec.type == FieldType::Instalments) {
        for (const QString &line : text.split(u'\n')) {
            const QStringList parts = line.simplified().split(u' ');
            if (line.trimmed().isEmpty())
                continue;
            if (parts.size() < 2 || !QDate::fromString(parts.at(0), Qt::ISODate).isValid()
                || !domain::Money::parseYuan(parts.mid(1).join(QString())).ok())
                return tr("%1: “%2” is not a due date (YYYY-MM-DD) followed by an amount.").arg(label, line.trimmed());
        }
    }
    return {};
}

void FieldEditor::updateFeedback()
{
    if (m_hint) {
        auto parsed = domain::Money::parseYuan(plainText(m_input));
        m_hint->setText(parsed ? parsed.value().toChineseUppercase() : QString());
    }
    showProblem(typingProblem());
}

void FieldEditor::showProblem(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

} // namespace ecoclaim::ui
