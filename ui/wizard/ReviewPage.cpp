#include "ui/wizard/ReviewPage.h"

#include "models/core/OutsideText.h"
#include "models/validation/RequestPage.h"
#include "ui/widgets/PlainText.h"
#include "ui/widgets/ThemeColors.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
const QString kChangeScheme = u"step"_s;

QString html(const QString& text)
{
    return OutsideText::escaped(text).replace(u'\n', u"<br>"_s);
}
} // namespace

ReviewPage::ReviewPage(QWidget* parent)
    : CaseWizardPage(parent)
    , m_summary(new QTextBrowser(this))
    , m_showRequest(new QPushButton(tr("&Show request"), this))
    , m_request(new QPlainTextEdit(this))
    , m_progress(new QProgressBar(this))
    , m_status(PlainText::label(QString(), this))
    , m_error(PlainText::label(QString(), this)) // the server's reasons
{
    setTitle(tr("Review"));
    setSubTitle(tr("Check the case before it is sent. Use a Change link, or Back, to correct anything."));
    m_summary->setObjectName(u"reviewSummary"_s);
    m_summary->setAccessibleName(tr("Summary of the new case"));
    m_summary->setOpenLinks(false);
    m_summary->setTabChangesFocus(true);

    m_showRequest->setObjectName(u"showRequest"_s);
    m_showRequest->setCheckable(true);
    m_showRequest->setAccessibleName(tr("Show the request as JSON"));
    m_request->setObjectName(u"requestJson"_s);
    m_request->setAccessibleName(tr("The request to be sent, as JSON"));
    m_request->setReadOnly(true);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setStyleHint(QFont::Monospace);
    mono.setFixedPitch(true);
    m_request->setFont(mono);
    m_request->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_request->setVisible(false);

    m_progress->setObjectName(u"submitProgress"_s);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->setVisible(false);
    m_status->setObjectName(u"submitStatus"_s);
    m_status->setVisible(false);
    m_error->setObjectName(u"submitError"_s);
    ThemeColors::setStyle(m_error, [](const ThemeColors& colors) { return colors.errorTextStyle(); });
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setVisible(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_showRequest);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary, 2);
    layout->addLayout(buttons);
    layout->addWidget(m_request, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addWidget(statusLabel());
    setTabOrder(m_summary, m_showRequest);
    setTabOrder(m_showRequest, m_request);

    connect(m_showRequest, &QPushButton::toggled, this, [this](bool shown) {
        m_request->setVisible(shown);
        m_showRequest->setText(shown ? tr("Hide &request") : tr("&Show request"));
    });
    connect(m_summary, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() != kChangeScheme)
            return;
        if (const auto step = CaseDraft::stepFromKey(url.path()))
            emit changeRequested(*step);
    });
}

void ReviewPage::setSummary(const QList<ReviewSummary::Section>& sections, const CreateCaseRequest& request)
{
    QString text;
    for (const ReviewSummary::Section& section : sections) {
        const QString link = kChangeScheme + u':' + CaseDraft::stepKey(section.step);
        text +=
            u"<h3>%1 <small><a href=\"%2\">%3</a></small></h3>"_s.arg(html(section.title), link, html(tr("Change")));
        if (section.rows.isEmpty()) {
            text += u"<p>%1</p>"_s.arg(html(section.emptyText));
            continue;
        }
        text += u"<table cellspacing=\"2\" cellpadding=\"2\">"_s;
        for (const ReviewSummary::Row& row : section.rows)
            text += u"<tr><td valign=\"top\"><i>%1</i></td><td>%2</td></tr>"_s.arg(html(row.label), html(row.value));
        text += u"</table>"_s;
    }
    m_summary->setHtml(text);
    m_request->setPlainText(OutsideText::escapedInJson(ReviewSummary::requestText(request)));
}

QString ReviewPage::summaryText() const
{
    return m_summary->toPlainText();
}

QString ReviewPage::requestText() const
{
    return m_request->toPlainText();
}

void ReviewPage::setBusy(bool busy, const QString& status)
{
    const bool wasComplete = isComplete();
    m_busy = busy;
    m_progress->setVisible(busy);
    PlainText::setText(m_status, status);
    m_status->setVisible(busy && !status.isEmpty());
    m_status->setAccessibleName(status);
    if (busy)
        setError(QString());
    if (wasComplete != isComplete())
        emit completeChanged();
}

void ReviewPage::setError(const QString& message)
{
    PlainText::setText(m_error, message);
    m_error->setAccessibleName(message);
    m_error->setVisible(!message.isEmpty());
}

QString ReviewPage::errorText() const
{
    return m_error->text();
}

bool ReviewPage::isComplete() const
{
    return !m_busy && CaseWizardPage::isComplete();
}

bool ReviewPage::validatePage()
{
    if (m_submitted)
        return true;
    if (!m_busy && CaseWizardPage::validatePage())
        emit submitRequested();
    return false;
}

void ReviewPage::initializePage()
{
    setError(QString());
    m_summary->setFocus(Qt::TabFocusReason);
}

bool ReviewPage::focusPath(const QString&)
{
    m_summary->setFocus(Qt::OtherFocusReason);
    return true;
}

QList<Violation> ReviewPage::showViolations(const QList<Violation>&)
{
    return {}; // their own pages show them beside the fields; the status line names those pages
}

QString ReviewPage::fieldName(const QString& path) const
{
    switch (RequestPage::forPath(path)) {
    case RequestPage::Code:
        return tr("the ticket code");
    case RequestPage::Contacts:
        return tr("the contacts");
    case RequestPage::Details:
        return tr("the details");
    case RequestPage::Attachments:
        return tr("the attachments");
    case RequestPage::Problem:
        break;
    }
    return tr("the problem");
}

} // namespace CaseDesk
