#include "ui/wizard/ProblemPage.h"

#include "models/wizard/RequestPaths.h"
#include "models/wizard/ReviewSummary.h"
#include "ui/widgets/ThemeColors.h"
#include "ui/wizard/WizardField.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
// Now, to the minute: the edit shows no seconds, so none should hide in the value.
QDateTime thisMinute()
{
    const QDateTime now = QDateTime::currentDateTime();
    return QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()));
}

std::optional<QString> nonEmpty(const QString& text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? std::nullopt : std::optional<QString>(trimmed);
}
} // namespace

ProblemPage::ProblemPage(const QLocale& locale, QWidget* parent)
    : CaseWizardPage(parent)
    , m_locale(locale)
    , m_description(new QPlainTextEdit)
    , m_counter(new QLabel)
    , m_primary(new QLineEdit)
    , m_secondary(new QLineEdit)
    , m_occurredKnown(new QCheckBox(tr("&Known")))
    , m_occurred(new QDateTimeEdit)
    , m_utc(new QLabel)
    , m_reference(new QLineEdit)
    , m_referenceNote(new QLabel)
{
    setTitle(tr("Problem"));
    setSubTitle(tr("Describe the problem and say where it is."));
    const RequestPaths& paths = RequestPaths::get();

    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What happened, what you have checked, what you need."));
    m_description->setMinimumHeight(120);
    m_counter->setObjectName(u"descriptionCounter"_s);
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignBottom);
    auto* description = new WizardField(tr("&Description"), m_description, paths.description, true);
    description->addBeside(m_counter);

    auto* primary = new WizardField(tr("Primary reference"), m_primary, paths.primaryId, true);
    auto* secondary = new WizardField(tr("Secondary reference"), m_secondary, paths.secondaryId, false);

    m_occurredKnown->setObjectName(paths.occurredDateTime + u"#set"_s);
    m_occurredKnown->setAccessibleName(tr("The time it occurred is known"));
    m_occurred->setCalendarPopup(true);
    m_occurred->setTimeSpec(Qt::LocalTime);
    m_occurred->setDisplayFormat(m_locale.dateTimeFormat(QLocale::ShortFormat));
    m_occurred->setDateTime(thisMinute());
    m_occurred->setEnabled(false);
    m_utc->setObjectName(u"occurredUtc"_s);
    auto* occurred = new WizardField(tr("&Occurred (your local time)"), m_occurred, paths.occurredDateTime, false);
    occurred->addBefore(m_occurredKnown);
    occurred->addBeside(m_utc);
    m_utc->setMinimumWidth(m_utc->fontMetrics().horizontalAdvance(u"= 00/00/0000 00:00 UTC  "_s));

    m_referenceNote->setObjectName(u"referenceNote"_s);
    m_referenceNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* reference = new WizardField(tr("Customer &reference"), m_reference, paths.customerReferenceId, false);

    for (WizardField* field : {description, primary, secondary, occurred, reference})
        addField(field);

    auto* form = new QWidget;
    auto* formLayout = new QVBoxLayout(form);
    for (WizardField* field : m_order)
        formLayout->addWidget(field);
    formLayout->addWidget(m_referenceNote);
    formLayout->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // the fields take focus; the area scrolls to them
    scroll->setWidget(form);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(statusLabel());

    setTabOrder(m_description, m_primary);
    setTabOrder(m_primary, m_secondary);
    setTabOrder(m_secondary, m_occurredKnown);
    setTabOrder(m_occurredKnown, m_occurred);
    setTabOrder(m_occurred, m_reference);

    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        updateCounter();
        noteEdited();
    });
    for (QLineEdit* edit : {m_primary, m_secondary, m_reference})
        connect(edit, &QLineEdit::textEdited, this, &ProblemPage::noteEdited);
    connect(m_reference, &QLineEdit::textChanged, this, &ProblemPage::updateReferenceNote);
    connect(m_occurredKnown, &QCheckBox::toggled, this, [this](bool known) {
        m_occurred->setEnabled(known);
        updateUtc();
        noteEdited();
    });
    connect(m_occurred, &QDateTimeEdit::dateTimeChanged, this, [this] {
        updateUtc();
        noteEdited();
    });
    setTicketCode(std::nullopt);
    updateCounter();
    updateUtc();
    updateReferenceNote();
}

void ProblemPage::addField(WizardField* field)
{
    m_fields.insert(field->path(), field);
    m_order.append(field);
}

void ProblemPage::setTicketCode(const std::optional<TicketCode>& code)
{
    const RequestPaths& paths = RequestPaths::get();
    WizardField* primary = m_fields.value(paths.primaryId);
    WizardField* secondary = m_fields.value(paths.secondaryId);
    const bool named = code && code->primaryIdLabel;
    primary->setTitle(named ? *code->primaryIdLabel : tr("Primary reference"));
    primary->setHint(named ? QString() : tr("What the problem is about, e.g. a cage ID such as AM5:01:001234."));
    secondary->setTitle(code && code->secondaryIdLabel ? *code->secondaryIdLabel : tr("Secondary reference"));
    secondary->setHint(code && code->secondaryIdLabel ? QString() : tr("Optional, e.g. a cabinet ID."));
}

void ProblemPage::setLimits(const RequestLimits& limits)
{
    m_limits = limits;
    updateCounter();
}

void ProblemPage::setGeneratedReference(const QString& reference)
{
    m_generatedReference = reference;
    m_reference->setPlaceholderText(tr("Leave empty to use %1").arg(reference));
    updateReferenceNote();
}

void ProblemPage::store(CreateCaseRequest* request) const
{
    request->description = m_description->toPlainText();
    request->primaryId = m_primary->text().trimmed();
    request->secondaryId = nonEmpty(m_secondary->text());
    request->customerReferenceId = nonEmpty(m_reference->text());
    if (m_occurredKnown->isChecked()) {
        QDateTime utc = m_occurred->dateTime().toUTC();
        utc.setTime(QTime(utc.time().hour(), utc.time().minute(), utc.time().second()));
        request->occurredDateTime = Timestamp::fromString(utc.toString(Qt::ISODate));
    } else {
        request->occurredDateTime.reset();
    }
}

void ProblemPage::load(const CreateCaseRequest& request)
{
    const QSignalBlocker blockDescription(m_description);
    m_description->setPlainText(request.description);
    m_primary->setText(request.primaryId);
    m_secondary->setText(request.secondaryId.value_or(QString()));
    m_reference->setText(request.customerReferenceId.value_or(QString()));
    const bool known = request.occurredDateTime && request.occurredDateTime->isValid();
    {
        const QSignalBlocker blockKnown(m_occurredKnown);
        const QSignalBlocker blockOccurred(m_occurred);
        m_occurredKnown->setChecked(known);
        m_occurred->setEnabled(known);
        m_occurred->setDateTime(known ? request.occurredDateTime->dateTime().toLocalTime() : thisMinute());
    }
    updateCounter();
    updateUtc();
    updateReferenceNote();
}

void ProblemPage::initializePage()
{
    m_description->setFocus();
}

bool ProblemPage::focusPath(const QString& path)
{
    const RequestPaths& paths = RequestPaths::get();
    if (path == paths.occurredDateTime) {
        (m_occurred->isEnabled() ? static_cast<QWidget*>(m_occurred) : m_occurredKnown)->setFocus(Qt::OtherFocusReason);
        return true;
    }
    WizardField* field = m_fields.value(path);
    (field ? field->input() : m_description)->setFocus(Qt::OtherFocusReason);
    return field != nullptr;
}

QList<Violation> ProblemPage::showViolations(const QList<Violation>& violations)
{
    QHash<WizardField*, QStringList> reasons;
    QList<Violation> unplaced;
    for (const Violation& violation : violations) {
        if (WizardField* field = m_fields.value(violation.path))
            reasons[field].append(violation.reason);
        else
            unplaced.append(violation);
    }
    for (WizardField* field : std::as_const(m_order))
        field->setErrors(reasons.value(field));
    return unplaced;
}

QString ProblemPage::fieldName(const QString& path) const
{
    const WizardField* field = m_fields.value(path);
    return field ? field->title().remove(u'&') : tr("the request");
}

void ProblemPage::updateCounter()
{
    // Characters as the API counts them: code points, so an emoji is one.
    const int count = int(m_description->toPlainText().toUcs4().size());
    m_counter->setText(m_limits.descriptionMax
                           ? tr("%1 / %2", "characters used / allowed")
                                 .arg(m_locale.toString(count), m_locale.toString(*m_limits.descriptionMax))
                           : m_locale.toString(count));
    m_counter->setAccessibleName(
        m_limits.descriptionMax
            ? tr("%1 of %2 characters").arg(m_locale.toString(count), m_locale.toString(*m_limits.descriptionMax))
            : tr("%1 characters").arg(m_locale.toString(count)));
    const bool over = m_limits.descriptionMax && count > *m_limits.descriptionMax;
    ThemeColors::setStyle(m_counter,
                          [on = over](const ThemeColors& colors) { return on ? colors.errorTextStyle() : QString(); });
}

void ProblemPage::updateUtc()
{
    m_utc->setText(m_occurredKnown->isChecked()
                       ? tr("= %1 UTC").arg(m_locale.toString(m_occurred->dateTime().toUTC(), QLocale::ShortFormat))
                       : tr("Not given"));
    m_utc->setAccessibleName(m_utc->text());
}

void ProblemPage::updateReferenceNote()
{
    const QString own = m_reference->text().trimmed();
    m_referenceNote->setText(
        own.isEmpty() ? tr("Will be sent as %1 (generated, since the field is empty).").arg(m_generatedReference)
                      : tr("Will be sent as %1.").arg(own));
    m_referenceNote->setAccessibleName(m_referenceNote->text());
}

} // namespace CaseDesk
