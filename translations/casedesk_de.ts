<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiDocument</name>
    <message>
        <source>OpenAPI version %1 is not supported; CaseDesk reads OpenAPI 3.x and Swagger 2.0 documents.</source>
        <translation>OpenAPI-Version %1 wird nicht unterstützt; CaseDesk liest OpenAPI-3.x- und Swagger-2.0-Dokumente.</translation>
    </message>
    <message>
        <source>This is not an OpenAPI document: it states no &quot;openapi&quot; or &quot;swagger&quot; version.</source>
        <translation>Dies ist kein OpenAPI-Dokument: Es gibt keine &quot;openapi&quot;- oder &quot;swagger&quot;-Version an.</translation>
    </message>
    <message>
        <source>The document has no paths, so it describes no API calls.</source>
        <translation>Das Dokument enthält keine Pfade und beschreibt daher keine API-Aufrufe.</translation>
    </message>
    <message>
        <source>The request schema of POST %1 cannot be used for validation: %2</source>
        <translation>Das Anfrageschema von POST %1 kann nicht zur Validierung verwendet werden: %2</translation>
    </message>
    <message>
        <source>A request schema of the document cannot be used for validation: %1</source>
        <translation>Ein Anfrageschema des Dokuments kann nicht zur Validierung verwendet werden: %1</translation>
    </message>
    <message>
        <source>The document has no path %1, so it does not describe the Case Management API.</source>
        <translation>Das Dokument enthält keinen Pfad %1 und beschreibt daher nicht die Case Management API.</translation>
    </message>
    <message>
        <source>The path %1 has no %2 operation.</source>
        <translation>Der Pfad %1 hat keine %2-Operation.</translation>
    </message>
    <message>
        <source>%1 has no JSON request body.</source>
        <translation>%1 hat keinen JSON-Anfragetext.</translation>
    </message>
    <message>
        <source>The request body of %1 refers to %2, which is not in the document.</source>
        <translation>Der Anfragetext von %1 verweist auf %2, das im Dokument nicht vorhanden ist.</translation>
    </message>
    <message>
        <source>The request body of POST %1 has no &quot;%2&quot; property, so the document lists no ticket codes.</source>
        <translation>Der Anfragetext von POST %1 hat keine Eigenschaft &quot;%2&quot;, daher listet das Dokument keine Ticket-Codes auf.</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; property of POST %2 has no list (enum) of ticket codes.</source>
        <translation>Die Eigenschaft &quot;%1&quot; von POST %2 enthält keine Liste (Enum) von Ticket-Codes.</translation>
    </message>
    <message>
        <source>The ticket code list holds a value that is not a code: %1.</source>
        <translation>Die Ticket-Code-Liste enthält einen Wert, der kein Code ist: %1.</translation>
    </message>
    <message>
        <source>The details schema for code %1 refers to %2, which is not in the document.</source>
        <translation>Das Detailschema für Code %1 verweist auf %2, das im Dokument nicht vorhanden ist.</translation>
    </message>
    <message>
        <source>The details schema for code %1 cannot be used for validation: %2</source>
        <translation>Das Detailschema für Code %1 kann nicht zur Validierung verwendet werden: %2</translation>
    </message>
</context>
<context>
    <name>ApiDocumentLoader</name>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>Die Datei kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>The file is too large (%1); an API document is at most %2.</source>
        <translation>Die Datei ist zu groß (%1); ein API-Dokument darf höchstens %2 groß sein.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The document is too large; an API document is at most %1.</source>
        <translation>Das Dokument ist zu groß; ein API-Dokument darf höchstens %1 groß sein.</translation>
    </message>
    <message>
        <source>This is not valid JSON: line %1, column %2: %3.</source>
        <translation>Dies ist kein gültiges JSON: Zeile %1, Spalte %2: %3.</translation>
    </message>
    <message>
        <source>This is not valid YAML: %1.</source>
        <translation>Dies ist kein gültiges YAML: %1.</translation>
    </message>
    <message>
        <source>The document&apos;s top level is not a set of named entries, so it is not an API document.</source>
        <translation>Die oberste Ebene des Dokuments ist keine Menge benannter Einträge, daher ist es kein API-Dokument.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the network connection; CaseDesk keeps working with what it has and tries again.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung; CaseDesk arbeitet mit den vorhandenen Daten weiter und versucht es erneut.</translation>
    </message>
    <message>
        <source>The server did not answer in time. It may be busy; try again in a moment.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Möglicherweise ist er ausgelastet; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server did not accept the credentials. Check the client ID and secret and sign in again.</source>
        <translation>Der Server hat die Anmeldedaten nicht akzeptiert. Prüfen Sie Client-ID und Client-Secret und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The account is locked after too many failed sign-ins. Ask the provider to unlock it.</source>
        <translation>Das Konto ist nach zu vielen fehlgeschlagenen Anmeldeversuchen gesperrt. Bitten Sie den Anbieter, es zu entsperren.</translation>
    </message>
    <message>
        <source>This account is not allowed to do this. Ask an administrator for the permission.</source>
        <translation>Dieses Konto darf diese Aktion nicht ausführen. Bitten Sie einen Administrator um die Berechtigung.</translation>
    </message>
    <message>
        <source>The server refused the request as invalid.</source>
        <translation>Der Server hat die Anfrage als ungültig abgelehnt.</translation>
    </message>
    <message>
        <source>The server refused some fields:
%1</source>
        <translation>Der Server hat einige Felder abgelehnt:
%1</translation>
    </message>
    <message>
        <source>The case&apos;s current state does not allow this (it may be closed or cancelled). Refresh the case to see its state.</source>
        <translation>Der aktuelle Zustand des Vorgangs lässt dies nicht zu (möglicherweise ist er geschlossen oder storniert). Aktualisieren Sie den Vorgang, um seinen Zustand zu sehen.</translation>
    </message>
    <message>
        <source>The server does not know this case or file. Check the number.</source>
        <translation>Der Server kennt diesen Vorgang bzw. diese Datei nicht. Prüfen Sie die Nummer.</translation>
    </message>
    <message>
        <source>The file or request is larger than the server accepts.</source>
        <translation>Die Datei oder Anfrage ist größer, als der Server akzeptiert.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation>Auf dem Server ist ein Problem aufgetreten (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server sent an answer CaseDesk cannot read. Nothing was changed here; try again.</source>
        <translation>Der Server hat eine Antwort gesendet, die CaseDesk nicht lesen kann. Hier wurde nichts geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be trusted, so CaseDesk did not connect: %1</source>
        <translation>Dem Zertifikat des Servers konnte nicht vertraut werden, daher hat CaseDesk keine Verbindung hergestellt: %1</translation>
    </message>
    <message>
        <source>CaseDesk only talks to servers other than this computer over HTTPS.</source>
        <translation>CaseDesk kommuniziert mit anderen Servern als diesem Computer nur über HTTPS.</translation>
    </message>
    <message>
        <source>Sign in to this environment first (Environment menu, Sign in…).</source>
        <translation>Melden Sie sich zuerst bei dieser Umgebung an (Menü „Umgebung“, „Anmelden…“).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>A local file could not be used: %1</source>
        <translation>Eine lokale Datei konnte nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Reference for the provider&apos;s support: %1</source>
        <translation>Referenz für den Support des Anbieters: %1</translation>
    </message>
    <message>
        <source>The connection closed before the server answered; the request may have reached the server.</source>
        <translation>Die Verbindung wurde geschlossen, bevor der Server geantwortet hat; die Anfrage hat den Server möglicherweise erreicht.</translation>
    </message>
    <message>
        <source>token_timeout is not a number of seconds: %1</source>
        <translation>token_timeout ist keine Anzahl von Sekunden: %1</translation>
    </message>
    <message>
        <source>The server gave up waiting for the request (HTTP 408). It may be busy; CaseDesk tries again in a moment.</source>
        <translation>Der Server hat das Warten auf die Anfrage aufgegeben (HTTP 408). Er ist womöglich ausgelastet; CaseDesk versucht es gleich noch einmal.</translation>
    </message>
    <message numerus="yes">
        <source>The server is receiving too many requests and asks to wait %n second(s).</source>
        <translation>
            <numerusform>Der Server erhält zu viele Anfragen und bittet, %n Sekunde zu warten.</numerusform>
            <numerusform>Der Server erhält zu viele Anfragen und bittet, %n Sekunden zu warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is receiving too many requests. CaseDesk waits and tries again.</source>
        <translation>Der Server erhält zu viele Anfragen. CaseDesk wartet und versucht es erneut.</translation>
    </message>
    <message>
        <source>The server redirected CaseDesk to an address it does not follow, so nothing was sent there: %1</source>
        <translation>Der Server hat CaseDesk an eine Adresse weitergeleitet, der CaseDesk nicht folgt; dorthin wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than CaseDesk accepts, so it was stopped: %1</source>
        <translation>Die Antwort des Servers war größer, als CaseDesk annimmt, und wurde deshalb abgebrochen: %1</translation>
    </message>
    <message>
        <source>the server announced %1, more than the %2 CaseDesk accepts here</source>
        <translation>der Server kündigte %1 an, mehr als die %2, die CaseDesk hier annimmt</translation>
    </message>
    <message>
        <source>it grew past the %1 CaseDesk accepts here</source>
        <translation>sie wurde größer als die %1, die CaseDesk hier annimmt</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>CaseDesk: a desktop client for the Case Management API.</source>
        <translation>CaseDesk: ein Desktop-Client für die Case Management API.</translation>
    </message>
    <message>
        <source>Connect to the server at &lt;url&gt; instead of the local sandbox.</source>
        <translation>Mit dem Server unter &lt;url&gt; statt mit der lokalen Sandbox verbinden.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Start in the environment named &lt;name&gt;.</source>
        <translation>In der Umgebung mit dem Namen &lt;name&gt; starten.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Run &lt;path&gt; as the local sandbox server (for development).</source>
        <translation>&lt;pfad&gt; als Server der lokalen Sandbox ausführen (für die Entwicklung).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>pfad</translation>
    </message>
    <message>
        <source>Open the case &lt;number&gt; (or a casedesk:// link), in the CaseDesk that is running if there is one.</source>
        <translation>Den Vorgang &lt;number&gt; (oder einen casedesk://-Link) öffnen, im laufenden CaseDesk, falls eines läuft.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nummer</translation>
    </message>
    <message>
        <source>casedesk://case/NUMBER links to open.</source>
        <translation>Zu öffnende casedesk://case/NUMMER-Links.</translation>
    </message>
    <message>
        <source>[link…]</source>
        <translation>[link…]</translation>
    </message>
</context>
<context>
    <name>AttachmentPolicy</name>
    <message>
        <source>“%1” cannot be attached: the file no longer exists.</source>
        <translation>„%1“ kann nicht angehängt werden: Die Datei existiert nicht mehr.</translation>
    </message>
    <message>
        <source>“%1” is a folder: only files can be attached.</source>
        <translation>„%1“ ist ein Ordner: Nur Dateien können angehängt werden.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file and cannot be attached.</source>
        <translation>„%1“ ist keine reguläre Datei und kann nicht angehängt werden.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: check that you are allowed to open it.</source>
        <translation>„%1“ kann nicht gelesen werden: Prüfen Sie, ob Sie die Berechtigung zum Öffnen haben.</translation>
    </message>
    <message>
        <source>“%1” is empty: empty files cannot be attached.</source>
        <translation>„%1“ ist leer: Leere Dateien können nicht angehängt werden.</translation>
    </message>
    <message>
        <source>“%1” has no file extension, so its type cannot be checked. Accepted types: %2.</source>
        <translation>„%1“ hat keine Dateiendung, daher kann der Typ nicht geprüft werden. Zulässige Typen: %2.</translation>
    </message>
    <message>
        <source>“%1” cannot be attached: %2 files are not accepted. Accepted types: %3.</source>
        <translation>„%1“ kann nicht angehängt werden: %2-Dateien werden nicht akzeptiert. Zulässige Typen: %3.</translation>
    </message>
    <message>
        <source>%L1 bytes</source>
        <translation>%L1 Byte</translation>
    </message>
    <message>
        <source>“%1” is %2, more than the %3 allowed per file.</source>
        <translation>„%1“ ist %2 groß, mehr als die pro Datei zulässigen %3.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” was not added: a case or note can have at most %n attachments.</source>
        <translation>
            <numerusform>„%1“ wurde nicht hinzugefügt: Ein Vorgang oder eine Notiz kann höchstens %n Anhang haben.</numerusform>
            <numerusform>„%1“ wurde nicht hinzugefügt: Ein Vorgang oder eine Notiz kann höchstens %n Anhänge haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to %n files, %1 each</source>
        <translation>
            <numerusform>Bis zu %n Datei, je %1</numerusform>
            <numerusform>Bis zu %n Dateien, je %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted files (%1)</source>
        <translation>Zulässige Dateien (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The attachment</source>
        <translation>Der Anhang</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a file name in quotes</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>%1 was not opened: its content cannot be read.</source>
        <translation>%1 wurde nicht geöffnet: Sein Inhalt kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Use Save as… to keep a copy, and open it only if you trust it.</source>
        <translation>Verwenden Sie „Speichern unter…“, um eine Kopie zu behalten, und öffnen Sie sie nur, wenn Sie ihr vertrauen.</translation>
    </message>
    <message>
        <source>%1 was not opened: its name has no file extension, and its content is %2 (%3). %4</source>
        <translation>%1 wurde nicht geöffnet: Der Name hat keine Dateiendung, und der Inhalt ist %2 (%3). %4</translation>
    </message>
    <message>
        <source>%1 was not opened: CaseDesk does not open %2 files. Its content is %3 (%4). %5</source>
        <translation>%1 wurde nicht geöffnet: CaseDesk öffnet keine %2-Dateien. Der Inhalt ist %3 (%4). %5</translation>
    </message>
    <message>
        <source>%1 was not opened: its name says %2, but its content is %3 (%4). %5</source>
        <translation>%1 wurde nicht geöffnet: Der Name sagt %2, der Inhalt ist aber %3 (%4). %5</translation>
    </message>
</context>
<context>
    <name>AttachmentStash</name>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” could not be kept: the folder %2 cannot be created.</source>
        <translation>„%1“ konnte nicht aufbewahrt werden: Der Ordner %2 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>“%1” could not be kept: %2</source>
        <translation>„%1“ konnte nicht aufbewahrt werden: %2</translation>
    </message>
    <message>
        <source>“%1” is empty: empty files cannot be attached.</source>
        <translation>„%1“ ist leer: Leere Dateien können nicht angehängt werden.</translation>
    </message>
    <message>
        <source>“%1” could not be kept under its name in %2.</source>
        <translation>„%1“ konnte nicht unter seinem Namen in %2 aufbewahrt werden.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::AboutDialog</name>
    <message>
        <source>About CaseDesk</source>
        <translation>Über CaseDesk</translation>
    </message>
    <message>
        <source>CaseDesk icon</source>
        <translation>CaseDesk-Symbol</translation>
    </message>
    <message>
        <source>CaseDesk %1</source>
        <translation>CaseDesk %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>A desktop client for the Case Management API 2.0.0.</source>
        <translation>Ein Desktop-Client für die Case Management API 2.0.0.</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>Operating system:</source>
        <translation>Betriebssystem:</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Einstellungen:</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Protokolldatei:</translation>
    </message>
    <message>
        <source>none in this run</source>
        <translation>keine in dieser Sitzung</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>Diagnosedaten &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Diagnosedaten kopieren</translation>
    </message>
    <message>
        <source>Puts the versions and folders above on the clipboard, for a support request.</source>
        <translation>Legt die Versionen und Ordner oben in die Zwischenablage, für eine Supportanfrage.</translation>
    </message>
    <message>
        <source>The diagnostics are on the clipboard.</source>
        <translation>Die Diagnosedaten sind in der Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::ApiClient</name>
    <message>
        <source>“%1” is not a valid server address.</source>
        <translation>„%1“ ist keine gültige Serveradresse.</translation>
    </message>
    <message>
        <source>“%1” must start with https://.</source>
        <translation>„%1“ muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>“%1” uses plain http; only https is allowed for servers other than this computer.</source>
        <translation>„%1“ verwendet unverschlüsseltes http; für andere Server als diesen Computer ist nur https erlaubt.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::AppController</name>
    <message numerus="yes">
        <source>Refreshing %n open case(s)…</source>
        <translation>
            <numerusform>%n offener Vorgang wird aktualisiert…</numerusform>
            <numerusform>%n offene Vorgänge werden aktualisiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a case from the list to act on it</source>
        <translation>Öffnen Sie einen Vorgang aus der Liste, um ihn zu bearbeiten</translation>
    </message>
</context>
<context>
    <name>CaseDesk::AttachmentItemDelegate</name>
    <message>
        <source>Uploading %1%</source>
        <translation>Wird hochgeladen: %1 %</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · converted from %2</source>
        <translation>%1 · konvertiert aus %2</translation>
    </message>
</context>
<context>
    <name>CaseDesk::AttachmentListModel</name>
    <message>
        <source>size not known yet</source>
        <translation>Größe noch nicht bekannt</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4</source>
        <translation>%1 (%2, %3): %4</translation>
    </message>
    <message>
        <source>Converted from “%1”.</source>
        <translation>Konvertiert aus „%1“.</translation>
    </message>
    <message>
        <source>%1, %2, uploading, %3 percent</source>
        <translation>%1, %2, wird hochgeladen, %3 Prozent</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Waiting to upload</source>
        <translation>Wartet auf Hochladen</translation>
    </message>
    <message>
        <source>Converting…</source>
        <translation>Wird konvertiert…</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Wird hochgeladen…</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Hochgeladen</translation>
    </message>
    <message>
        <source>Upload failed</source>
        <translation>Hochladen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>No type</source>
        <translation>Kein Typ</translation>
    </message>
</context>
<context>
    <name>CaseDesk::AttachmentListWidget</name>
    <message>
        <source>Add attachments</source>
        <translation>Anhänge hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Dateien hinzufügen</translation>
    </message>
    <message>
        <source>Choose files to attach</source>
        <translation>Dateien zum Anhängen auswählen</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>Paste an image or files</source>
        <translation>Bild oder Dateien einfügen</translation>
    </message>
    <message>
        <source>Attach the image or files on the clipboard (Ctrl+V)</source>
        <translation>Das Bild oder die Dateien aus der Zwischenablage anhängen (Strg+V)</translation>
    </message>
    <message>
        <source>Cance&amp;l upload</source>
        <translation>Hochladen a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel the selected upload</source>
        <translation>Hochladen der ausgewählten Datei abbrechen</translation>
    </message>
    <message>
        <source>Stop uploading the selected file; it stays in the list</source>
        <translation>Das Hochladen der ausgewählten Datei beenden; sie bleibt in der Liste</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Retry the selected upload</source>
        <translation>Hochladen der ausgewählten Datei wiederholen</translation>
    </message>
    <message>
        <source>Upload the selected file again</source>
        <translation>Die ausgewählte Datei erneut hochladen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected file</source>
        <translation>Ausgewählte Datei entfernen</translation>
    </message>
    <message>
        <source>Take the selected file off the list (Delete)</source>
        <translation>Die ausgewählte Datei aus der Liste nehmen (Entf)</translation>
    </message>
    <message>
        <source>Con&amp;vert and attach</source>
        <translation>&amp;Konvertieren und anhängen</translation>
    </message>
    <message>
        <source>Convert and attach</source>
        <translation>Konvertieren und anhängen</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t attach</source>
        <translation>&amp;Nicht anhängen</translation>
    </message>
    <message>
        <source>Do not attach this image</source>
        <translation>Dieses Bild nicht anhängen</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>%1. Delete removes the selected file.</source>
        <translation>%1. Entf entfernt die ausgewählte Datei.</translation>
    </message>
    <message>
        <source>Drop files here, paste an image or use Add files.
%1.</source>
        <translation>Legen Sie Dateien hier ab, fügen Sie ein Bild ein oder verwenden Sie „Dateien hinzufügen“.
%1.</translation>
    </message>
    <message>
        <source>Drop files to attach them</source>
        <translation>Dateien ablegen, um sie anzuhängen</translation>
    </message>
    <message>
        <source>The clipboard holds no image or file to attach.</source>
        <translation>Die Zwischenablage enthält kein Bild und keine Datei zum Anhängen.</translation>
    </message>
    <message>
        <source>“%1” can be converted to PNG (or to JPEG, if that is what it takes to stay within %2) and then attached.</source>
        <translation>„%1“ kann in PNG (oder, falls nötig, um innerhalb von %2 zu bleiben, in JPEG) konvertiert und dann angehängt werden.</translation>
    </message>
    <message>
        <source>Convert and attach %1</source>
        <translation>%1 konvertieren und anhängen</translation>
    </message>
    <message>
        <source>Do not attach %1</source>
        <translation>%1 nicht anhängen</translation>
    </message>
    <message>
        <source>Cancel the upload of %1</source>
        <translation>Hochladen von %1 abbrechen</translation>
    </message>
    <message>
        <source>Retry the upload of %1</source>
        <translation>Hochladen von %1 wiederholen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>CaseDesk::AttachmentService</name>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>No connection has been set up.</source>
        <translation>Es wurde keine Verbindung eingerichtet.</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>The server sent %L1 bytes, but the attachment has %L2. The download was deleted.</source>
        <translation>Der Server hat %L1 Byte gesendet, der Anhang hat aber %L2. Der Download wurde gelöscht.</translation>
    </message>
    <message>
        <source>The download cannot be read back: %1</source>
        <translation>Der Download kann nicht wieder gelesen werden: %1</translation>
    </message>
    <message>
        <source>Its content is not the file that was uploaded (the SHA-256 differs). The download was deleted.</source>
        <translation>Der Inhalt ist nicht die hochgeladene Datei (der SHA-256 weicht ab). Der Download wurde gelöscht.</translation>
    </message>
    <message>
        <source>The download cannot be kept as %1.</source>
        <translation>Der Download kann nicht als %1 behalten werden.</translation>
    </message>
    <message>
        <source>“%1” was not opened: its file name changed on the way to disk.</source>
        <translation>„%1“ wurde nicht geöffnet: Der Dateiname hat sich auf dem Weg auf die Festplatte geändert.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::AttachmentUploader</name>
    <message>
        <source>“%1” is already in the list.</source>
        <translation>„%1“ ist bereits in der Liste.</translation>
    </message>
    <message>
        <source>The clipboard holds no image to attach.</source>
        <translation>Die Zwischenablage enthält kein Bild zum Anhängen.</translation>
    </message>
    <message>
        <source>The upload of “%1” was cancelled; retry it or remove it.</source>
        <translation>Das Hochladen von „%1“ wurde abgebrochen; wiederholen Sie das Hochladen oder entfernen Sie die Datei.</translation>
    </message>
    <message>
        <source>“%1” did not upload: the connection to the server was lost before it answered. Retry it when the connection is back.</source>
        <translation>„%1“ wurde nicht hochgeladen: Die Verbindung zum Server ist abgebrochen, bevor er geantwortet hat. Versuchen Sie es erneut, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>“%1” did not upload: %2</source>
        <translation>„%1“ wurde nicht hochgeladen: %2</translation>
    </message>
    <message>
        <source>“%1” was cancelled before it uploaded; retry it or remove it.</source>
        <translation>„%1“ wurde vor dem Hochladen abgebrochen; wiederholen Sie das Hochladen oder entfernen Sie die Datei.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::AttachmentsPage</name>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Optional: photos, logs or documents that help. Drop files here, paste an image, or add files; each one uploads at once.</source>
        <translation>Optional: Fotos, Protokolle oder Dokumente, die weiterhelfen. Legen Sie Dateien hier ab, fügen Sie ein Bild ein oder fügen Sie Dateien hinzu; jede Datei wird sofort hochgeladen.</translation>
    </message>
    <message>
        <source>the attachments</source>
        <translation>die Anhänge</translation>
    </message>
</context>
<context>
    <name>CaseDesk::CancelCaseDialog</name>
    <message>
        <source>Cancel case %1</source>
        <translation>Vorgang %1 stornieren</translation>
    </message>
    <message>
        <source>The provider stops work on case %1 when it is cancelled. This cannot be undone. Why should it be cancelled?</source>
        <translation>Der Anbieter stellt die Arbeit an Vorgang %1 ein, wenn er storniert wird. Dies kann nicht rückgängig gemacht werden. Warum soll er storniert werden?</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Grund (erforderlich):</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Grund für die Stornierung</translation>
    </message>
    <message>
        <source>Cancel &amp;case</source>
        <translation>Vorgang &amp;stornieren</translation>
    </message>
    <message>
        <source>Cancel the case</source>
        <translation>Den Vorgang stornieren</translation>
    </message>
    <message>
        <source>&amp;Keep case</source>
        <translation>Vorgang &amp;behalten</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>CaseDesk::CaseActions</name>
    <message>
        <source>The note on %1 waits in the outbox. %2</source>
        <translation>Die Notiz zu %1 wartet im Postausgang. %2</translation>
    </message>
    <message>
        <source>The cancellation of %1 waits in the outbox. %2</source>
        <translation>Die Stornierung von %1 wartet im Postausgang. %2</translation>
    </message>
    <message>
        <source>The provider no longer accepts notes on this case, because it is closed or cancelled. Your text is kept; you can copy it into a new case.</source>
        <translation>Der Anbieter nimmt zu diesem Vorgang keine Notizen mehr an, da er geschlossen oder storniert ist. Ihr Text bleibt erhalten; Sie können ihn in einen neuen Vorgang kopieren.</translation>
    </message>
    <message>
        <source>This account may not add notes to this case. Your text is kept.</source>
        <translation>Dieses Konto darf diesem Vorgang keine Notizen hinzufügen. Ihr Text bleibt erhalten.</translation>
    </message>
    <message>
        <source>The case cannot be cancelled any more: it is already cancelled, closed or resolved.</source>
        <translation>Der Vorgang kann nicht mehr storniert werden: Er ist bereits storniert, geschlossen oder gelöst.</translation>
    </message>
    <message>
        <source>This account may not cancel this case.</source>
        <translation>Dieses Konto darf diesen Vorgang nicht stornieren.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::CaseAttachmentsPanel</name>
    <message>
        <source>Save attachment as</source>
        <translation>Anhang speichern unter</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <source>Cancel do&amp;wnload</source>
        <translation>Herunterladen a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Attachments of the case and its notes</source>
        <translation>Anhänge des Vorgangs und seiner Notizen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Angehängt an</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open the selected attachment</source>
        <translation>Ausgewählten Anhang öffnen</translation>
    </message>
    <message>
        <source>Download the attachment (once) and open it with its usual application (Enter)</source>
        <translation>Den Anhang (einmalig) herunterladen und mit der zugehörigen Anwendung öffnen (Eingabe)</translation>
    </message>
    <message>
        <source>Save the selected attachment as</source>
        <translation>Ausgewählten Anhang speichern unter</translation>
    </message>
    <message>
        <source>Save a copy of the attachment where you choose</source>
        <translation>Eine Kopie des Anhangs an einem Ort Ihrer Wahl speichern</translation>
    </message>
    <message>
        <source>Cancel the download of the selected attachment</source>
        <translation>Herunterladen des ausgewählten Anhangs abbrechen</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Fortschritt des Herunterladens</translation>
    </message>
    <message>
        <source>Note by %1, %2</source>
        <translation>Notiz von %1, %2</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Wird heruntergeladen…</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Heruntergeladen</translation>
    </message>
    <message>
        <source>This case and its notes have no attachments.</source>
        <translation>Dieser Vorgang und seine Notizen haben keine Anhänge.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Known once downloaded</source>
        <translation>Nach dem Herunterladen bekannt</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: not connected to a server.</source>
        <translation>„%1“ kann nicht geöffnet werden: Keine Verbindung zu einem Server.</translation>
    </message>
    <message>
        <source>“%1” cannot be saved: not connected to a server.</source>
        <translation>„%1“ kann nicht gespeichert werden: Keine Verbindung zu einem Server.</translation>
    </message>
    <message>
        <source>“%1” is still downloading.</source>
        <translation>„%1“ wird noch heruntergeladen.</translation>
    </message>
    <message>
        <source>The download of “%1” was cancelled.</source>
        <translation>Das Herunterladen von „%1“ wurde abgebrochen.</translation>
    </message>
    <message>
        <source>“%1” could not be downloaded: %2</source>
        <translation>„%1“ konnte nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <source>Saved “%1” as %2.</source>
        <translation>„%1“ als %2 gespeichert.</translation>
    </message>
    <message>
        <source>“%1” is downloaded (%2), but no application is set up to open it. Use Save as… to keep a copy.</source>
        <translation>„%1“ wurde heruntergeladen (%2), aber zum Öffnen ist keine Anwendung eingerichtet. Verwenden Sie „Speichern unter…“, um eine Kopie zu behalten.</translation>
    </message>
    <message>
        <source>Downloading %1%</source>
        <translation>Wird heruntergeladen: %1 %</translation>
    </message>
    <message>
        <source>Not connected to a server</source>
        <translation>Keine Verbindung zu einem Server</translation>
    </message>
    <message>
        <source>Attachment not opened</source>
        <translation>Anhang nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>CaseDesk::CaseDetailController</name>
    <message>
        <source>The server does not know case or order %1.</source>
        <translation>Der Server kennt weder einen Vorgang noch einen Auftrag %1.</translation>
    </message>
    <message>
        <source>The stored copy of this case cannot be read (%1). Refresh to fetch it again.</source>
        <translation>Die gespeicherte Kopie dieses Vorgangs kann nicht gelesen werden (%1). Aktualisieren Sie, um sie erneut abzurufen.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::CaseDetailView</name>
    <message>
        <source>Drop files to attach them to a new note</source>
        <translation>Dateien ablegen, um sie an eine neue Notiz anzuhängen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Cancel case…</source>
        <translation>Vorgang s&amp;tornieren…</translation>
    </message>
    <message>
        <source>New case &amp;like this…</source>
        <translation>Ähnlichen Vorgang &amp;erstellen…</translation>
    </message>
    <message>
        <source>&amp;Write a note</source>
        <translation>Notiz &amp;schreiben</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Vorgang %1</translation>
    </message>
    <message>
        <source>Case actions</source>
        <translation>Vorgangsaktionen</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>&amp;Attachments</source>
        <translation>&amp;Anhänge</translation>
    </message>
    <message>
        <source>&amp;Notes (%1)</source>
        <translation>&amp;Notizen (%1)</translation>
    </message>
    <message>
        <source>&amp;Attachments (%1)</source>
        <translation>&amp;Anhänge (%1)</translation>
    </message>
    <message>
        <source>Cancel this case with a reason</source>
        <translation>Diesen Vorgang mit Begründung stornieren</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Export &amp;evidence pack…</source>
        <translation>&amp;Nachweispaket exportieren…</translation>
    </message>
    <message>
        <source>Save this case with its history, notes and attachment list as a PDF</source>
        <translation>Diesen Vorgang mit Verlauf, Notizen und Anhangsliste als PDF speichern</translation>
    </message>
    <message>
        <source>Save one zip with the PDF, every attachment, the server&apos;s answer and a manifest of hashes</source>
        <translation>Eine ZIP-Datei mit dem PDF, allen Anhängen, der Antwort des Servers und einem Manifest der Prüfsummen speichern</translation>
    </message>
    <message>
        <source>Copy lin&amp;k</source>
        <translation>&amp;Link kopieren</translation>
    </message>
    <message>
        <source>Put a casedesk:// link to this case on the clipboard, to paste into chat or e-mail</source>
        <translation>Einen casedesk://-Link auf diesen Vorgang in die Zwischenablage legen, zum Einfügen in Chat oder E-Mail</translation>
    </message>
</context>
<context>
    <name>CaseDesk::CaseDraftKeeper</name>
    <message>
        <source>CaseDesk is closing.</source>
        <translation>CaseDesk wird beendet.</translation>
    </message>
    <message>
        <source>The case was created but its number is unknown.</source>
        <translation>Der Vorgang wurde erstellt, aber seine Nummer ist unbekannt.</translation>
    </message>
    <message>
        <source>The new case waits in the outbox. %1</source>
        <translation>Der neue Vorgang wartet im Postausgang. %1</translation>
    </message>
</context>
<context>
    <name>CaseDesk::CaseExportJob</name>
    <message>
        <source>Reading case %1…</source>
        <translation>Vorgang %1 wird gelesen…</translation>
    </message>
    <message>
        <source>The local case store is not open.</source>
        <translation>Der lokale Vorgangsspeicher ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Case %1 is not in the local store.</source>
        <translation>Vorgang %1 ist nicht im lokalen Speicher.</translation>
    </message>
    <message>
        <source>Case %1 has not been read from the server yet. Open it once, then export it.</source>
        <translation>Vorgang %1 wurde noch nicht vom Server gelesen. Öffnen Sie ihn einmal und exportieren Sie ihn dann.</translation>
    </message>
    <message>
        <source>Not connected to a server: the attachments cannot be downloaded.</source>
        <translation>Keine Verbindung zu einem Server: Die Anhänge können nicht heruntergeladen werden.</translation>
    </message>
    <message>
        <source>Downloading “%1” (%2 of %3)…</source>
        <translation>„%1“ wird heruntergeladen (%2 von %3)…</translation>
    </message>
    <message>
        <source>“%1” could not be downloaded: %2</source>
        <translation>„%1“ konnte nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <source>Checking the attachments…</source>
        <translation>Anhänge werden geprüft…</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Wird gedruckt…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Seiten werden gesetzt…</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The PDF could not be laid out.</source>
        <translation>Das PDF konnte nicht gesetzt werden.</translation>
    </message>
    <message>
        <source>Writing the evidence pack…</source>
        <translation>Nachweispaket wird geschrieben…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::CaseExportUi</name>
    <message>
        <source>Export evidence pack of case %1</source>
        <translation>Nachweispaket von Vorgang %1 exportieren</translation>
    </message>
    <message>
        <source>Export case %1 as PDF</source>
        <translation>Vorgang %1 als PDF exportieren</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>ZIP-Archive (*.zip)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Folder for the evidence packs of %n case(s)</source>
        <translation>
            <numerusform>Ordner für das Nachweispaket von %n Vorgang</numerusform>
            <numerusform>Ordner für die Nachweispakete von %n Vorgängen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Folder for the PDFs of %n case(s)</source>
        <translation>
            <numerusform>Ordner für das PDF von %n Vorgang</numerusform>
            <numerusform>Ordner für die PDFs von %n Vorgängen</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Vorgang %1</translation>
    </message>
    <message>
        <source>Print case %1</source>
        <translation>Vorgang %1 drucken</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Case %1 (%2 of %3)</source>
        <translation>Vorgang %1 (%2 von %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>case, then what is being done</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Case %1 went to the printer (%n page(s)).</source>
        <translation>
            <numerusform>Vorgang %1 wurde gedruckt (%n Seite).</numerusform>
            <numerusform>Vorgang %1 wurde gedruckt (%n Seiten).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Evidence pack of case %1 saved as %2 (%n file(s)).</source>
        <translation>
            <numerusform>Nachweispaket von Vorgang %1 als %2 gespeichert (%n Datei).</numerusform>
            <numerusform>Nachweispaket von Vorgang %1 als %2 gespeichert (%n Dateien).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Case %1 saved as %2 (%n page(s)).</source>
        <translation>
            <numerusform>Vorgang %1 als %2 gespeichert (%n Seite).</numerusform>
            <numerusform>Vorgang %1 als %2 gespeichert (%n Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: nothing was saved for case %1.</source>
        <translation>Export abgebrochen: Für Vorgang %1 wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Case %1 could not be exported: %2</source>
        <translation>Vorgang %1 konnte nicht exportiert werden: %2</translation>
    </message>
</context>
<context>
    <name>CaseDesk::CaseFilterBar</name>
    <message>
        <source>Quick filter</source>
        <translation>Schnellfilter</translation>
    </message>
    <message>
        <source>Filter by number, reference, description or code label (Ctrl+F)</source>
        <translation>Nach Nummer, Referenz, Beschreibung oder Code-Bezeichnung filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Code family</source>
        <translation>Code-Familie</translation>
    </message>
    <message>
        <source>All code families</source>
        <translation>Alle Code-Familien</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Created any time</source>
        <translation>Beliebiges Erstelldatum</translation>
    </message>
    <message>
        <source>Created in the last 7 days</source>
        <translation>In den letzten 7 Tagen erstellt</translation>
    </message>
    <message>
        <source>Created in the last 30 days</source>
        <translation>In den letzten 30 Tagen erstellt</translation>
    </message>
    <message>
        <source>Created in the last 90 days</source>
        <translation>In den letzten 90 Tagen erstellt</translation>
    </message>
    <message>
        <source>Created between…</source>
        <translation>Erstellt zwischen…</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Erstellt ab</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Erstellt bis</translation>
    </message>
</context>
<context>
    <name>CaseDesk::CaseHeaderWidget</name>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Vorgang %1</translation>
    </message>
    <message>
        <source>Case %1 · Order %2</source>
        <translation>Vorgang %1 · Auftrag %2</translation>
    </message>
    <message>
        <source>%1 · code %2</source>
        <translation>%1 · Code %2</translation>
    </message>
    <message>
        <source>%1 · %2 (code %3)</source>
        <translation>%1 · %2 (Code %3)</translation>
    </message>
    <message>
        <source>IBX %1</source>
        <translation>IBX %1</translation>
    </message>
    <message>
        <source>Cage %1</source>
        <translation>Cage %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert: %1</translation>
    </message>
    <message>
        <source>The server cannot be reached. Showing what was fetched %1.</source>
        <translation>Der Server ist nicht erreichbar. Angezeigt wird, was %1 abgerufen wurde.</translation>
    </message>
    <message>
        <source>Fetched %1.</source>
        <translation>Abgerufen: %1.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::CaseListModel</name>
    <message>
        <source>Case</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Code label</source>
        <translation>Code-Bezeichnung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>IBX</source>
        <translation>IBX</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Zuletzt aktualisiert</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>Ihre Referenz</translation>
    </message>
</context>
<context>
    <name>CaseDesk::CaseListView</name>
    <message>
        <source>&amp;Delete view</source>
        <translation>Ansicht &amp;löschen</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>&amp;Save view…</source>
        <translation>Ansicht &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the current filter as a named view</source>
        <translation>Den aktuellen Filter als benannte Ansicht speichern</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Name der Ansicht:</translation>
    </message>
    <message>
        <source>Loading cases…</source>
        <translation>Vorgänge werden geladen…</translation>
    </message>
    <message>
        <source>No cases here yet.
Press Ctrl+N to create one, Ctrl+L to go to a case by its number, or Ctrl+Shift+F to find cases on the server.</source>
        <translation>Noch keine Vorgänge vorhanden.
Drücken Sie Strg+N, um einen zu erstellen, Strg+L, um einen Vorgang über seine Nummer zu öffnen, oder Strg+Umschalt+F, um Vorgänge auf dem Server zu suchen.</translation>
    </message>
    <message>
        <source>No case matches the filter.</source>
        <translation>Kein Vorgang entspricht dem Filter.</translation>
    </message>
    <message>
        <source>All cases (%1)</source>
        <translation>Alle Vorgänge (%1)</translation>
    </message>
</context>
<context>
    <name>CaseDesk::CaseOverviewWidget</name>
    <message>
        <source>Line items</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Estimated completion</source>
        <translation>Voraussichtliche Fertigstellung</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Raw response</source>
        <translation>Rohantwort</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>CaseDesk::CaseRepository</name>
    <message>
        <source>The local store is not open.</source>
        <translation>Der lokale Speicher ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::CaseSelectionActions</name>
    <message>
        <source>Actions on the selected cases</source>
        <translation>Aktionen für die ausgewählten Vorgänge</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Mark &amp;seen</source>
        <translation>Als &amp;gelesen markieren</translation>
    </message>
    <message>
        <source>Mark &amp;unseen</source>
        <translation>Als &amp;ungelesen markieren</translation>
    </message>
    <message>
        <source>Mark &amp;all in this view seen</source>
        <translation>&amp;Alle in dieser Ansicht als gelesen markieren</translation>
    </message>
    <message>
        <source>&amp;Copy case numbers</source>
        <translation>Vorgangsnummern k&amp;opieren</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;evidence pack…</source>
        <translation>&amp;Nachweispaket exportieren…</translation>
    </message>
    <message numerus="yes">
        <source>Refreshing %n case(s)…</source>
        <translation>
            <numerusform>%n Vorgang wird aktualisiert…</numerusform>
            <numerusform>%n Vorgänge werden aktualisiert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n case number(s).</source>
        <translation>
            <numerusform>%n Vorgangsnummer kopiert.</numerusform>
            <numerusform>%n Vorgangsnummern kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy lin&amp;ks</source>
        <translation>&amp;Links kopieren</translation>
    </message>
    <message>
        <source>Copy lin&amp;k</source>
        <translation>&amp;Link kopieren</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n link(s).</source>
        <translation>
            <numerusform>%n Link kopiert.</numerusform>
            <numerusform>%n Links kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) known only by an order number have no link until they are fetched.</source>
        <translation>
            <numerusform>%n Vorgang, der nur unter einer Auftragsnummer bekannt ist, hat erst nach dem Abrufen einen Link.</numerusform>
            <numerusform>%n Vorgänge, die nur unter einer Auftragsnummer bekannt sind, haben erst nach dem Abrufen einen Link.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseDesk::CaseTabs</name>
    <message>
        <source>Case %1</source>
        <translation>Vorgang %1</translation>
    </message>
</context>
<context>
    <name>CaseDesk::CaseWizardPage</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>fields still to fix</comment>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>To go on, correct: %1.</source>
        <translation>Korrigieren Sie zum Fortfahren: %1.</translation>
    </message>
    <message>
        <source>To go on, fill in: %1.</source>
        <translation>Füllen Sie zum Fortfahren aus: %1.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::CatalogueActions</name>
    <message>
        <source>Load provider API document</source>
        <translation>API-Dokument des Anbieters laden</translation>
    </message>
    <message>
        <source>OpenAPI documents (*.json *.yaml *.yml)</source>
        <translation>OpenAPI-Dokumente (*.json *.yaml *.yml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Load provider API document…</source>
        <translation>API-Dokument des Anbieters &amp;laden…</translation>
    </message>
    <message>
        <source>&amp;Reset to the bundled API document</source>
        <translation>Auf das mitgelieferte API-Dokument &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Read the provider&apos;s OpenAPI document (JSON or YAML) for its codes and details forms</source>
        <translation>Das OpenAPI-Dokument des Anbieters (JSON oder YAML) mit seinen Codes und Detailformularen einlesen</translation>
    </message>
    <message>
        <source>Use the API document that came with CaseDesk again</source>
        <translation>Wieder das mit CaseDesk gelieferte API-Dokument verwenden</translation>
    </message>
    <message>
        <source>Reset to the bundled API document</source>
        <translation>Auf das mitgelieferte API-Dokument zurücksetzen</translation>
    </message>
    <message>
        <source>Use the codes and details forms that came with CaseDesk instead of %1?</source>
        <translation>Die mit CaseDesk gelieferten Codes und Detailformulare anstelle von %1 verwenden?</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation>%1 wird gelesen und geprüft …</translation>
    </message>
    <message>
        <source>Loading the provider API document</source>
        <translation>Das API-Dokument des Anbieters wird geladen</translation>
    </message>
</context>
<context>
    <name>CaseDesk::CatalogueChangeDialog</name>
    <message>
        <source>%1 – %2</source>
        <comment>code – label</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Provider API document</source>
        <translation>API-Dokument des Anbieters</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Loaded %1.</source>
        <translation>%1 geladen.</translation>
    </message>
    <message>
        <source>The codes and details forms now come from “%1” %2. The choice is kept until you reset it to the bundled document.
%3</source>
        <translation>Die Codes und Detailformulare stammen jetzt aus „%1“ %2. Diese Auswahl bleibt bestehen, bis Sie sie auf das mitgelieferte Dokument zurücksetzen.
%3</translation>
    </message>
    <message>
        <source>Back to the bundled API document.</source>
        <translation>Zurück zum mitgelieferten API-Dokument.</translation>
    </message>
    <message>
        <source>The codes and details forms are those that came with CaseDesk.</source>
        <translation>Die Codes und Detailformulare sind die mit CaseDesk mitgelieferten.</translation>
    </message>
    <message>
        <source>%1 was not loaded.</source>
        <translation>%1 wurde nicht geladen.</translation>
    </message>
    <message>
        <source>%1

Nothing changed: the codes and details forms are the same as before.</source>
        <translation>%1

Nichts geändert: Die Codes und Detailformulare sind dieselben wie zuvor.</translation>
    </message>
    <message numerus="yes">
        <source>Codes added (%n)</source>
        <translation>
            <numerusform>Hinzugefügte Codes (%n)</numerusform>
            <numerusform>Hinzugefügte Codes (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Codes removed (%n)</source>
        <translation>
            <numerusform>Entfernte Codes (%n)</numerusform>
            <numerusform>Entfernte Codes (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Details forms changed (%n)</source>
        <translation>
            <numerusform>Geändertes Detailformular (%n)</numerusform>
            <numerusform>Geänderte Detailformulare (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
</context>
<context>
    <name>CaseDesk::ChoiceFieldEditor</name>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 (not offered)</source>
        <translation>%1 (nicht angeboten)</translation>
    </message>
</context>
<context>
    <name>CaseDesk::ChoiceListFieldEditor</name>
    <message>
        <source>%1 (not offered)</source>
        <translation>%1 (nicht angeboten)</translation>
    </message>
</context>
<context>
    <name>CaseDesk::CodeCatalogue</name>
    <message>
        <source>The provider API document kept in %1 cannot be used (%2) The bundled one is used instead.</source>
        <translation>Das in %1 gespeicherte API-Dokument des Anbieters kann nicht verwendet werden (%2). Stattdessen wird das mitgelieferte verwendet.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>family number, then the provider&apos;s family name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The document could not be kept in %1: %2.</source>
        <translation>Das Dokument konnte nicht in %1 gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>Another API document is still being read.</source>
        <translation>Ein anderes API-Dokument wird noch gelesen.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>the provider&apos;s family name, then a code the provider published no label for</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Family %1, no published label</source>
        <translation>Familie %1, keine veröffentlichte Bezeichnung</translation>
    </message>
</context>
<context>
    <name>CaseDesk::CodeCatalogueModel</name>
    <message>
        <source>Ticket code</source>
        <translation>Ticket-Code</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Creates</source>
        <translation>Erzeugt</translation>
    </message>
    <message>
        <source>Details form</source>
        <translation>Detailformular</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>Recently used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Details form follows</source>
        <translation>Detailformular folgt</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>Code %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a code&apos;s description</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>CaseDesk::CodePage</name>
    <message>
        <source>Ticket code</source>
        <translation>Ticket-Code</translation>
    </message>
    <message>
        <source>What is the problem about? The code decides whether a trouble ticket or a case is created, and whether a details form follows.</source>
        <translation>Worum geht es bei dem Problem? Der Code bestimmt, ob ein Störungsticket oder ein Vorgang erstellt wird und ob ein Detailformular folgt.</translation>
    </message>
    <message>
        <source>Choose a ticket code.</source>
        <translation>Wählen Sie einen Ticket-Code.</translation>
    </message>
    <message>
        <source>%1 is not a code of the current API document; choose another.</source>
        <translation>%1 ist kein Code des aktuellen API-Dokuments; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>a ticket code</source>
        <translation>einen Ticket-Code</translation>
    </message>
</context>
<context>
    <name>CaseDesk::CodePickerWidget</name>
    <message>
        <source>Words of a label or digits of a code, e.g. power, 0305</source>
        <translation>Wörter einer Bezeichnung oder Ziffern eines Codes, z. B. Strom, 0305</translation>
    </message>
    <message>
        <source>Search ticket codes</source>
        <translation>Ticket-Codes durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Ticket codes</source>
        <translation>Ticket-Codes</translation>
    </message>
    <message>
        <source>Your own label for this code</source>
        <translation>Ihre eigene Bezeichnung für diesen Code</translation>
    </message>
    <message>
        <source>Optional: a name you will recognise</source>
        <translation>Optional: ein Name, den Sie wiedererkennen</translation>
    </message>
    <message>
        <source>Chosen code</source>
        <translation>Ausgewählter Code</translation>
    </message>
    <message>
        <source>Your &amp;label:</source>
        <translation>Ihre &amp;Bezeichnung:</translation>
    </message>
    <message numerus="yes">
        <source>Codes: %n</source>
        <translation>
            <numerusform>Codes: %n</numerusform>
            <numerusform>Codes: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matching: %n</source>
        <translation>
            <numerusform>Treffer: %n</numerusform>
            <numerusform>Treffer: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation>Aus Favoriten entfernen</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>Zu Favoriten hinzufügen</translation>
    </message>
    <message>
        <source>No code chosen yet.</source>
        <translation>Noch kein Code ausgewählt.</translation>
    </message>
    <message>
        <source>%1 is not in the current API document.</source>
        <translation>%1 ist nicht im aktuellen API-Dokument enthalten.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Family: %1</source>
        <translation>Code-Familie: %1</translation>
    </message>
    <message>
        <source>Creates a trouble ticket, answered with an order number.</source>
        <translation>Erzeugt ein Störungsticket; die Antwort enthält eine Auftragsnummer.</translation>
    </message>
    <message>
        <source>Creates a case, answered with a case number.</source>
        <translation>Erzeugt einen Vorgang; die Antwort enthält eine Vorgangsnummer.</translation>
    </message>
    <message>
        <source>A details form follows.</source>
        <translation>Es folgt ein Detailformular.</translation>
    </message>
    <message>
        <source>No details form.</source>
        <translation>Kein Detailformular.</translation>
    </message>
    <message>
        <source>Primary reference: %1</source>
        <translation>Primäre Referenz: %1</translation>
    </message>
    <message>
        <source>Secondary reference: %1</source>
        <translation>Sekundäre Referenz: %1</translation>
    </message>
    <message>
        <source>The provider has published no label for this code.</source>
        <translation>Der Anbieter hat für diesen Code keine Bezeichnung veröffentlicht.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::ConnectionStatus</name>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>Lokale Sandbox wird gestartet…</translation>
    </message>
    <message>
        <source>Local sandbox unavailable</source>
        <translation>Lokale Sandbox nicht verfügbar</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected as %1</source>
        <translation>Verbunden als %1</translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached</source>
        <translation>Offline: Der Server ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
</context>
<context>
    <name>CaseDesk::ConnectivityBanner</name>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Show &amp;outbox</source>
        <translation>&amp;Postausgang anzeigen</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Ask the server at once and send what waits in the outbox</source>
        <translation>Sofort beim Server nachfragen und senden, was im Postausgang wartet</translation>
    </message>
    <message>
        <source>Show outbox</source>
        <translation>Postausgang anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>Offline: changes wait in the outbox (%n)</source>
        <translation>
            <numerusform>Offline: Änderungen warten im Postausgang (%n)</numerusform>
            <numerusform>Offline: Änderungen warten im Postausgang (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: what you send waits in the outbox</source>
        <translation>Offline: Was Sie senden, wartet im Postausgang</translation>
    </message>
    <message>
        <source>CaseDesk keeps working from what it has stored.</source>
        <translation>CaseDesk arbeitet mit den gespeicherten Daten weiter.</translation>
    </message>
    <message numerus="yes">
        <source>Outbox items that need you: %n</source>
        <translation>
            <numerusform>Einträge im Postausgang, die Ihr Eingreifen erfordern: %n</numerusform>
            <numerusform>Einträge im Postausgang, die Ihr Eingreifen erfordern: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>They could not be sent. Open the outbox to send them again, edit or discard them.</source>
        <translation>Sie konnten nicht gesendet werden. Öffnen Sie den Postausgang, um sie erneut zu senden, zu bearbeiten oder zu verwerfen.</translation>
    </message>
    <message>
        <source>Trying…</source>
        <translation>Verbindungsversuch…</translation>
    </message>
</context>
<context>
    <name>CaseDesk::ConnectivityMonitor</name>
    <message>
        <source>This computer is not connected to a network.</source>
        <translation>Dieser Computer ist nicht mit einem Netzwerk verbunden.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::ContactEditor</name>
    <message>
        <source>Add phone or e-mail</source>
        <translation>Telefon oder E-Mail hinzufügen</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Kontakt entfernen</translation>
    </message>
    <message>
        <source>Registered portal users</source>
        <translation>Registrierte Portalbenutzer</translation>
    </message>
    <message>
        <source>A person with phone or e-mail</source>
        <translation>Eine Person mit Telefon oder E-Mail</translation>
    </message>
    <message>
        <source>e.g. jdoe, asmith</source>
        <translation>z. B. jdoe, asmith</translation>
    </message>
    <message>
        <source>Not given (e.g. Europe/Amsterdam)</source>
        <translation>Nicht angegeben (z. B. Europe/Amsterdam)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Portal user names</source>
        <translation>Portal-Benutzernamen</translation>
    </message>
    <message>
        <source>Separate several names with commas.</source>
        <translation>Trennen Sie mehrere Namen durch Kommas.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Phone and e-mail</source>
        <translation>Telefon und E-Mail</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Erreichbarkeit</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Kontakt %1</translation>
    </message>
    <message>
        <source>Remove contact %1</source>
        <translation>Kontakt %1 entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add a phone number or e-mail address to contact %1</source>
        <translation>Telefonnummer oder E-Mail-Adresse zu Kontakt %1 hinzufügen</translation>
    </message>
    <message>
        <source>Kind of detail %1</source>
        <translation>Art der Angabe %1</translation>
    </message>
    <message>
        <source>Phone number or e-mail address %1, required</source>
        <translation>Telefonnummer oder E-Mail-Adresse %1, erforderlich</translation>
    </message>
    <message>
        <source>Remove detail %1</source>
        <translation>Angabe %1 entfernen</translation>
    </message>
    <message>
        <source>Contact %1: %2</source>
        <translation>Kontakt %1: %2</translation>
    </message>
</context>
<context>
    <name>CaseDesk::ContactsPage</name>
    <message>
        <source>&amp;Add contact</source>
        <translation>Kontakt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>No contacts added. Contacts are optional.</source>
        <translation>Keine Kontakte hinzugefügt. Kontakte sind optional.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Who should the provider contact about this case? Add registered portal users by name, or people with their phone numbers and e-mail addresses.</source>
        <translation>Wen soll der Anbieter zu diesem Vorgang kontaktieren? Fügen Sie registrierte Portalbenutzer nach Namen hinzu oder Personen mit ihren Telefonnummern und E-Mail-Adressen.</translation>
    </message>
    <message>
        <source>the contacts</source>
        <translation>die Kontakte</translation>
    </message>
</context>
<context>
    <name>CaseDesk::CustomServerDialog</name>
    <message>
        <source>Add custom server</source>
        <translation>Benutzerdefinierten Server hinzufügen</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Servername</translation>
    </message>
    <message>
        <source>e.g. Staging</source>
        <translation>z. B. Staging</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>A server that offers the Case Management API. Its cases, drafts and credentials are kept apart from every other environment. Addresses must use https, except on this computer.</source>
        <translation>Ein Server, der die Case Management API anbietet. Seine Vorgänge, Entwürfe und Zugangsdaten werden getrennt von allen anderen Umgebungen aufbewahrt. Adressen müssen https verwenden, außer auf diesem Computer.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
</context>
<context>
    <name>CaseDesk::DBusNotifier</name>
    <message>
        <source>Show CaseDesk</source>
        <translation>CaseDesk zeigen</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Vorgang öffnen</translation>
    </message>
</context>
<context>
    <name>CaseDesk::DateTimeFieldEditor</name>
    <message>
        <source>Set</source>
        <translation>Festlegen</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>%1 festlegen</translation>
    </message>
</context>
<context>
    <name>CaseDesk::DetailsFormWidget</name>
    <message>
        <source>This ticket code asks for no further details.</source>
        <translation>Dieser Ticket-Code erfordert keine weiteren Details.</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>Element %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>part of a field, then the problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Details form</source>
        <translation>Detailformular</translation>
    </message>
</context>
<context>
    <name>CaseDesk::DetailsPage</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>The provider asks for these details for code %1. Fields marked * are required.</source>
        <translation>Der Anbieter benötigt diese Details für Code %1. Mit * markierte Felder sind Pflichtfelder.</translation>
    </message>
    <message>
        <source>the details</source>
        <translation>die Details</translation>
    </message>
</context>
<context>
    <name>CaseDesk::DraftListModel</name>
    <message>
        <source>Unreadable draft</source>
        <translation>Unlesbarer Entwurf</translation>
    </message>
    <message>
        <source>%1 (refused)</source>
        <translation>%1 (abgelehnt)</translation>
    </message>
    <message>
        <source>This draft cannot be read (%1). Discard it.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden (%1). Verwerfen Sie ihn.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>First words</source>
        <translation>Erste Wörter</translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation>Zuletzt bearbeitet</translation>
    </message>
</context>
<context>
    <name>CaseDesk::DraftStore</name>
    <message>
        <source>The local store is not open.</source>
        <translation>Der lokale Speicher ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::DraftsView</name>
    <message>
        <source>No drafts. What you write in a new case or a note is kept here as you type, until it is sent.</source>
        <translation>Keine Entwürfe. Was Sie in einem neuen Vorgang oder einer Notiz schreiben, wird hier während der Eingabe aufbewahrt, bis es gesendet ist.</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Open the draft where it was written (Enter)</source>
        <translation>Den Entwurf dort öffnen, wo er geschrieben wurde (Eingabe)</translation>
    </message>
    <message>
        <source>Delete the draft (Delete)</source>
        <translation>Den Entwurf löschen (Entf)</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Entwurf verwerfen</translation>
    </message>
    <message>
        <source>Discard “%1”? What it holds cannot be recovered.</source>
        <translation>„%1“ verwerfen? Der Inhalt kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>This draft cannot be read: %1</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>CaseDesk::EnvironmentController</name>
    <message>
        <source>CaseDesk knows no environment named “%1”, so it started in the local sandbox. Choose another one from the Environment menu.</source>
        <translation>CaseDesk kennt keine Umgebung namens „%1“ und wurde daher in der lokalen Sandbox gestartet. Wählen Sie im Menü „Umgebung“ eine andere aus.</translation>
    </message>
    <message>
        <source>Custom server: %1</source>
        <translation>Benutzerdefinierter Server: %1</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
</context>
<context>
    <name>CaseDesk::EnvironmentMenu</name>
    <message>
        <source>&amp;Environment</source>
        <translation>&amp;Umgebung</translation>
    </message>
    <message>
        <source>&amp;Add custom server…</source>
        <translation>Benutzerdefinierten Server &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>A&amp;bmelden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Real cases, acted on by the provider&apos;s engineers.</source>
        <translation>Echte Vorgänge, die von den Technikern des Anbieters bearbeitet werden.</translation>
    </message>
    <message>
        <source>Signed in with the local sandbox&apos;s own client</source>
        <translation>Mit dem eigenen Client der lokalen Sandbox angemeldet</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>&amp;Remove custom server</source>
        <translation>Benutzerdefinierten Server &amp;entfernen</translation>
    </message>
    <message>
        <source>%1 (%2)…</source>
        <translation>%1 (%2)…</translation>
    </message>
    <message>
        <source>Remove custom server</source>
        <translation>Benutzerdefinierten Server entfernen</translation>
    </message>
    <message>
        <source>Remove “%1” (%2) from the Environment menu?</source>
        <translation>„%1“ (%2) aus dem Umgebungsmenü entfernen?</translation>
    </message>
    <message>
        <source>Its secret is deleted from the keychain. Its cases, drafts and outbox stay on this computer and come back when you add the same address again.</source>
        <translation>Sein Client-Secret wird aus dem Schlüsselbund gelöscht. Seine Vorgänge, Entwürfe und sein Postausgang bleiben auf diesem Computer und kommen zurück, wenn Sie dieselbe Adresse wieder hinzufügen.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>CaseDesk::EnvironmentRegistry</name>
    <message>
        <source>Give the server a name.</source>
        <translation>Geben Sie dem Server einen Namen.</translation>
    </message>
    <message>
        <source>Use a shorter name: at most %1 characters.</source>
        <translation>Verwenden Sie einen kürzeren Namen: höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address: CaseDesk asks for the client ID and secret when you sign in.</source>
        <translation>Lassen Sie Benutzername und Passwort in der Adresse weg: CaseDesk fragt bei der Anmeldung nach Client-ID und Client-Secret.</translation>
    </message>
    <message>
        <source>The address must end with the server&apos;s path, without “?” or “#” parts.</source>
        <translation>Die Adresse muss mit dem Pfad des Servers enden, ohne „?“- oder „#“-Teile.</translation>
    </message>
    <message>
        <source>“%1” is already the name of an environment.</source>
        <translation>„%1“ ist bereits der Name einer Umgebung.</translation>
    </message>
    <message>
        <source>%1 is already the address of “%2”.</source>
        <translation>%1 ist bereits die Adresse von „%2“.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, like https://api.example.com.</source>
        <translation>Geben Sie die Adresse des Servers ein, z. B. https://api.example.com.</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>keine Adresse</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
    <message>
        <source>Provider sandbox</source>
        <translation>Sandbox des Anbieters</translation>
    </message>
    <message>
        <source>Provider production</source>
        <translation>Produktion des Anbieters</translation>
    </message>
</context>
<context>
    <name>CaseDesk::FieldEditor</name>
    <message>
        <source>%1 *</source>
        <comment>a required field&apos;s title</comment>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>%1, required</source>
        <translation>%1, erforderlich</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Error in %1: %2</source>
        <translation>Fehler in %1: %2</translation>
    </message>
</context>
<context>
    <name>CaseDesk::FindOnServerDialog</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;More results</source>
        <translation>&amp;Weitere Ergebnisse</translation>
    </message>
    <message>
        <source>Find cases on the server</source>
        <translation>Vorgänge auf dem Server suchen</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>Suchen nach</translation>
    </message>
    <message>
        <source>Part of a number, reference or contact name</source>
        <translation>Teil einer Nummer, Referenz oder eines Kontaktnamens</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>Suchen in</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Auftragsnummer</translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation>Kundenreferenz</translation>
    </message>
    <message>
        <source>Trouble ticket number</source>
        <translation>Störungsticketnummer</translation>
    </message>
    <message>
        <source>Contact&apos;s last name</source>
        <translation>Nachname des Kontakts</translation>
    </message>
    <message>
        <source>Purchase order number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Auftragsstatus</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Beliebiger Status</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Übermittelt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>In the last 12 months</source>
        <translation>In den letzten 12 Monaten</translation>
    </message>
    <message>
        <source>In the last 6 months</source>
        <translation>In den letzten 6 Monaten</translation>
    </message>
    <message>
        <source>In the last 3 months</source>
        <translation>In den letzten 3 Monaten</translation>
    </message>
    <message>
        <source>In the last 30 days</source>
        <translation>In den letzten 30 Tagen</translation>
    </message>
    <message>
        <source>In the last 7 days</source>
        <translation>In den letzten 7 Tagen</translation>
    </message>
    <message>
        <source>Search &amp;for:</source>
        <translation>Suchen &amp;nach:</translation>
    </message>
    <message>
        <source>Search &amp;in:</source>
        <translation>Suchen &amp;in:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>C&amp;reated:</source>
        <translation>E&amp;rstellt:</translation>
    </message>
    <message>
        <source>The provider&apos;s order history covers the last 12 months.</source>
        <translation>Der Auftragsverlauf des Anbieters umfasst die letzten 12 Monate.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>%1 found, %2 of them new in the list.</source>
        <comment>search result</comment>
        <translation>%1 gefunden, davon %2 neu in der Liste.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::FirstRunImport</name>
    <message>
        <source>The order history could not be read: %1</source>
        <translation>Der Auftragsverlauf konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>CaseDesk::GoToCaseDialog</name>
    <message>
        <source>Go to case</source>
        <translation>Gehe zu Vorgang</translation>
    </message>
    <message>
        <source>Case or order &amp;number:</source>
        <translation>Vorgangs- oder Auftrags&amp;nummer:</translation>
    </message>
    <message>
        <source>Case or order number</source>
        <translation>Vorgangs- oder Auftragsnummer</translation>
    </message>
    <message>
        <source>e.g. 11150929 or 1-204976070710</source>
        <translation>z. B. 11150929 oder 1-204976070710</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Enter a case number (8 digits) or an order number (like 1-204976070710).</source>
        <translation>Geben Sie eine Vorgangsnummer (8 Ziffern) oder eine Auftragsnummer (z. B. 1-204976070710) ein.</translation>
    </message>
    <message>
        <source>“%1” is too short: case numbers have 8 digits.</source>
        <translation>„%1“ ist zu kurz: Vorgangsnummern haben 8 Ziffern.</translation>
    </message>
    <message>
        <source>That is longer than any case or order number (at most 100 characters).</source>
        <translation>Das ist länger als jede Vorgangs- oder Auftragsnummer (höchstens 100 Zeichen).</translation>
    </message>
    <message>
        <source>“%1” is not a case or order number.</source>
        <translation>„%1“ ist keine Vorgangs- oder Auftragsnummer.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 wird gesucht…</translation>
    </message>
    <message>
        <source>The server knows no case or order %1. Check the number.</source>
        <translation>Der Server kennt keinen Vorgang und keinen Auftrag %1. Prüfen Sie die Nummer.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::LinkOpener</name>
    <message>
        <source>Opening case %1…</source>
        <translation>Vorgang %1 wird geöffnet…</translation>
    </message>
    <message>
        <source>The server knows no case %1, so the link cannot open it.</source>
        <translation>Der Server kennt keinen Vorgang %1, daher kann der Link ihn nicht öffnen.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::LinkedTextLabel</name>
    <message>
        <source>Open case %1 in CaseDesk</source>
        <translation>Vorgang %1 in CaseDesk öffnen</translation>
    </message>
    <message>
        <source>Write an e-mail: %1</source>
        <translation>E-Mail schreiben: %1</translation>
    </message>
    <message>
        <source>Open in the browser: %1
Server: %2</source>
        <translation>Im Browser öffnen: %1
Server: %2</translation>
    </message>
    <message>
        <source>This link reads differently from the address it writes to. Write an e-mail to this address?</source>
        <translation>Dieser Link lautet anders als die Adresse, an die er schreibt. Eine E-Mail an diese Adresse schreiben?</translation>
    </message>
    <message>
        <source>This link reads differently from the address it opens. Open this address in your browser?</source>
        <translation>Dieser Link lautet anders als die Adresse, die er öffnet. Diese Adresse im Browser öffnen?</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>The part before “@” is a user name for that server, not the server.</source>
        <translation>Der Teil vor „@“ ist ein Benutzername für diesen Server, nicht der Server.</translation>
    </message>
    <message>
        <source>Write an e-mail</source>
        <translation>E-Mail schreiben</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
</context>
<context>
    <name>CaseDesk::ListExportUi</name>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>CSV with BOM, for spreadsheet programs (*.csv)</source>
        <translation>CSV mit BOM, für Tabellenkalkulationen (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Liste exportieren</translation>
    </message>
    <message>
        <source>cases-%1.csv</source>
        <comment>file name; %1 is today&apos;s date</comment>
        <translation>vorgaenge-%1.csv</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to %1.</source>
        <translation>
            <numerusform>%n Vorgang nach %1 exportiert.</numerusform>
            <numerusform>%n Vorgänge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be saved as %1: %2</source>
        <translation>Die Liste konnte nicht als %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>CaseDesk::ListFieldEditor</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>CaseDesk::LocalSandbox</name>
    <message numerus="yes">
        <source>The local sandbox did not report that it was ready within %n second(s).</source>
        <translation>
            <numerusform>Die lokale Sandbox hat nicht innerhalb von %n Sekunde gemeldet, dass sie bereit ist.</numerusform>
            <numerusform>Die lokale Sandbox hat nicht innerhalb von %n Sekunden gemeldet, dass sie bereit ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>The local sandbox could not be started (%1): %2</source>
        <translation>Die lokale Sandbox konnte nicht gestartet werden (%1): %2</translation>
    </message>
    <message>
        <source>The local sandbox stopped unexpectedly. Its log is %1.</source>
        <translation>Die lokale Sandbox wurde unerwartet beendet. Ihr Protokoll ist %1.</translation>
    </message>
    <message>
        <source>The local sandbox exited with code %1. Its log is %2.</source>
        <translation>Die lokale Sandbox wurde mit Code %1 beendet. Ihr Protokoll ist %2.</translation>
    </message>
    <message>
        <source>The local sandbox program %1 is missing. Build it with ./dev build.</source>
        <translation>Das Programm %1 der lokalen Sandbox fehlt. Erstellen Sie es mit ./dev build.</translation>
    </message>
    <message>
        <source>The folder %1 for the local sandbox cannot be created.</source>
        <translation>Der Ordner %1 für die lokale Sandbox kann nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::MainWindow</name>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Neuer Vorgang…</translation>
    </message>
    <message>
        <source>&amp;Go to case…</source>
        <translation>&amp;Gehe zu Vorgang…</translation>
    </message>
    <message>
        <source>&amp;Find on server…</source>
        <translation>Auf dem &amp;Server suchen…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh open cases</source>
        <translation>Offene Vorgänge &amp;aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Filter the list</source>
        <translation>Liste &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Save view…</source>
        <translation>Ansicht &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Close case tab</source>
        <translation>Vorgangs-Tab s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>&amp;Nächster Tab</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>&amp;Vorheriger Tab</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Vorgang</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About CaseDesk</source>
        <translation>&amp;Über CaseDesk</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>CaseDesk</source>
        <translation>CaseDesk</translation>
    </message>
    <message>
        <source>CaseDesk – %1</source>
        <translation>CaseDesk – %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n changed)</source>
        <translation>
            <numerusform>%1 (%n geändert)</numerusform>
            <numerusform>%1 (%n geändert)</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>&amp;Export list…</source>
        <translation>Liste e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Cannot open the link</source>
        <translation>Link kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Werkzeugleiste</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Neuer Vorgang</translation>
    </message>
    <message>
        <source>Go to case</source>
        <translation>Gehe zu Vorgang</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
</context>
<context>
    <name>CaseDesk::NewCaseWizard</name>
    <message>
        <source>New case</source>
        <translation>Neuer Vorgang</translation>
    </message>
    <message>
        <source>&amp;Create case</source>
        <translation>Vorgang &amp;erstellen</translation>
    </message>
    <message>
        <source>Waiting for the attachments to finish uploading…</source>
        <translation>Warten, bis das Hochladen der Anhänge abgeschlossen ist…</translation>
    </message>
    <message>
        <source>Not sent: %1 did not upload. Retry or remove it on the Attachments page.</source>
        <translation>Nicht gesendet: %1 wurde nicht hochgeladen. Versuchen Sie es erneut oder entfernen Sie den Anhang auf der Seite „Anhänge“.</translation>
    </message>
    <message>
        <source>Creating the case…</source>
        <translation>Vorgang wird erstellt…</translation>
    </message>
    <message>
        <source>The provider refused the case. The fields it named are marked on their pages.</source>
        <translation>Der Anbieter hat den Vorgang abgelehnt. Die von ihm genannten Felder sind auf ihren Seiten markiert.</translation>
    </message>
    <message>
        <source>New case – step %L1 of %L2</source>
        <translation>Neuer Vorgang – Schritt %L1 von %L2</translation>
    </message>
</context>
<context>
    <name>CaseDesk::NoteComposer</name>
    <message>
        <source>&amp;Send note</source>
        <translation>Notiz &amp;senden</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Notiztext</translation>
    </message>
    <message>
        <source>Write a note to the technician…</source>
        <translation>Schreiben Sie eine Notiz an den Techniker…</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <source>Visible to the customer</source>
        <translation>Für den Kunden sichtbar</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Send note</source>
        <translation>Notiz senden</translation>
    </message>
    <message>
        <source>&amp;Visibility:</source>
        <translation>Si&amp;chtbarkeit:</translation>
    </message>
    <message>
        <source>Drop files to attach them to this note</source>
        <translation>Dateien hier ablegen, um sie an diese Notiz anzuhängen</translation>
    </message>
    <message>
        <source>Not uploaded: %1. Retry or remove before sending.</source>
        <translation>Nicht hochgeladen: %1. Versuchen Sie es erneut oder entfernen Sie den Anhang vor dem Senden.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 von %2 Zeichen</translation>
    </message>
    <message>
        <source>Waiting for uploads…</source>
        <translation>Warten auf Hochladen…</translation>
    </message>
    <message>
        <source>The note is sent as soon as its attachments have uploaded</source>
        <translation>Die Notiz wird gesendet, sobald ihre Anhänge hochgeladen sind</translation>
    </message>
    <message>
        <source>Write a few words about the attachments: a note needs text</source>
        <translation>Schreiben Sie ein paar Worte zu den Anhängen: Eine Notiz benötigt Text</translation>
    </message>
    <message>
        <source>A note can have at most %1 characters.</source>
        <translation>Eine Notiz darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>Send the note (%1)</source>
        <translation>Notiz senden (%1)</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>Vorla&amp;ge</translation>
    </message>
    <message>
        <source>Insert a note template</source>
        <translation>Notizvorlage einfügen</translation>
    </message>
    <message>
        <source>Insert a saved text; or type / at the start of a line</source>
        <translation>Gespeicherten Text einfügen; oder / am Zeilenanfang tippen</translation>
    </message>
    <message>
        <source>No templates yet: add them in File ▸ Preferences</source>
        <translation>Noch keine Vorlagen: in Datei ▸ Einstellungen anlegen</translation>
    </message>
    <message>
        <source>This case has no value for %1: left as typed for you to fill in.</source>
        <translation>Dieser Vorgang hat keinen Wert für %1: so stehen gelassen, wie getippt, zum Ausfüllen.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::NoteTemplatesEditor</name>
    <message>
        <source>Note templates (this environment)</source>
        <translation>Notizvorlagen (diese Umgebung)</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>En&amp;tfernen</translation>
    </message>
    <message>
        <source>Note templates</source>
        <translation>Notizvorlagen</translation>
    </message>
    <message>
        <source>Add &amp;template…</source>
        <translation>&amp;Vorlage hinzufügen…</translation>
    </message>
    <message>
        <source>Your name, for {me}</source>
        <translation>Ihr Name, für {me}</translation>
    </message>
    <message>
        <source>Y&amp;our name, for {me}:</source>
        <translation>&amp;Ihr Name, für {me}:</translation>
    </message>
    <message>
        <source>In a note, choose Template or type / at the start of a line. Placeholders: %1. One with no value for a case stays as typed.</source>
        <translation>In einer Notiz: Vorlage wählen oder / am Zeilenanfang tippen. Platzhalter: %1. Einer ohne Wert für einen Vorgang bleibt stehen, wie getippt.</translation>
    </message>
    <message>
        <source>Edit note template</source>
        <translation>Notizvorlage bearbeiten</translation>
    </message>
    <message>
        <source>New note template</source>
        <translation>Neue Notizvorlage</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Name der Vorlage</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Text der Vorlage</translation>
    </message>
    <message>
        <source>Please confirm the maintenance window for case {case} at {ibx}, cage {cage}.</source>
        <translation>Bitte bestätigen Sie das Wartungsfenster für Vorgang {case} in {ibx}, Käfig {cage}.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
</context>
<context>
    <name>CaseDesk::NoteTextEdit</name>
    <message>
        <source>Note templates</source>
        <translation>Notizvorlagen</translation>
    </message>
</context>
<context>
    <name>CaseDesk::NotesThreadWidget</name>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>No notes yet. Write the first one below.</source>
        <translation>Noch keine Notizen. Schreiben Sie unten die erste.</translation>
    </message>
    <message>
        <source>Pending: sent, not yet confirmed by the server</source>
        <translation>Ausstehend: gesendet, vom Server noch nicht bestätigt</translation>
    </message>
    <message>
        <source>Note by %1</source>
        <translation>Notiz von %1</translation>
    </message>
    <message>
        <source>Open attachment %1</source>
        <translation>Anhang %1 öffnen</translation>
    </message>
    <message>
        <source>Matches the search</source>
        <translation>Passt zur Suche</translation>
    </message>
</context>
<context>
    <name>CaseDesk::NumberFieldEditor</name>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
</context>
<context>
    <name>CaseDesk::ObjectListFieldEditor</name>
    <message>
        <source>%1 %2</source>
        <comment>list title, row number</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Remove %1 %2</source>
        <translation>%1 %2 entfernen</translation>
    </message>
</context>
<context>
    <name>CaseDesk::OfflineStore</name>
    <message>
        <source>The local store is not open.</source>
        <translation>Der lokale Speicher ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::OfflineWorkspace</name>
    <message>
        <source>&amp;Drafts</source>
        <translation>&amp;Entwürfe</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;Postausgang</translation>
    </message>
    <message>
        <source>Show the outbox (Ctrl+Shift+O)</source>
        <translation>Postausgang anzeigen (Strg+Umschalt+O)</translation>
    </message>
    <message>
        <source>Sent from the outbox: %1</source>
        <translation>Aus dem Postausgang gesendet: %1</translation>
    </message>
    <message>
        <source>Back in Drafts: %1</source>
        <translation>Zurück in den Entwürfen: %1</translation>
    </message>
    <message>
        <source>Not sent: %1. %2</source>
        <translation>Nicht gesendet: %1. %2</translation>
    </message>
    <message>
        <source>A draft could not be saved: %1</source>
        <translation>Ein Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Your case is kept in Drafts (Ctrl+Shift+D).</source>
        <translation>Ihr Vorgang wird in den Entwürfen aufbewahrt (Strg+Umschalt+D).</translation>
    </message>
    <message>
        <source>Case %1 created.</source>
        <translation>Vorgang %1 erstellt.</translation>
    </message>
    <message>
        <source>Drafts (%1)</source>
        <translation>Entwürfe (%1)</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Outbox (%1)</source>
        <translation>Postausgang (%1)</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>&amp;Drafts (%1)</source>
        <translation>&amp;Entwürfe (%1)</translation>
    </message>
    <message>
        <source>&amp;Outbox (%1)</source>
        <translation>&amp;Postausgang (%1)</translation>
    </message>
    <message>
        <source>Outbox: %1 need you</source>
        <translation>Postausgang: %1 mit Handlungsbedarf</translation>
    </message>
    <message>
        <source>Outbox: %1 waiting</source>
        <translation>Postausgang: %1 wartend</translation>
    </message>
    <message>
        <source>Outbox empty</source>
        <translation>Postausgang leer</translation>
    </message>
    <message>
        <source>The outbox could not be written to the local store: %1. Nothing was sent; check that the disk has room, then try again.</source>
        <translation>Der Postausgang konnte nicht in den lokalen Speicher geschrieben werden: %1. Es wurde nichts gesendet; prüfen Sie, ob auf dem Datenträger Platz ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Show the drafts (%1)</source>
        <translation>Entwürfe anzeigen (%1)</translation>
    </message>
    <message>
        <source>Show the outbox (%1)</source>
        <translation>Postausgang anzeigen (%1)</translation>
    </message>
</context>
<context>
    <name>CaseDesk::Outbox</name>
    <message>
        <source>The local store is not open.</source>
        <translation>Der lokale Speicher ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::OutboxAttempt</name>
    <message>
        <source>This case may have reached the server, and it has no customer reference to look it up by. Check the case list, then send it again or discard it.</source>
        <translation>Dieser Vorgang hat den Server möglicherweise erreicht, und er hat keine Kundenreferenz, anhand derer er gesucht werden kann. Prüfen Sie die Vorgangsliste und senden Sie ihn dann erneut oder verwerfen Sie ihn.</translation>
    </message>
    <message>
        <source>Too many cases carry a reference like “%1” to tell whether this one arrived. Check the case list, then send it again or discard it.</source>
        <translation>Zu viele Vorgänge tragen eine Referenz wie „%1“, um festzustellen, ob dieser angekommen ist. Prüfen Sie die Vorgangsliste und senden Sie ihn dann erneut oder verwerfen Sie ihn.</translation>
    </message>
    <message>
        <source>The copy of “%1” kept for sending is missing. Edit this item and attach the file again.</source>
        <translation>Die zum Senden aufbewahrte Kopie von „%1“ fehlt. Bearbeiten Sie diesen Eintrag und hängen Sie die Datei erneut an.</translation>
    </message>
    <message>
        <source>The outbox could not be written (%1); nothing was sent.</source>
        <translation>Der Postausgang konnte nicht geschrieben werden (%1); es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Could not check whether the earlier attempt arrived: %1</source>
        <translation>Es konnte nicht geprüft werden, ob der frühere Versuch angekommen ist: %1</translation>
    </message>
    <message>
        <source>The provider refused the case: %1</source>
        <translation>Der Anbieter hat den Vorgang abgelehnt: %1</translation>
    </message>
    <message>
        <source>The provider refused the case. %1</source>
        <translation>Der Anbieter hat den Vorgang abgelehnt. %1</translation>
    </message>
    <message>
        <source>Case %1 no longer takes notes: it is closed or cancelled.</source>
        <translation>Vorgang %1 nimmt keine Notizen mehr an: Er ist geschlossen oder storniert.</translation>
    </message>
    <message>
        <source>The provider refused the note: %1</source>
        <translation>Der Anbieter hat die Notiz abgelehnt: %1</translation>
    </message>
    <message>
        <source>Case %1 cannot be cancelled any more: it is already cancelled, closed or resolved.</source>
        <translation>Vorgang %1 kann nicht mehr storniert werden: Er ist bereits storniert, geschlossen oder gelöst.</translation>
    </message>
    <message>
        <source>The provider refused the cancellation: %1</source>
        <translation>Der Anbieter hat die Stornierung abgelehnt: %1</translation>
    </message>
    <message>
        <source>A file was refused: %1</source>
        <translation>Eine Datei wurde abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Checking with the server whether the last attempt arrived before sending it again (up to %n more second(s)).</source>
        <translation>
            <numerusform>Beim Server wird geprüft, ob der letzte Versuch angekommen ist, bevor erneut gesendet wird (noch bis zu %n Sekunde).</numerusform>
            <numerusform>Beim Server wird geprüft, ob der letzte Versuch angekommen ist, bevor erneut gesendet wird (noch bis zu %n Sekunden).</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not ask the server what it holds before sending: %1</source>
        <translation>Vor dem Senden konnte nicht beim Server nachgefragt werden, was er bereits hat: %1</translation>
    </message>
</context>
<context>
    <name>CaseDesk::OutboxModel</name>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>This item cannot be read (%1). Discard it.</source>
        <translation>Dieser Eintrag kann nicht gelesen werden (%1). Verwerfen Sie ihn.</translation>
    </message>
    <message>
        <source>Created as trouble ticket %1</source>
        <translation>Als Störungsticket %1 angelegt</translation>
    </message>
    <message>
        <source>Created as case %1</source>
        <translation>Als Vorgang %1 angelegt</translation>
    </message>
    <message>
        <source>Added to case %1</source>
        <translation>Zu Vorgang %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Case %1 cancelled</source>
        <translation>Vorgang %1 storniert</translation>
    </message>
    <message>
        <source>%1 It may have arrived: the server is asked before it is sent again.</source>
        <translation>%1 Möglicherweise bereits angekommen: Vor dem erneuten Senden wird beim Server nachgefragt.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Unreadable item</source>
        <translation>Unlesbarer Eintrag</translation>
    </message>
    <message>
        <source>%1
Made %2</source>
        <translation>%1
Erstellt: %2</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Reason or result</source>
        <translation>Grund oder Ergebnis</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>CaseDesk::OutboxSender</name>
    <message>
        <source>It could not be stored in the outbox (%1), so nothing was sent.</source>
        <translation>Speichern im Postausgang nicht möglich (%1), daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The server cannot be reached; it goes out as soon as the server answers.</source>
        <translation>Der Server ist nicht erreichbar; der Eintrag wird gesendet, sobald der Server antwortet.</translation>
    </message>
    <message numerus="yes">
        <source>Earlier items go first (%n).</source>
        <translation>
            <numerusform>Ein früherer Eintrag wird zuerst gesendet (%n).</numerusform>
            <numerusform>Frühere Einträge werden zuerst gesendet (%n).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 It goes out when the server answers.</source>
        <translation>%1 Wird gesendet, sobald der Server antwortet.</translation>
    </message>
    <message>
        <source>%1 (It could not be turned back into a draft: %2)</source>
        <translation>%1 (Konnte nicht wieder in einen Entwurf umgewandelt werden: %2)</translation>
    </message>
    <message>
        <source>Sent again at your request.</source>
        <translation>Auf Ihre Anforderung erneut gesendet.</translation>
    </message>
    <message>
        <source>This item cannot be read any more; it can only be discarded.</source>
        <translation>Dieser Eintrag kann nicht mehr gelesen werden; er kann nur verworfen werden.</translation>
    </message>
    <message>
        <source>It is being sent right now.</source>
        <translation>Der Eintrag wird gerade gesendet.</translation>
    </message>
    <message>
        <source>It has been delivered.</source>
        <translation>Der Eintrag wurde zugestellt.</translation>
    </message>
    <message>
        <source>A cancellation has nothing to edit: send it or discard it.</source>
        <translation>Bei einer Stornierung gibt es nichts zu bearbeiten: Senden oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>It may already have reached the server. CaseDesk asks the server as soon as it answers; until then it cannot be edited, so that it is never sent twice.</source>
        <translation>Der Eintrag hat den Server möglicherweise bereits erreicht. CaseDesk fragt beim Server nach, sobald dieser antwortet; bis dahin kann er nicht bearbeitet werden, damit er nie doppelt gesendet wird.</translation>
    </message>
    <message>
        <source>It is being sent right now; discard it once that has finished.</source>
        <translation>Der Eintrag wird gerade gesendet; verwerfen Sie ihn, wenn das abgeschlossen ist.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::OutboxView</name>
    <message>
        <source>The outbox is empty. A case, note or cancellation made while the server cannot be reached waits here and goes out, in order, when it answers.</source>
        <translation>Der Postausgang ist leer. Ein Vorgang, eine Notiz oder eine Stornierung, die erstellt wird, während der Server nicht erreichbar ist, wartet hier und wird der Reihe nach gesendet, sobald er antwortet.</translation>
    </message>
    <message>
        <source>Show de&amp;livered</source>
        <translation>&amp;Zugestellte anzeigen</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>&amp;Jetzt senden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Cannot edit: %1</source>
        <translation>Bearbeiten nicht möglich: %1</translation>
    </message>
    <message>
        <source>Discard this unreadable item from the outbox?</source>
        <translation>Diesen unlesbaren Eintrag aus dem Postausgang verwerfen?</translation>
    </message>
    <message>
        <source>Discard “%1” from the outbox? It will not be sent.</source>
        <translation>„%1“ aus dem Postausgang verwerfen? Der Eintrag wird nicht gesendet.</translation>
    </message>
    <message>
        <source>Remove “%1” from the list? It was delivered.</source>
        <translation>„%1“ aus der Liste entfernen? Der Eintrag wurde zugestellt.</translation>
    </message>
    <message>
        <source>It may already have reached the server; discarding it does not undo that. Check the case list first.</source>
        <translation>Der Eintrag hat den Server möglicherweise bereits erreicht; das Verwerfen macht das nicht rückgängig. Prüfen Sie zuerst die Vorgangsliste.</translation>
    </message>
    <message>
        <source>Discard from the outbox</source>
        <translation>Aus dem Postausgang verwerfen</translation>
    </message>
    <message>
        <source>Cannot discard: %1</source>
        <translation>Verwerfen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Select an item that waits or failed</source>
        <translation>Wählen Sie einen wartenden oder fehlgeschlagenen Eintrag</translation>
    </message>
    <message>
        <source>It is being sent right now</source>
        <translation>Wird gerade gesendet</translation>
    </message>
    <message>
        <source>It has been delivered</source>
        <translation>Wurde zugestellt</translation>
    </message>
    <message>
        <source>Try this item at once, in its turn</source>
        <translation>Diesen Eintrag sofort versuchen, unter Wahrung der Reihenfolge</translation>
    </message>
    <message>
        <source>Select an item</source>
        <translation>Wählen Sie einen Eintrag</translation>
    </message>
    <message>
        <source>Take it out of the outbox and open it as a draft</source>
        <translation>Aus dem Postausgang nehmen und als Entwurf öffnen</translation>
    </message>
    <message>
        <source>Delete it from the outbox (Delete)</source>
        <translation>Aus dem Postausgang löschen (Entf)</translation>
    </message>
</context>
<context>
    <name>CaseDesk::PreferencesController</name>
    <message>
        <source>The new language applies when CaseDesk starts again.</source>
        <translation>Die neue Sprache gilt nach dem nächsten Start von CaseDesk.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Refresh interval in minutes</source>
        <translation>Aktualisierungsintervall in Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Systemeinstellung verwenden</translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation>Systemeinstellung verwenden (%1)</translation>
    </message>
    <message>
        <source>Language changes apply after a restart.</source>
        <translation>Sprachänderungen werden nach einem Neustart wirksam.</translation>
    </message>
    <message>
        <source>&amp;Refresh open cases every:</source>
        <translation>Offene Vorgänge &amp;aktualisieren alle:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so notifications cannot be shown here.</source>
        <translation>Diese Arbeitsoberfläche hat keinen Infobereich, daher können hier keine Benachrichtigungen angezeigt werden.</translation>
    </message>
    <message>
        <source>Show times</source>
        <translation>Zeiten anzeigen</translation>
    </message>
    <message>
        <source>In &amp;UTC</source>
        <translation>In &amp;UTC</translation>
    </message>
    <message>
        <source>In the &amp;site&apos;s local time (the case&apos;s IBX)</source>
        <translation>In der &amp;Ortszeit des Standorts (IBX des Vorgangs)</translation>
    </message>
    <message>
        <source>Network proxy</source>
        <translation>Netzwerk-Proxy</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Proxy-Benutzername</translation>
    </message>
    <message>
        <source>if the proxy asks for one</source>
        <translation>falls der Proxy einen verlangt</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <source>Use the s&amp;ystem&apos;s proxy settings</source>
        <translation>Proxy-Einstellungen des S&amp;ystems verwenden</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>&amp;Kein Proxy</translation>
    </message>
    <message>
        <source>&amp;Manual HTTP proxy:</source>
        <translation>&amp;Manueller HTTP-Proxy:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>The proxy password is kept in the system keychain. The local sandbox runs on this computer and is always reached directly.</source>
        <translation>Das Proxy-Passwort wird im Schlüsselbund des Systems gespeichert. Die lokale Sandbox läuft auf diesem Computer und wird immer direkt erreicht.</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name, or choose another proxy setting.</source>
        <translation>Geben Sie den Hostnamen des Proxys ein oder wählen Sie eine andere Proxy-Einstellung.</translation>
    </message>
    <message>
        <source>Show a desktop noti&amp;fication when a case&apos;s status changes</source>
        <translation>Desktop-Be&amp;nachrichtigung anzeigen, wenn sich der Status eines Vorgangs ändert</translation>
    </message>
    <message>
        <source>In this &amp;computer&apos;s local time</source>
        <translation>In der &amp;lokalen Zeit dieses Computers</translation>
    </message>
    <message>
        <source>Us&amp;er:</source>
        <translation>Benut&amp;zer:</translation>
    </message>
</context>
<context>
    <name>CaseDesk::ProblemPage</name>
    <message>
        <source>&amp;Known</source>
        <translation>Be&amp;kannt</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Describe the problem and say where it is.</source>
        <translation>Beschreiben Sie das Problem und geben Sie an, wo es auftritt.</translation>
    </message>
    <message>
        <source>What happened, what you have checked, what you need.</source>
        <translation>Was ist passiert, was haben Sie geprüft, was benötigen Sie?</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Primary reference</source>
        <translation>Primäre Referenz</translation>
    </message>
    <message>
        <source>Secondary reference</source>
        <translation>Sekundäre Referenz</translation>
    </message>
    <message>
        <source>The time it occurred is known</source>
        <translation>Der Zeitpunkt des Auftretens ist bekannt</translation>
    </message>
    <message>
        <source>&amp;Occurred (your local time)</source>
        <translation>&amp;Aufgetreten (Ihre Ortszeit)</translation>
    </message>
    <message>
        <source>Customer &amp;reference</source>
        <translation>Kunden&amp;referenz</translation>
    </message>
    <message>
        <source>What the problem is about, e.g. a cage ID such as AM5:01:001234.</source>
        <translation>Worauf sich das Problem bezieht, z. B. eine Cage-ID wie AM5:01:001234.</translation>
    </message>
    <message>
        <source>Optional, e.g. a cabinet ID.</source>
        <translation>Optional, z. B. eine Schrank-ID.</translation>
    </message>
    <message>
        <source>Leave empty to use %1</source>
        <translation>Leer lassen, um %1 zu verwenden</translation>
    </message>
    <message>
        <source>the request</source>
        <translation>die Anfrage</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>characters used / allowed</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 von %2 Zeichen</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 Zeichen</translation>
    </message>
    <message>
        <source>= %1 UTC</source>
        <translation>= %1 UTC</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Will be sent as %1 (generated, since the field is empty).</source>
        <translation>Wird als %1 gesendet (erzeugt, da das Feld leer ist).</translation>
    </message>
    <message>
        <source>Will be sent as %1.</source>
        <translation>Wird als %1 gesendet.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::ProductionBand</name>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Production environment warning</source>
        <translation>Warnung: Produktionsumgebung</translation>
    </message>
    <message>
        <source>⚠ PRODUCTION – %1: real cases, handled by the provider&apos;s engineers. Everything you send here is acted on.</source>
        <translation>⚠ PRODUKTION – %1: echte Vorgänge, bearbeitet von den Technikern des Anbieters. Alles, was Sie hier senden, wird tatsächlich ausgeführt.</translation>
    </message>
    <message>
        <source>PRODUCTION: %1</source>
        <translation>PRODUKTION: %1</translation>
    </message>
</context>
<context>
    <name>CaseDesk::RawFieldEditor</name>
    <message>
        <source>JSON, e.g. {&quot;key&quot;: &quot;value&quot;}</source>
        <translation>JSON, z. B. {&quot;key&quot;: &quot;value&quot;}</translation>
    </message>
    <message>
        <source>Entered as JSON: %1</source>
        <translation>Als JSON eingegeben: %1</translation>
    </message>
</context>
<context>
    <name>CaseDesk::ReviewPage</name>
    <message>
        <source>&amp;Show request</source>
        <translation>&amp;Anfrage anzeigen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Check the case before it is sent. Use a Change link, or Back, to correct anything.</source>
        <translation>Prüfen Sie den Vorgang, bevor er gesendet wird. Korrigieren Sie Angaben über einen „Ändern“-Link oder mit „Zurück“.</translation>
    </message>
    <message>
        <source>Summary of the new case</source>
        <translation>Zusammenfassung des neuen Vorgangs</translation>
    </message>
    <message>
        <source>Show the request as JSON</source>
        <translation>Anfrage als JSON anzeigen</translation>
    </message>
    <message>
        <source>The request to be sent, as JSON</source>
        <translation>Die zu sendende Anfrage als JSON</translation>
    </message>
    <message>
        <source>Hide &amp;request</source>
        <translation>&amp;Anfrage ausblenden</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>the ticket code</source>
        <translation>den Ticketcode</translation>
    </message>
    <message>
        <source>the contacts</source>
        <translation>die Kontakte</translation>
    </message>
    <message>
        <source>the details</source>
        <translation>die Details</translation>
    </message>
    <message>
        <source>the attachments</source>
        <translation>die Anhänge</translation>
    </message>
    <message>
        <source>the problem</source>
        <translation>das Problem</translation>
    </message>
</context>
<context>
    <name>CaseDesk::SavedViewModel</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A saved view with the number of cases in it, e.g. &quot;Open (1,204)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CaseDesk::SavedViews</name>
    <message>
        <source>Action required</source>
        <translation>Aktion erforderlich</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Closed in the last 30 days</source>
        <translation>Letzte 30 Tage geschlossen</translation>
    </message>
</context>
<context>
    <name>CaseDesk::SecretStore</name>
    <message>
        <source>error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1); the secret is kept until CaseDesk quits.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert (%1); das Secret wird bis zum Beenden von CaseDesk aufbewahrt.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1); the secret is kept until CaseDesk quits.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar (%1); das Secret wird bis zum Beenden von CaseDesk aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::Session</name>
    <message>
        <source>The local case store cannot be opened: %1</source>
        <translation>Der lokale Vorgangsspeicher kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Drafts and the outbox cannot be opened: %1</source>
        <translation>Entwürfe und Postausgang können nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>CaseDesk::SignInDialog</name>
    <message>
        <source>%1
Details: %2</source>
        <translation>%1
Details: %2</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>Enter the client ID and client secret the provider issued for %1.</source>
        <translation>Geben Sie die Client-ID und das Client-Secret ein, die der Anbieter für %1 ausgegeben hat.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Sign-in result</source>
        <translation>Anmeldeergebnis</translation>
    </message>
    <message>
        <source>Where the secret is kept</source>
        <translation>Speicherort des Secrets</translation>
    </message>
    <message>
        <source>CaseDesk keeps the secret in the system keychain, never in its own files; where there is no keychain, only in memory until it quits.</source>
        <translation>CaseDesk speichert das Secret im Schlüsselbund des Systems, nie in eigenen Dateien; wo kein Schlüsselbund vorhanden ist, nur im Arbeitsspeicher bis zum Beenden.</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-S&amp;ecret:</translation>
    </message>
    <message>
        <source>Enter the client ID.</source>
        <translation>Geben Sie die Client-ID ein.</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Geben Sie das Client-Secret ein.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>The server did not accept this client ID and secret. Check both and try again.</source>
        <translation>Der Server hat diese Client-ID und dieses Secret nicht akzeptiert. Prüfen Sie beide Angaben und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This client is locked after too many failed sign-ins. Trying again will not help: ask the provider to unlock it.</source>
        <translation>Dieser Client ist nach zu vielen fehlgeschlagenen Anmeldungen gesperrt. Ein erneuter Versuch hilft nicht: Bitten Sie den Anbieter, ihn zu entsperren.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the network connection and the proxy in Preferences, then try again.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung und den Proxy in den Einstellungen und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be trusted, so CaseDesk did not send the secret. The connection may be intercepted; do not work around this.</source>
        <translation>Dem Zertifikat des Servers konnte nicht vertraut werden, daher hat CaseDesk das Secret nicht gesendet. Die Verbindung wird möglicherweise abgefangen; umgehen Sie dies nicht.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>CaseDesk::SingleInstance</name>
    <message>
        <source>The command line is too long to hand to the running CaseDesk.</source>
        <translation>Die Befehlszeile ist zu lang, um sie an das laufende CaseDesk zu übergeben.</translation>
    </message>
    <message>
        <source>CaseDesk cannot use its lock file %1.</source>
        <translation>CaseDesk kann seine Sperrdatei %1 nicht verwenden.</translation>
    </message>
    <message>
        <source>The running CaseDesk refused this command line.</source>
        <translation>Das laufende CaseDesk hat diese Befehlszeile abgelehnt.</translation>
    </message>
    <message>
        <source>the connection closed without an answer</source>
        <translation>die Verbindung wurde ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>Another CaseDesk (process %1) is running but does not answer (%2). Close it, or end that process, and start CaseDesk again.</source>
        <translation>Ein anderes CaseDesk (Prozess %1) läuft, antwortet aber nicht (%2). Schließen Sie es oder beenden Sie diesen Prozess und starten Sie CaseDesk erneut.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::StatusBadge</name>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
<context>
    <name>CaseDesk::StatusCountModel</name>
    <message>
        <source>No status</source>
        <translation>Kein Status</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A status with the number of cases that have it, e.g. &quot;In progress (12)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CaseDesk::StatusTimelineWidget</name>
    <message>
        <source>Status history</source>
        <translation>Statusverlauf</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Time in status</source>
        <translation>Dauer im Status</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <source>No status history yet.</source>
        <translation>Noch kein Statusverlauf.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::TextFieldEditor</name>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <comment>characters typed/allowed</comment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 of at most %2 characters</source>
        <translation>%1 von höchstens %2 Zeichen</translation>
    </message>
</context>
<context>
    <name>CaseDesk::TextListFieldEditor</name>
    <message>
        <source>Remove %1, item %2</source>
        <translation>%1, Eintrag %2 entfernen</translation>
    </message>
    <message>
        <source>%1, item %2</source>
        <translation>%1, Eintrag %2</translation>
    </message>
</context>
<context>
    <name>CaseDesk::TrayNotifier</name>
    <message>
        <source>CaseDesk: notifies you when a case&apos;s status changes or the provider writes</source>
        <translation>CaseDesk: benachrichtigt Sie, wenn sich der Status eines Vorgangs ändert oder der Anbieter schreibt</translation>
    </message>
</context>
<context>
    <name>CaseDesk::WizardField</name>
    <message>
        <source>%1 *</source>
        <comment>a required field&apos;s title</comment>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Error in %1: %2</source>
        <translation>Fehler in %1: %2</translation>
    </message>
    <message>
        <source>%1, required</source>
        <translation>%1, erforderlich</translation>
    </message>
</context>
<context>
    <name>CaseDocument</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Vorgang %1</translation>
    </message>
    <message>
        <source>%1 (%L2 bytes)</source>
        <translation>%1 (%L2 Byte)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>code label, then the code</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Times are shown in %1.</source>
        <translation>Zeiten in %1.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Auftragsnummer</translation>
    </message>
    <message>
        <source>IBX</source>
        <translation>IBX</translation>
    </message>
    <message>
        <source>Cage</source>
        <translation>Käfig</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Zuletzt aktualisiert</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Request type</source>
        <translation>Anfrageart</translation>
    </message>
    <message>
        <source>Estimated completion</source>
        <translation>Voraussichtlicher Abschluss</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statusverlauf</translation>
    </message>
    <message>
        <source>The provider has sent no status history.</source>
        <translation>Der Anbieter hat keinen Statusverlauf gesendet.</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Time in this status</source>
        <translation>Dauer in diesem Status</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>Notizen (%1)</translation>
    </message>
    <message>
        <source>This case has no notes.</source>
        <translation>Dieser Vorgang hat keine Notizen.</translation>
    </message>
    <message>
        <source>pending: sent, not yet returned by the server</source>
        <translation>ausstehend: gesendet, vom Server noch nicht zurückgegeben</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Anhänge: %1</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>Anhänge (%1)</translation>
    </message>
    <message>
        <source>This case and its notes have no attachments.</source>
        <translation>Dieser Vorgang und seine Notizen haben keine Anhänge.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Angehängt an</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>SHA-256: </source>
        <translation>SHA-256: </translation>
    </message>
    <message>
        <source>not known (not downloaded)</source>
        <translation>unbekannt (nicht heruntergeladen)</translation>
    </message>
    <message>
        <source>%1 · exported %2, %3</source>
        <comment>footer: environment, when, the time zone</comment>
        <translation>%1 · exportiert am %2, %3</translation>
    </message>
</context>
<context>
    <name>CaseFacts</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>contact detail: type, value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(no key)</source>
        <translation>(kein Schlüssel)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>This case is %1 and can no longer be cancelled.</source>
        <translation>Dieser Vorgang ist %1 und kann nicht mehr storniert werden.</translation>
    </message>
    <message>
        <source>This case is %1; the provider no longer accepts notes on it.</source>
        <translation>Dieser Vorgang ist %1; der Anbieter nimmt keine Notizen mehr dazu an.</translation>
    </message>
    <message>
        <source>The provider does not allow cancelling this case in its current state.</source>
        <translation>Der Anbieter erlaubt das Stornieren dieses Vorgangs in seinem aktuellen Zustand nicht.</translation>
    </message>
    <message>
        <source>The provider does not accept notes on this case in its current state.</source>
        <translation>Der Anbieter nimmt zu diesem Vorgang in seinem aktuellen Zustand keine Notizen an.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Vorgangsnummer</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Auftragsnummer</translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation>Kundenreferenz</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>IBX</source>
        <translation>IBX</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Subcategory</source>
        <translation>Unterkategorie</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Datensatztyp</translation>
    </message>
    <message>
        <source>Sub-channel</source>
        <translation>Unterkanal</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>Geplant für</translation>
    </message>
    <message>
        <source>Requested termination</source>
        <translation>Gewünschte Kündigung</translation>
    </message>
    <message>
        <source>Updated by</source>
        <translation>Aktualisiert von</translation>
    </message>
    <message>
        <source>Contact UCM ID</source>
        <translation>Kontakt-UCM-ID</translation>
    </message>
    <message>
        <source>Purchase orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Product offering codes</source>
        <translation>Produktangebotscodes</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notizen: %1</translation>
    </message>
    <message>
        <source>Cancel: %1</source>
        <translation>Stornieren: %1</translation>
    </message>
    <message>
        <source>Reopen: %1</source>
        <translation>Wiedereröffnen: %1</translation>
    </message>
    <message>
        <source>Respond: %1</source>
        <translation>Antworten: %1</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation>Zusätzliche Informationen</translation>
    </message>
    <message>
        <source>modifiable</source>
        <translation>änderbar</translation>
    </message>
    <message>
        <source>cancellable</source>
        <translation>stornierbar</translation>
    </message>
    <message>
        <source>awaits response</source>
        <translation>wartet auf Antwort</translation>
    </message>
    <message>
        <source>reopen: %1</source>
        <translation>wiedereröffnen: %1</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
</context>
<context>
    <name>CaseLink</name>
    <message>
        <source>“%1” is not a case number: case numbers have 8 digits.</source>
        <translation>„%1“ ist keine Vorgangsnummer: Vorgangsnummern haben 8 Ziffern.</translation>
    </message>
    <message numerus="yes">
        <source>That link is too long for a link to a case (%Ln characters).</source>
        <translation>
            <numerusform>Dieser Link ist zu lang für einen Link auf einen Vorgang (%Ln Zeichen).</numerusform>
            <numerusform>Dieser Link ist zu lang für einen Link auf einen Vorgang (%Ln Zeichen).</numerusform>
        </translation>
    </message>
    <message>
        <source>The link “%1” contains spaces or characters that a link to a case never has.</source>
        <translation>Der Link „%1“ enthält Leerzeichen oder Zeichen, die ein Link auf einen Vorgang nie enthält.</translation>
    </message>
    <message>
        <source>The link “%1” contains encoded characters (%); links to cases never need them.</source>
        <translation>Der Link „%1“ enthält kodierte Zeichen (%); Links auf Vorgänge brauchen sie nie.</translation>
    </message>
    <message>
        <source>“%1” is not a CaseDesk link: those start with casedesk://case/.</source>
        <translation>„%1“ ist kein CaseDesk-Link: Diese beginnen mit casedesk://case/.</translation>
    </message>
    <message>
        <source>The link “%1” has a part after “#” that CaseDesk does not understand.</source>
        <translation>Der Link „%1“ hat nach „#“ einen Teil, den CaseDesk nicht versteht.</translation>
    </message>
    <message>
        <source>The link “%1” does not point to a case: CaseDesk links look like casedesk://case/11150929.</source>
        <translation>Der Link „%1“ verweist auf keinen Vorgang: CaseDesk-Links sehen aus wie casedesk://case/11150929.</translation>
    </message>
    <message>
        <source>The link “%1” has more after the case number than CaseDesk understands.</source>
        <translation>Der Link „%1“ hat nach der Vorgangsnummer mehr, als CaseDesk versteht.</translation>
    </message>
    <message>
        <source>The link “%1” asks for something other than an environment after “?”.</source>
        <translation>Der Link „%1“ verlangt nach „?“ etwas anderes als eine Umgebung.</translation>
    </message>
    <message>
        <source>The link names the environment “%1”, which CaseDesk does not know here. Add that server from the Environment menu first.</source>
        <translation>Der Link nennt die Umgebung „%1“, die CaseDesk hier nicht kennt. Fügen Sie diesen Server zuerst über das Menü „Umgebung“ hinzu.</translation>
    </message>
</context>
<context>
    <name>CaseNews</name>
    <message>
        <source>a status CaseDesk does not know</source>
        <translation>ein Status, den CaseDesk nicht kennt</translation>
    </message>
    <message>
        <source>A case is now %1.</source>
        <translation>Ein Vorgang hat jetzt den Status %1.</translation>
    </message>
    <message>
        <source>Case %1 is now %2.</source>
        <translation>Vorgang %1 hat jetzt den Status %2.</translation>
    </message>
    <message>
        <source>A new note from the provider on a case.</source>
        <translation>Eine neue Notiz des Anbieters zu einem Vorgang.</translation>
    </message>
    <message>
        <source>New note from the provider on case %1.</source>
        <translation>Neue Notiz des Anbieters zu Vorgang %1.</translation>
    </message>
    <message>
        <source>A case changed status</source>
        <translation>Ein Vorgang hat seinen Status geändert</translation>
    </message>
    <message>
        <source>Case %1 changed status</source>
        <translation>Vorgang %1 hat seinen Status geändert</translation>
    </message>
    <message>
        <source>A new note from the provider</source>
        <translation>Eine neue Notiz des Anbieters</translation>
    </message>
    <message>
        <source>New note from the provider on case %1</source>
        <translation>Neue Notiz des Anbieters zu Vorgang %1</translation>
    </message>
    <message>
        <source>A case changed</source>
        <translation>Ein Vorgang hat sich geändert</translation>
    </message>
    <message>
        <source>Case %1 changed</source>
        <translation>Vorgang %1 hat sich geändert</translation>
    </message>
    <message>
        <source>It is now %1.</source>
        <translation>Neuer Status: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n new note(s) from the provider.</source>
        <translation>
            <numerusform>%n neue Notiz des Anbieters.</numerusform>
            <numerusform>%n neue Notizen des Anbieters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new note(s) from the provider. The latest:</source>
        <translation>
            <numerusform>%n neue Notiz des Anbieters:</numerusform>
            <numerusform>%n neue Notizen des Anbieters, die neueste:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) changed</source>
        <translation>
            <numerusform>%n Vorgang hat sich geändert</numerusform>
            <numerusform>%n Vorgänge haben sich geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…und %n weiterer.</numerusform>
            <numerusform>…und %n weitere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Action required</source>
        <translation>Aktion erforderlich</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>The answer names no case number.</source>
        <translation>Die Antwort nennt keine Vorgangsnummer.</translation>
    </message>
</context>
<context>
    <name>CatalogueDiff</name>
    <message>
        <source>The codes and details forms are the same as before.</source>
        <translation>Die Codes und Detailformulare sind dieselben wie zuvor.</translation>
    </message>
    <message numerus="yes">
        <source>Codes added (%n): %1</source>
        <translation>
            <numerusform>Hinzugefügter Code (%n): %1</numerusform>
            <numerusform>Hinzugefügte Codes (%n): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Codes removed (%n): %1</source>
        <translation>
            <numerusform>Entfernter Code (%n): %1</numerusform>
            <numerusform>Entfernte Codes (%n): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Details form changed (%n): %1</source>
        <translation>
            <numerusform>Geändertes Detailformular (%n): %1</numerusform>
            <numerusform>Geänderte Detailformulare (%n): %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContextShortcuts</name>
    <message>
        <source>In a case</source>
        <translation>In einem Vorgang</translation>
    </message>
    <message>
        <source>In an attachment list</source>
        <translation>In einer Anhangsliste</translation>
    </message>
    <message>
        <source>Refresh the case</source>
        <translation>Vorgang aktualisieren</translation>
    </message>
    <message>
        <source>Write a note</source>
        <translation>Notiz schreiben</translation>
    </message>
    <message>
        <source>New case like this</source>
        <translation>Ähnlichen Vorgang erstellen</translation>
    </message>
    <message>
        <source>Send the note</source>
        <translation>Notiz senden</translation>
    </message>
    <message>
        <source>In the note</source>
        <translation>In der Notiz</translation>
    </message>
    <message>
        <source>Attach the image or files on the clipboard</source>
        <translation>Bild oder Dateien aus der Zwischenablage anhängen</translation>
    </message>
    <message>
        <source>Remove the selected file</source>
        <translation>Ausgewählte Datei entfernen</translation>
    </message>
    <message>
        <source>Add to or remove from favourites</source>
        <translation>Zu Favoriten hinzufügen oder daraus entfernen</translation>
    </message>
    <message>
        <source>In the wizard&apos;s code list</source>
        <translation>In der Code-Liste des Assistenten</translation>
    </message>
    <message>
        <source>Print the case</source>
        <translation>Den Vorgang drucken</translation>
    </message>
    <message>
        <source>Actions on the selected cases</source>
        <translation>Aktionen für die ausgewählten Vorgänge</translation>
    </message>
    <message>
        <source>In the case list and on a case tab</source>
        <translation>In der Vorgangsliste und auf einem Vorgangsreiter</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder of the local store</source>
        <translation>Der Ordner des lokalen Speichers kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot open the local store</source>
        <translation>Der lokale Speicher kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot configure the local store</source>
        <translation>Der lokale Speicher kann nicht konfiguriert werden</translation>
    </message>
    <message>
        <source>Cannot read the version of the local store</source>
        <translation>Die Version des lokalen Speichers kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The local store was written by a newer version of CaseDesk</source>
        <translation>Der lokale Speicher wurde von einer neueren Version von CaseDesk geschrieben</translation>
    </message>
    <message>
        <source>Cannot upgrade the local store</source>
        <translation>Der lokale Speicher kann nicht aktualisiert werden</translation>
    </message>
</context>
<context>
    <name>DecodeError</name>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>%1 should be %2 but is %3</source>
        <translation>%1 sollte vom Typ %2 sein, ist aber %3</translation>
    </message>
    <message>
        <source>%1 is not a valid %2: %3</source>
        <translation>%1 ist kein gültiger Wert vom Typ %2: %3</translation>
    </message>
    <message>
        <source>the answer is not valid JSON: %1</source>
        <translation>die Antwort ist kein gültiges JSON: %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
</context>
<context>
    <name>Draft</name>
    <message>
        <source>Note on %1</source>
        <translation>Notiz zu %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Neuer Vorgang</translation>
    </message>
    <message>
        <source>New case, %1</source>
        <translation>Neuer Vorgang, %1</translation>
    </message>
    <message>
        <source>New case %1</source>
        <translation>Neuer Vorgang %1</translation>
    </message>
    <message>
        <source>New case %1, %2</source>
        <translation>Neuer Vorgang %1, %2</translation>
    </message>
</context>
<context>
    <name>EnvironmentLock</name>
    <message>
        <source>another CaseDesk (process %1)</source>
        <translation>einem anderen CaseDesk (Prozess %1)</translation>
    </message>
    <message>
        <source>another CaseDesk</source>
        <translation>einem anderen CaseDesk</translation>
    </message>
    <message>
        <source>“%1” is already open in %2. Its cases, drafts and outbox can be used by one CaseDesk at a time, so that nothing is sent twice: switch to that window, or close it and choose “%1” again from the Environment menu.</source>
        <translation>„%1“ ist bereits in %2 geöffnet. Vorgänge, Entwürfe und Postausgang können immer nur von einem CaseDesk verwendet werden, damit nichts doppelt gesendet wird: Wechseln Sie zu diesem Fenster, oder schließen Sie es und wählen Sie „%1“ erneut im Menü Umgebung.</translation>
    </message>
    <message>
        <source>The data folder of “%1” cannot be locked (%2), so CaseDesk does not use it: check that %3 can be written.</source>
        <translation>Der Datenordner von „%1“ kann nicht gesperrt werden (%2), daher verwendet CaseDesk ihn nicht: Prüfen Sie, ob %3 beschreibbar ist.</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>EvidencePack</name>
    <message>
        <source>“%1” cannot be added: %2</source>
        <translation>„%1“ kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>The manifest cannot be added: %1</source>
        <translation>Das Manifest kann nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The zip file cannot be written: %1</source>
        <translation>Die ZIP-Datei kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>ExportedAttachment</name>
    <message>
        <source>Note by %1, %2</source>
        <translation>Notiz von %1, %2</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Vorgang</translation>
    </message>
</context>
<context>
    <name>FormValue</name>
    <message>
        <source>one value expected</source>
        <translation>ein Wert erwartet</translation>
    </message>
    <message>
        <source>Is not valid JSON (%1).</source>
        <translation>Ist kein gültiges JSON (%1).</translation>
    </message>
</context>
<context>
    <name>ImageConversion</name>
    <message>
        <source>“%1” holds no image that can be converted.</source>
        <translation>„%1“ enthält kein Bild, das konvertiert werden kann.</translation>
    </message>
    <message>
        <source>“%1” cannot be made small enough to attach, even as a reduced JPEG.</source>
        <translation>„%1“ kann nicht klein genug zum Anhängen gemacht werden, auch nicht als verkleinertes JPEG.</translation>
    </message>
    <message>
        <source>“%1” could not be converted: the folder %2 cannot be created.</source>
        <translation>„%1“ konnte nicht konvertiert werden: Der Ordner %2 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>“%1” could not be converted: %2</source>
        <translation>„%1“ konnte nicht konvertiert werden: %2</translation>
    </message>
    <message>
        <source>“%1” could not be read as an image: %2</source>
        <translation>„%1“ konnte nicht als Bild gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>The workbook cannot be created.</source>
        <translation>Die Arbeitsmappe kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>The workbook cannot be written: %1</source>
        <translation>Die Arbeitsmappe kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The workbook cannot be saved as %1.</source>
        <translation>Die Arbeitsmappe kann nicht als %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>OfflineTables</name>
    <message>
        <source>The local store is not open.</source>
        <translation>Der lokale Speicher ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The draft&apos;s id does not match its row.</source>
        <translation>Die ID des Entwurfs passt nicht zu seiner Zeile.</translation>
    </message>
    <message>
        <source>The item&apos;s id does not match its row.</source>
        <translation>Die ID des Eintrags passt nicht zu seiner Zeile.</translation>
    </message>
    <message>
        <source>The outbox item is gone.</source>
        <translation>Der Eintrag im Postausgang ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>CaseDesk stopped while this was being sent.</source>
        <translation>CaseDesk wurde beendet, während dies gesendet wurde.</translation>
    </message>
    <message>
        <source>The outbox item changed meanwhile (it is %1 now, not %2).</source>
        <translation>Der Eintrag im Postausgang wurde inzwischen geändert (er ist jetzt %1, nicht %2).</translation>
    </message>
</context>
<context>
    <name>OutboxItem</name>
    <message>
        <source>New case %1</source>
        <translation>Neuer Vorgang %1</translation>
    </message>
    <message>
        <source>New case %1, %2</source>
        <translation>Neuer Vorgang %1, %2</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Notiz zu %1</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>Stornierung von %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Checking with the server</source>
        <translation>Wird beim Server geprüft</translation>
    </message>
</context>
<context>
    <name>PagedPrinter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>RequestChecks</name>
    <message>
        <source>This time is in the future.</source>
        <translation>Dieser Zeitpunkt liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list, such as Europe/Amsterdam.</source>
        <translation>Wählen Sie eine Zeitzone aus der Liste, z. B. Europe/Amsterdam.</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.com.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein, z. B. name@example.com.</translation>
    </message>
    <message>
        <source>Enter a phone number: digits, spaces and dashes, with an optional leading +, such as +31 20 123 4567.</source>
        <translation>Geben Sie eine Telefonnummer ein: Ziffern, Leerzeichen und Bindestriche, optional mit führendem +, z. B. +31 20 123 4567.</translation>
    </message>
</context>
<context>
    <name>ReviewSummary</name>
    <message>
        <source>%1 › %2</source>
        <comment>nested field titles</comment>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>list title and row number</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Registered users: %1</source>
        <translation>Registrierte Benutzer: %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Available: %1</source>
        <translation>Erreichbarkeit: %1</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>Zeitzone: %1</translation>
    </message>
    <message>
        <source>%1 (%2 UTC)</source>
        <translation>%1 (%2 UTC)</translation>
    </message>
    <message>
        <source>Ticket code</source>
        <translation>Ticketcode</translation>
    </message>
    <message>
        <source>No code chosen.</source>
        <translation>Kein Code ausgewählt.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Code-Familie</translation>
    </message>
    <message>
        <source>Creates</source>
        <translation>Erzeugt</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Primary reference</source>
        <translation>Primäre Referenz</translation>
    </message>
    <message>
        <source>Secondary reference</source>
        <translation>Sekundäre Referenz</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Aufgetreten</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation>Kundenreferenz</translation>
    </message>
    <message>
        <source>%1 (generated)</source>
        <translation>%1 (erzeugt)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>No contacts added.</source>
        <translation>Keine Kontakte hinzugefügt.</translation>
    </message>
    <message>
        <source>Contact %1 (%2)</source>
        <translation>Kontakt %1 (%2)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>No details entered.</source>
        <translation>Keine Details eingegeben.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation>Keine Anhänge.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>SchemaFormParser</name>
    <message>
        <source>The schema allows any value here.</source>
        <translation>Das Schema erlaubt hier jeden beliebigen Wert.</translation>
    </message>
    <message>
        <source>The schema nests too deeply for a form.</source>
        <translation>Das Schema ist für ein Formular zu tief verschachtelt.</translation>
    </message>
    <message>
        <source>The schema offers alternatives (%1) that a form cannot show.</source>
        <translation>Das Schema bietet Alternativen (%1), die ein Formular nicht darstellen kann.</translation>
    </message>
    <message>
        <source>The schema refers to itself here.</source>
        <translation>Das Schema verweist hier auf sich selbst.</translation>
    </message>
    <message>
        <source>The schema allows several kinds of value here.</source>
        <translation>Das Schema erlaubt hier mehrere Arten von Werten.</translation>
    </message>
    <message>
        <source>The schema allows entries with any names here.</source>
        <translation>Das Schema erlaubt hier Einträge mit beliebigen Namen.</translation>
    </message>
    <message>
        <source>The schema does not say what the list holds.</source>
        <translation>Das Schema gibt nicht an, was die Liste enthält.</translation>
    </message>
    <message>
        <source>The form has no editor for a list of this kind.</source>
        <translation>Das Formular hat keinen Editor für eine Liste dieser Art.</translation>
    </message>
</context>
<context>
    <name>SchemaValidator</name>
    <message>
        <source>CaseDesk cannot check this: the API document&apos;s schema for it cannot be used.</source>
        <translation>CaseDesk kann dies nicht prüfen: Das zugehörige Schema im API-Dokument ist nicht verwendbar.</translation>
    </message>
</context>
<context>
    <name>TicketCode</name>
    <message>
        <source>Trouble ticket</source>
        <translation>Störungsticket</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Vorgang</translation>
    </message>
</context>
<context>
    <name>TimeDisplay</name>
    <message>
        <source>%1 (%2)</source>
        <comment>date and time, then the zone it is shown in</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <comment>duration: days and hours</comment>
        <translation>%1 Tg. %2 Std.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>duration: hours and minutes</comment>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>duration: minutes</comment>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>duration: seconds</comment>
        <translation>%1 Sek.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>site zone: IBX, then its IANA zone</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (this computer&apos;s time zone)</source>
        <translation>%1 (Zeitzone dieses Computers)</translation>
    </message>
</context>
<context>
    <name>ViolationReasons</name>
    <message>
        <source>Must be text.</source>
        <translation>Muss Text sein.</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation>Muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>Must be a number.</source>
        <translation>Muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>Must be true or false.</source>
        <translation>Muss „wahr“ oder „falsch“ sein.</translation>
    </message>
    <message>
        <source>Must be a list.</source>
        <translation>Muss eine Liste sein.</translation>
    </message>
    <message>
        <source>Must be a group of fields.</source>
        <translation>Muss eine Gruppe von Feldern sein.</translation>
    </message>
    <message>
        <source>Has the wrong kind of value.</source>
        <translation>Hat den falschen Werttyp.</translation>
    </message>
    <message>
        <source>Is not one of the allowed values.</source>
        <translation>Ist keiner der zulässigen Werte.</translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation>Wählen Sie einen dieser Werte: %1.</translation>
    </message>
    <message>
        <source>Does not match any of the allowed forms.</source>
        <translation>Entspricht keiner der zulässigen Formen.</translation>
    </message>
    <message>
        <source>Is nested too deeply.</source>
        <translation>Ist zu tief verschachtelt.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Erforderlich.</translation>
    </message>
    <message>
        <source>Is not expected here; remove it.</source>
        <translation>Wird hier nicht erwartet; entfernen Sie es.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters (now %1).</source>
        <translation>
            <numerusform>Höchstens %n Zeichen (jetzt %1).</numerusform>
            <numerusform>Höchstens %n Zeichen (jetzt %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Must not be empty.</source>
        <translation>Darf nicht leer sein.</translation>
    </message>
    <message numerus="yes">
        <source>Exactly %n characters (now %1).</source>
        <translation>
            <numerusform>Genau %n Zeichen (jetzt %1).</numerusform>
            <numerusform>Genau %n Zeichen (jetzt %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters (now %1).</source>
        <translation>
            <numerusform>Mindestens %n Zeichen (jetzt %1).</numerusform>
            <numerusform>Mindestens %n Zeichen (jetzt %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n items (now %1).</source>
        <translation>
            <numerusform>Höchstens %n Eintrag (jetzt %1).</numerusform>
            <numerusform>Höchstens %n Einträge (jetzt %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Add at least one item.</source>
        <translation>Fügen Sie mindestens einen Eintrag hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>Add at least %n items.</source>
        <translation>
            <numerusform>Fügen Sie mindestens %n Eintrag hinzu.</numerusform>
            <numerusform>Fügen Sie mindestens %n Einträge hinzu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n items (now %1).</source>
        <translation>
            <numerusform>Mindestens %n Eintrag (jetzt %1).</numerusform>
            <numerusform>Mindestens %n Einträge (jetzt %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n fields.</source>
        <translation>
            <numerusform>Höchstens %n Feld.</numerusform>
            <numerusform>Höchstens %n Felder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n fields.</source>
        <translation>
            <numerusform>Mindestens %n Feld.</numerusform>
            <numerusform>Mindestens %n Felder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a date and time such as %1.</source>
        <translation>Geben Sie Datum und Uhrzeit ein, z. B. %1.</translation>
    </message>
    <message>
        <source>Enter a date such as %1.</source>
        <translation>Geben Sie ein Datum ein, z. B. %1.</translation>
    </message>
    <message>
        <source>Enter a time such as %1.</source>
        <translation>Geben Sie eine Uhrzeit ein, z. B. %1.</translation>
    </message>
    <message>
        <source>At most %1.</source>
        <translation>Höchstens %1.</translation>
    </message>
    <message>
        <source>Less than %1.</source>
        <translation>Weniger als %1.</translation>
    </message>
    <message>
        <source>At least %1.</source>
        <translation>Mindestens %1.</translation>
    </message>
    <message>
        <source>More than %1.</source>
        <translation>Mehr als %1.</translation>
    </message>
    <message>
        <source>Must be a multiple of %1.</source>
        <translation>Muss ein Vielfaches von %1 sein.</translation>
    </message>
    <message>
        <source>Lists the same value twice.</source>
        <translation>Enthält denselben Wert zweimal.</translation>
    </message>
    <message>
        <source>Is not in the expected form.</source>
        <translation>Hat nicht das erwartete Format.</translation>
    </message>
    <message>
        <source>Must be %1.</source>
        <translation>Muss %1 sein.</translation>
    </message>
    <message>
        <source>Has a value that is not allowed.</source>
        <translation>Hat einen unzulässigen Wert.</translation>
    </message>
    <message>
        <source>Matches more than one of the allowed forms.</source>
        <translation>Entspricht mehr als einer der zulässigen Formen.</translation>
    </message>
    <message>
        <source>Does not meet the conditions for this value.</source>
        <translation>Erfüllt die Bedingungen für diesen Wert nicht.</translation>
    </message>
    <message>
        <source>Must contain at least one suitable item.</source>
        <translation>Muss mindestens einen passenden Eintrag enthalten.</translation>
    </message>
    <message>
        <source>Has too many items.</source>
        <translation>Hat zu viele Einträge.</translation>
    </message>
    <message>
        <source>Is not valid (%1).</source>
        <translation>Ist ungültig (%1).</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technisch</translation>
    </message>
    <message>
        <source>Ordering</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Wiederverkäufer</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Geschäftszeiten</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Visible to the customer</source>
        <translation>Für den Kunden sichtbar</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Trouble ticket</source>
        <translation>Störungsticket</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>YamlToJson</name>
    <message>
        <source>line %1, column %2: </source>
        <translation>Zeile %1, Spalte %2: </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is tagged as a number but is not one.</source>
        <translation>„%1“ ist als Zahl gekennzeichnet, ist aber keine.</translation>
    </message>
    <message>
        <source>the document is nested too deeply.</source>
        <translation>das Dokument ist zu tief verschachtelt.</translation>
    </message>
    <message>
        <source>a mapping key is not plain text.</source>
        <translation>ein Mapping-Schlüssel ist kein einfacher Text.</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice.</source>
        <translation>der Schlüssel „%1“ kommt zweimal vor.</translation>
    </message>
    <message>
        <source>the document is too large once its aliases are expanded: it would have more than %L1 entries.</source>
        <translation>das Dokument ist nach dem Auflösen seiner Aliasse zu groß: Es hätte mehr als %L1 Einträge.</translation>
    </message>
    <message>
        <source>the document is too large once its aliases are expanded: its texts would take more than %1.</source>
        <translation>das Dokument ist nach dem Auflösen seiner Aliasse zu groß: Seine Texte würden mehr als %1 belegen.</translation>
    </message>
</context>
</TS>
