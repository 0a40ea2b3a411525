// casedesk_crashdriver: the app's own classes, driven without a person, for tst_crashsafety to kill.
//
// It opens an environment's store the way the app does (case repository first, then drafts and the outbox),
// shows a case's note composer and a create-case wizard (offscreen), restores their drafts as the app does
// at start, and types into them without pause, so autosave is always about to write. It also submits one new
// case and one note per run through the outbox, so sending is always under way. It prints "ready" once all
// that runs, and "queued <what>" for each submission stored. With --drain it only sends what waits, prints
// "drained" and exits.
//
//   casedesk_crashdriver --store DIR --server URL --case 20000001 --run 7 [--drain]

#include "models/api/ApiClient.h"
#include "models/catalogue/CodeCatalogue.h"
#include "models/offline/DraftStore.h"
#include "models/offline/OfflineServices.h"
#include "models/offline/Outbox.h"
#include "models/offline/OutboxSender.h"
#include "models/store/ApiCaseSource.h"
#include "models/store/CaseRepository.h"
#include "tests/integration/crashdriver/TypingStream.h"
#include "ui/casedetail/CaseDetailView.h"
#include "ui/casedetail/NoteComposer.h"
#include "ui/casedetail/NoteDraftKeeper.h"
#include "ui/offline/CaseDraftKeeper.h"
#include "ui/wizard/NewCaseWizard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTest>
#include <QTextStream>

#include <cstdio>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

namespace
{
void say(const QString& line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

// Types the stream into `editor`, carrying on from what is already there (a restored draft).
void typeForever(QPlainTextEdit* editor, int intervalMs)
{
    auto* timer = new QTimer(editor);
    QObject::connect(timer, &QTimer::timeout, editor, [editor] {
        editor->moveCursor(QTextCursor::End);
        const qsizetype position = editor->toPlainText().size();
        if (position >= 3900)
            return; // the note's limit is 4000 characters: stay a valid note
        QTest::keyClick(editor, TypingStream::at(position).toLatin1());
    });
    timer->start(intervalMs);
}
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption storeOption(u"store"_s, u"folder of the environment"_s, u"dir"_s);
    const QCommandLineOption serverOption(u"server"_s, u"base URL"_s, u"url"_s);
    const QCommandLineOption caseOption(u"case"_s, u"case number for notes"_s, u"number"_s);
    const QCommandLineOption runOption(u"run"_s, u"run number"_s, u"n"_s);
    const QCommandLineOption drainOption(u"drain"_s, u"only send what waits, then exit"_s);
    parser.addOptions({storeOption, serverOption, caseOption, runOption, drainOption});
    parser.process(app);
    const QString folder = parser.value(storeOption);
    const QString caseNumber = parser.value(caseOption);
    const QString run = parser.value(runOption);
    const bool drain = parser.isSet(drainOption);

    ApiClient client;
    ApiEndpoint endpoint;
    endpoint.baseUrl = QUrl(parser.value(serverOption));
    endpoint.clientId = u"casedesk-local"_s;
    endpoint.clientSecret = u"casedesk-local-secret"_s;
    endpoint.transferTimeoutMs = 5000;
    endpoint.retryBaseDelayMs = 20;
    client.setEndpoint(endpoint);
    ApiCaseSource source(&client);
    CaseRepository repository(&source);
    OfflineServices offline(&client, &repository);
    offline.setTiming({100, 500, 100, 500, 2000, 200});
    offline.setServerUrl(endpoint.baseUrl);
    const QString path = QDir(folder).filePath(u"casedesk.sqlite"_s);
    QObject::connect(&repository, &CaseRepository::opened, &offline, [&](bool ok, const QString& error) {
        if (!ok) {
            say(u"error "_s + error);
            QCoreApplication::exit(3);
            return;
        }
        offline.open(path);
    });

    QSettings settings(QDir(folder).filePath(u"settings.ini"_s), QSettings::IniFormat);
    CodeCatalogue catalogue(&settings, QDir(folder).filePath(u"catalogue"_s));
    catalogue.load();
    std::unique_ptr<CaseDetailView> view;
    std::unique_ptr<NewCaseWizard> wizard;

    QObject::connect(&offline, &OfflineServices::loaded, &app, [&] {
        if (drain) {
            // Done when nothing waits any more; an item that needs the user is reported, not waited for.
            auto check = [&] {
                const int failed = offline.outbox()->failedCount();
                if (offline.outbox()->pendingCount() == failed) {
                    say(u"drained "_s + QString::number(failed));
                    QCoreApplication::exit(0);
                }
            };
            QObject::connect(offline.outbox(), &Outbox::itemsChanged, &app, check);
            check();
            return;
        }
        // A case's note composer, as a case tab has it, with its draft put back.
        view = std::make_unique<CaseDetailView>(caseNumber);
        view->show();
        NoteDraftKeeper::attach(view.get(), offline.drafts(), caseNumber);
        typeForever(view->composer()->findChild<QPlainTextEdit*>(u"noteTextEdit"_s), 7);

        // The create-case wizard, reopened from its draft if there is one (as the Drafts list does).
        std::optional<Draft> kept;
        for (const StoredDraft& entry : offline.drafts()->entries()) {
            if (entry.draft && entry.draft->kind == Draft::Kind::Case)
                kept = entry.draft;
        }
        auto* keeper = new CaseDraftKeeper(&offline);
        wizard = std::make_unique<NewCaseWizard>(
            NewCaseWizard::Services{&catalogue, keeper->submitFunction(), nullptr, QLocale::c()});
        if (!kept) {
            CaseDraft start;
            start.request.code = u"0002-0000"_s;
            start.request.primaryId = u"AM5:01:001234"_s;
            start.step = CaseDraft::Step::Problem;
            wizard->setDraft(start);
        }
        keeper->attach(wizard.get(), kept);
        wizard->show();
        if (auto* description = wizard->findChild<QPlainTextEdit*>(u"description"_s))
            typeForever(description, 11);

        // One new case and one note per run, through the outbox, while the typing goes on.
        CaseDraft created;
        created.request.code = u"0101-0000"_s;
        created.request.description = u"Crash run %1"_s.arg(run);
        created.request.primaryId = u"AM5:01:001234"_s;
        created.generatedReference = u"CRASH-%1"_s.arg(run);
        offline.sender()->submitCreate(created, {}, nullptr, {});
        offline.sender()->submitNote(caseNumber, NoteRequest{u"Crash note %1"_s.arg(run), {}, {}}, {}, {}, nullptr, {});
        QObject::connect(offline.outbox(), &Outbox::itemAdded, &app, [&](const QString& id) {
            if (const std::optional<OutboxItem> item = offline.outbox()->find(id))
                say(u"queued "_s + item->summary());
        });
        say(u"ready"_s);
    });
    repository.open(path);
    return app.exec();
}
