<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApiDocument</name>
    <message>
        <source>OpenAPI version %1 is not supported; CaseDesk reads OpenAPI 3.x and Swagger 2.0 documents.</source>
        <translation>La version OpenAPI %1 n&apos;est pas prise en charge&#xa0;; CaseDesk lit les documents OpenAPI 3.x et Swagger 2.0.</translation>
    </message>
    <message>
        <source>This is not an OpenAPI document: it states no &quot;openapi&quot; or &quot;swagger&quot; version.</source>
        <translation>Ce n&apos;est pas un document OpenAPI&#xa0;: il n&apos;indique aucune version &quot;openapi&quot; ou &quot;swagger&quot;.</translation>
    </message>
    <message>
        <source>The document has no paths, so it describes no API calls.</source>
        <translation>Le document ne contient aucun chemin (paths)&#xa0;; il ne décrit donc aucun appel d&apos;API.</translation>
    </message>
    <message>
        <source>The request schema of POST %1 cannot be used for validation: %2</source>
        <translation>Le schéma de requête de POST %1 ne peut pas servir à la validation&#xa0;: %2</translation>
    </message>
    <message>
        <source>A request schema of the document cannot be used for validation: %1</source>
        <translation>Un schéma de requête du document ne peut pas servir à la validation&#xa0;: %1</translation>
    </message>
    <message>
        <source>The document has no path %1, so it does not describe the Case Management API.</source>
        <translation>Le document ne contient pas le chemin %1&#xa0;; il ne décrit donc pas l&apos;API Case Management.</translation>
    </message>
    <message>
        <source>The path %1 has no %2 operation.</source>
        <translation>Le chemin %1 n&apos;a pas d&apos;opération %2.</translation>
    </message>
    <message>
        <source>%1 has no JSON request body.</source>
        <translation>%1 n&apos;a pas de corps de requête JSON.</translation>
    </message>
    <message>
        <source>The request body of %1 refers to %2, which is not in the document.</source>
        <translation>Le corps de requête de %1 fait référence à %2, qui ne figure pas dans le document.</translation>
    </message>
    <message>
        <source>The request body of POST %1 has no &quot;%2&quot; property, so the document lists no ticket codes.</source>
        <translation>Le corps de requête de POST %1 n&apos;a pas de propriété &quot;%2&quot;&#xa0;; le document ne liste donc aucun code de ticket.</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; property of POST %2 has no list (enum) of ticket codes.</source>
        <translation>La propriété &quot;%1&quot; de POST %2 ne comporte pas de liste (enum) de codes de ticket.</translation>
    </message>
    <message>
        <source>The ticket code list holds a value that is not a code: %1.</source>
        <translation>La liste des codes de ticket contient une valeur qui n&apos;est pas un code&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The details schema for code %1 refers to %2, which is not in the document.</source>
        <translation>Le schéma de détails du code %1 fait référence à %2, qui ne figure pas dans le document.</translation>
    </message>
    <message>
        <source>The details schema for code %1 cannot be used for validation: %2</source>
        <translation>Le schéma de détails du code %1 ne peut pas servir à la validation&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ApiDocumentLoader</name>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>Impossible de lire le fichier&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The file is too large (%1); an API document is at most %2.</source>
        <translation>Le fichier est trop volumineux (%1)&#xa0;; un document API ne doit pas dépasser %2.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The document is too large; an API document is at most %1.</source>
        <translation>Le document est trop volumineux&#xa0;; un document API ne doit pas dépasser %1.</translation>
    </message>
    <message>
        <source>This is not valid JSON: line %1, column %2: %3.</source>
        <translation>JSON non valide&#xa0;: ligne %1, colonne %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>This is not valid YAML: %1.</source>
        <translation>YAML non valide&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The document&apos;s top level is not a set of named entries, so it is not an API document.</source>
        <translation>Le niveau supérieur du document n&apos;est pas un ensemble d&apos;entrées nommées&#xa0;; ce n&apos;est donc pas un document API.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the network connection; CaseDesk keeps working with what it has and tries again.</source>
        <translation>Le serveur est injoignable. Vérifiez la connexion réseau&#xa0;; CaseDesk continue de fonctionner avec les données dont il dispose et réessaie.</translation>
    </message>
    <message>
        <source>The server did not answer in time. It may be busy; try again in a moment.</source>
        <translation>Le serveur n&apos;a pas répondu à temps. Il est peut-être surchargé&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The server did not accept the credentials. Check the client ID and secret and sign in again.</source>
        <translation>Le serveur n&apos;a pas accepté les identifiants. Vérifiez l&apos;identifiant client et le secret client, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>The account is locked after too many failed sign-ins. Ask the provider to unlock it.</source>
        <translation>Le compte est verrouillé après trop d&apos;échecs de connexion. Demandez au fournisseur de le déverrouiller.</translation>
    </message>
    <message>
        <source>This account is not allowed to do this. Ask an administrator for the permission.</source>
        <translation>Ce compte n&apos;est pas autorisé à effectuer cette opération. Demandez l&apos;autorisation à un administrateur.</translation>
    </message>
    <message>
        <source>The server refused the request as invalid.</source>
        <translation>Le serveur a refusé la requête, car elle n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The server refused some fields:
%1</source>
        <translation>Le serveur a refusé certains champs&#xa0;:
%1</translation>
    </message>
    <message>
        <source>The case&apos;s current state does not allow this (it may be closed or cancelled). Refresh the case to see its state.</source>
        <translation>L&apos;état actuel du dossier ne le permet pas (il est peut-être fermé ou annulé). Actualisez le dossier pour voir son état.</translation>
    </message>
    <message>
        <source>The server does not know this case or file. Check the number.</source>
        <translation>Le serveur ne connaît pas ce dossier ou ce fichier. Vérifiez le numéro.</translation>
    </message>
    <message>
        <source>The file or request is larger than the server accepts.</source>
        <translation>Le fichier ou la requête dépasse la taille acceptée par le serveur.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation>Le serveur a rencontré un problème (HTTP %1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server sent an answer CaseDesk cannot read. Nothing was changed here; try again.</source>
        <translation>Le serveur a envoyé une réponse que CaseDesk ne peut pas lire. Rien n&apos;a été modifié ici&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be trusted, so CaseDesk did not connect: %1</source>
        <translation>Le certificat du serveur n&apos;est pas digne de confiance&#xa0;; CaseDesk ne s&apos;est donc pas connecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>CaseDesk only talks to servers other than this computer over HTTPS.</source>
        <translation>CaseDesk ne communique qu&apos;en HTTPS avec les serveurs autres que cet ordinateur.</translation>
    </message>
    <message>
        <source>Sign in to this environment first (Environment menu, Sign in…).</source>
        <translation>Connectez-vous d&apos;abord à cet environnement (menu Environnement, Se connecter…).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>A local file could not be used: %1</source>
        <translation>Un fichier local n&apos;a pas pu être utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reference for the provider&apos;s support: %1</source>
        <translation>Référence pour le support du fournisseur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The connection closed before the server answered; the request may have reached the server.</source>
        <translation>La connexion a été fermée avant la réponse du serveur&#xa0;; la requête est peut-être parvenue au serveur.</translation>
    </message>
    <message>
        <source>token_timeout is not a number of seconds: %1</source>
        <translation>token_timeout n&apos;est pas un nombre de secondes&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server gave up waiting for the request (HTTP 408). It may be busy; CaseDesk tries again in a moment.</source>
        <translation>Le serveur a cessé d&apos;attendre la requête (HTTP 408). Il est peut-être surchargé&#xa0;; CaseDesk réessaie dans un instant.</translation>
    </message>
    <message numerus="yes">
        <source>The server is receiving too many requests and asks to wait %n second(s).</source>
        <translation>
            <numerusform>Le serveur reçoit trop de requêtes et demande d&apos;attendre %n seconde.</numerusform>
            <numerusform>Le serveur reçoit trop de requêtes et demande d&apos;attendre %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is receiving too many requests. CaseDesk waits and tries again.</source>
        <translation>Le serveur reçoit trop de requêtes. CaseDesk attend puis réessaie.</translation>
    </message>
    <message>
        <source>The server redirected CaseDesk to an address it does not follow, so nothing was sent there: %1</source>
        <translation>Le serveur a redirigé CaseDesk vers une adresse que CaseDesk ne suit pas ; rien n’y a été envoyé : %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than CaseDesk accepts, so it was stopped: %1</source>
        <translation>La réponse du serveur dépassait ce que CaseDesk accepte ; elle a donc été interrompue : %1</translation>
    </message>
    <message>
        <source>the server announced %1, more than the %2 CaseDesk accepts here</source>
        <translation>le serveur a annoncé %1, plus que les %2 que CaseDesk accepte ici</translation>
    </message>
    <message>
        <source>it grew past the %1 CaseDesk accepts here</source>
        <translation>elle a dépassé les %1 que CaseDesk accepte ici</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>CaseDesk: a desktop client for the Case Management API.</source>
        <translation>CaseDesk&#xa0;: un client de bureau pour l&apos;API Case Management.</translation>
    </message>
    <message>
        <source>Connect to the server at &lt;url&gt; instead of the local sandbox.</source>
        <translation>Se connecter au serveur à l&apos;adresse &lt;url&gt; au lieu de la sandbox locale.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Start in the environment named &lt;name&gt;.</source>
        <translation>Démarrer dans l&apos;environnement nommé &lt;nom&gt;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Run &lt;path&gt; as the local sandbox server (for development).</source>
        <translation>Exécuter &lt;chemin&gt; comme serveur de sandbox locale (pour le développement).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>Open the case &lt;number&gt; (or a casedesk:// link), in the CaseDesk that is running if there is one.</source>
        <translation>Ouvrir le dossier &lt;number&gt; (ou un lien casedesk://), dans le CaseDesk en cours d’exécution s’il y en a un.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>casedesk://case/NUMBER links to open.</source>
        <translation>Liens casedesk://case/NUMÉRO à ouvrir.</translation>
    </message>
    <message>
        <source>[link…]</source>
        <translation>[lien…]</translation>
    </message>
</context>
<context>
    <name>AttachmentPolicy</name>
    <message>
        <source>“%1” cannot be attached: the file no longer exists.</source>
        <translation>Impossible de joindre «&#xa0;%1&#xa0;»&#xa0;: le fichier n&apos;existe plus.</translation>
    </message>
    <message>
        <source>“%1” is a folder: only files can be attached.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier&#xa0;: seuls des fichiers peuvent être joints.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file and cannot be attached.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier ordinaire et ne peut pas être joint.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: check that you are allowed to open it.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: vérifiez que vous avez le droit de l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>“%1” is empty: empty files cannot be attached.</source>
        <translation>«&#xa0;%1&#xa0;» est vide&#xa0;: les fichiers vides ne peuvent pas être joints.</translation>
    </message>
    <message>
        <source>“%1” has no file extension, so its type cannot be checked. Accepted types: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas d&apos;extension&#xa0;; son type ne peut donc pas être vérifié. Types acceptés&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” cannot be attached: %2 files are not accepted. Accepted types: %3.</source>
        <translation>Impossible de joindre «&#xa0;%1&#xa0;»&#xa0;: les fichiers %2 ne sont pas acceptés. Types acceptés&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%L1 bytes</source>
        <translation>%L1 octets</translation>
    </message>
    <message>
        <source>“%1” is %2, more than the %3 allowed per file.</source>
        <translation>«&#xa0;%1&#xa0;» fait %2, soit plus que les %3 autorisés par fichier.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” was not added: a case or note can have at most %n attachments.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» n&apos;a pas été ajouté&#xa0;: un dossier ou une note peut comporter au plus %n pièce jointe.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» n&apos;a pas été ajouté&#xa0;: un dossier ou une note peut comporter au plus %n pièces jointes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to %n files, %1 each</source>
        <translation>
            <numerusform>Jusqu&apos;à %n fichier de %1 maximum</numerusform>
            <numerusform>Jusqu&apos;à %n fichiers de %1 maximum chacun</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted files (%1)</source>
        <translation>Fichiers acceptés (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The attachment</source>
        <translation>La pièce jointe</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a file name in quotes</comment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>%1 was not opened: its content cannot be read.</source>
        <translation>%1 n&apos;a pas été ouvert&#xa0;: son contenu ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Use Save as… to keep a copy, and open it only if you trust it.</source>
        <translation>Utilisez Enregistrer sous… pour en conserver une copie, et ne l&apos;ouvrez que si vous lui faites confiance.</translation>
    </message>
    <message>
        <source>%1 was not opened: its name has no file extension, and its content is %2 (%3). %4</source>
        <translation>%1 n&apos;a pas été ouvert&#xa0;: son nom n&apos;a pas d&apos;extension, et son contenu est de type %2 (%3). %4</translation>
    </message>
    <message>
        <source>%1 was not opened: CaseDesk does not open %2 files. Its content is %3 (%4). %5</source>
        <translation>%1 n&apos;a pas été ouvert&#xa0;: CaseDesk n&apos;ouvre pas les fichiers %2. Son contenu est de type %3 (%4). %5</translation>
    </message>
    <message>
        <source>%1 was not opened: its name says %2, but its content is %3 (%4). %5</source>
        <translation>%1 n&apos;a pas été ouvert&#xa0;: son nom indique %2, mais son contenu est de type %3 (%4). %5</translation>
    </message>
</context>
<context>
    <name>AttachmentStash</name>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” could not be kept: the folder %2 cannot be created.</source>
        <translation>Impossible de conserver «&#xa0;%1&#xa0;»&#xa0;: le dossier %2 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>“%1” could not be kept: %2</source>
        <translation>Impossible de conserver «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is empty: empty files cannot be attached.</source>
        <translation>«&#xa0;%1&#xa0;» est vide&#xa0;: les fichiers vides ne peuvent pas être joints.</translation>
    </message>
    <message>
        <source>“%1” could not be kept under its name in %2.</source>
        <translation>Impossible de conserver «&#xa0;%1&#xa0;» sous son nom dans %2.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::AboutDialog</name>
    <message>
        <source>About CaseDesk</source>
        <translation>À propos de CaseDesk</translation>
    </message>
    <message>
        <source>CaseDesk icon</source>
        <translation>Icône de CaseDesk</translation>
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
        <translation>Un client de bureau pour l’API Case Management 2.0.0.</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt :</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>Operating system:</source>
        <translation>Système d’exploitation :</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier des données :</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Paramètres :</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Fichier journal :</translation>
    </message>
    <message>
        <source>none in this run</source>
        <translation>aucun pour cette session</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>&amp;Copier le diagnostic</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Copier le diagnostic</translation>
    </message>
    <message>
        <source>Puts the versions and folders above on the clipboard, for a support request.</source>
        <translation>Copie les versions et les dossiers ci-dessus dans le presse-papiers, pour une demande d’assistance.</translation>
    </message>
    <message>
        <source>The diagnostics are on the clipboard.</source>
        <translation>Le diagnostic est dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::ApiClient</name>
    <message>
        <source>“%1” is not a valid server address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de serveur valide.</translation>
    </message>
    <message>
        <source>“%1” must start with https://.</source>
        <translation>«&#xa0;%1&#xa0;» doit commencer par https://.</translation>
    </message>
    <message>
        <source>“%1” uses plain http; only https is allowed for servers other than this computer.</source>
        <translation>«&#xa0;%1&#xa0;» utilise http non chiffré&#xa0;; seul https est autorisé pour les serveurs autres que cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::AppController</name>
    <message numerus="yes">
        <source>Refreshing %n open case(s)…</source>
        <translation>
            <numerusform>Actualisation de %n dossier ouvert…</numerusform>
            <numerusform>Actualisation de %n dossiers ouverts…</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a case from the list to act on it</source>
        <translation>Ouvrez un dossier de la liste pour agir dessus</translation>
    </message>
</context>
<context>
    <name>CaseDesk::AttachmentItemDelegate</name>
    <message>
        <source>Uploading %1%</source>
        <translation>Téléversement %1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · converted from %2</source>
        <translation>%1 · converti depuis %2</translation>
    </message>
</context>
<context>
    <name>CaseDesk::AttachmentListModel</name>
    <message>
        <source>size not known yet</source>
        <translation>taille encore inconnue</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4</source>
        <translation>%1 (%2, %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>Converted from “%1”.</source>
        <translation>Converti depuis «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1, %2, uploading, %3 percent</source>
        <translation>%1, %2, téléversement, %3 pour cent</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Waiting to upload</source>
        <translation>En attente de téléversement</translation>
    </message>
    <message>
        <source>Converting…</source>
        <translation>Conversion…</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Téléversement…</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Téléversé</translation>
    </message>
    <message>
        <source>Upload failed</source>
        <translation>Échec du téléversement</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>No type</source>
        <translation>Aucun type</translation>
    </message>
</context>
<context>
    <name>CaseDesk::AttachmentListWidget</name>
    <message>
        <source>Add attachments</source>
        <translation>Ajouter des pièces jointes</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Ajouter des fichiers</translation>
    </message>
    <message>
        <source>Choose files to attach</source>
        <translation>Choisir les fichiers à joindre</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Coller</translation>
    </message>
    <message>
        <source>Paste an image or files</source>
        <translation>Coller une image ou des fichiers</translation>
    </message>
    <message>
        <source>Attach the image or files on the clipboard (Ctrl+V)</source>
        <translation>Joindre l&apos;image ou les fichiers du presse-papiers (Ctrl+V)</translation>
    </message>
    <message>
        <source>Cance&amp;l upload</source>
        <translation>Annu&amp;ler le téléversement</translation>
    </message>
    <message>
        <source>Cancel the selected upload</source>
        <translation>Annuler le téléversement sélectionné</translation>
    </message>
    <message>
        <source>Stop uploading the selected file; it stays in the list</source>
        <translation>Arrêter le téléversement du fichier sélectionné&#xa0;; il reste dans la liste</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Retry the selected upload</source>
        <translation>Réessayer le téléversement sélectionné</translation>
    </message>
    <message>
        <source>Upload the selected file again</source>
        <translation>Téléverser à nouveau le fichier sélectionné</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Remove the selected file</source>
        <translation>Retirer le fichier sélectionné</translation>
    </message>
    <message>
        <source>Take the selected file off the list (Delete)</source>
        <translation>Retirer le fichier sélectionné de la liste (Suppr)</translation>
    </message>
    <message>
        <source>Con&amp;vert and attach</source>
        <translation>Con&amp;vertir et joindre</translation>
    </message>
    <message>
        <source>Convert and attach</source>
        <translation>Convertir et joindre</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t attach</source>
        <translation>&amp;Ne pas joindre</translation>
    </message>
    <message>
        <source>Do not attach this image</source>
        <translation>Ne pas joindre cette image</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>%1. Delete removes the selected file.</source>
        <translation>%1. Suppr retire le fichier sélectionné.</translation>
    </message>
    <message>
        <source>Drop files here, paste an image or use Add files.
%1.</source>
        <translation>Déposez des fichiers ici, collez une image ou utilisez Ajouter des fichiers.
%1.</translation>
    </message>
    <message>
        <source>Drop files to attach them</source>
        <translation>Déposez des fichiers pour les joindre</translation>
    </message>
    <message>
        <source>The clipboard holds no image or file to attach.</source>
        <translation>Le presse-papiers ne contient aucune image ni aucun fichier à joindre.</translation>
    </message>
    <message>
        <source>“%1” can be converted to PNG (or to JPEG, if that is what it takes to stay within %2) and then attached.</source>
        <translation>«&#xa0;%1&#xa0;» peut être converti en PNG (ou en JPEG si nécessaire pour ne pas dépasser %2), puis joint.</translation>
    </message>
    <message>
        <source>Convert and attach %1</source>
        <translation>Convertir et joindre %1</translation>
    </message>
    <message>
        <source>Do not attach %1</source>
        <translation>Ne pas joindre %1</translation>
    </message>
    <message>
        <source>Cancel the upload of %1</source>
        <translation>Annuler le téléversement de %1</translation>
    </message>
    <message>
        <source>Retry the upload of %1</source>
        <translation>Réessayer le téléversement de %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
</context>
<context>
    <name>CaseDesk::AttachmentService</name>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>No connection has been set up.</source>
        <translation>Aucune connexion n&apos;a été configurée.</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>The server sent %L1 bytes, but the attachment has %L2. The download was deleted.</source>
        <translation>Le serveur a envoyé %L1 octets, mais la pièce jointe en compte %L2. Le téléchargement a été supprimé.</translation>
    </message>
    <message>
        <source>The download cannot be read back: %1</source>
        <translation>Le téléchargement ne peut pas être relu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Its content is not the file that was uploaded (the SHA-256 differs). The download was deleted.</source>
        <translation>Son contenu n&apos;est pas le fichier envoyé (le SHA-256 diffère). Le téléchargement a été supprimé.</translation>
    </message>
    <message>
        <source>The download cannot be kept as %1.</source>
        <translation>Le téléchargement ne peut pas être conservé sous %1.</translation>
    </message>
    <message>
        <source>“%1” was not opened: its file name changed on the way to disk.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été ouvert&#xa0;: son nom de fichier a changé en route vers le disque.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::AttachmentUploader</name>
    <message>
        <source>“%1” is already in the list.</source>
        <translation>«&#xa0;%1&#xa0;» figure déjà dans la liste.</translation>
    </message>
    <message>
        <source>The clipboard holds no image to attach.</source>
        <translation>Le presse-papiers ne contient aucune image à joindre.</translation>
    </message>
    <message>
        <source>The upload of “%1” was cancelled; retry it or remove it.</source>
        <translation>Le téléversement de «&#xa0;%1&#xa0;» a été annulé&#xa0;; réessayez-le ou retirez le fichier.</translation>
    </message>
    <message>
        <source>“%1” did not upload: the connection to the server was lost before it answered. Retry it when the connection is back.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été téléversé&#xa0;: la connexion au serveur a été perdue avant sa réponse. Réessayez lorsque la connexion sera rétablie.</translation>
    </message>
    <message>
        <source>“%1” did not upload: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été téléversé&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” was cancelled before it uploaded; retry it or remove it.</source>
        <translation>«&#xa0;%1&#xa0;» a été annulé avant son téléversement&#xa0;; réessayez-le ou retirez le fichier.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::AttachmentsPage</name>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Optional: photos, logs or documents that help. Drop files here, paste an image, or add files; each one uploads at once.</source>
        <translation>Facultatif&#xa0;: photos, journaux ou documents utiles. Déposez des fichiers ici, collez une image ou ajoutez des fichiers&#xa0;; chacun est téléversé immédiatement.</translation>
    </message>
    <message>
        <source>the attachments</source>
        <translation>les pièces jointes</translation>
    </message>
</context>
<context>
    <name>CaseDesk::CancelCaseDialog</name>
    <message>
        <source>Cancel case %1</source>
        <translation>Annuler le dossier %1</translation>
    </message>
    <message>
        <source>The provider stops work on case %1 when it is cancelled. This cannot be undone. Why should it be cancelled?</source>
        <translation>Le fournisseur arrête le travail sur le dossier %1 lorsqu&apos;il est annulé. Cette opération est irréversible. Pourquoi faut-il l&apos;annuler&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Motif (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Motif de l&apos;annulation</translation>
    </message>
    <message>
        <source>Cancel &amp;case</source>
        <translation>Annuler le &amp;dossier</translation>
    </message>
    <message>
        <source>Cancel the case</source>
        <translation>Annuler le dossier</translation>
    </message>
    <message>
        <source>&amp;Keep case</source>
        <translation>&amp;Conserver le dossier</translation>
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
        <translation>La note sur %1 attend dans la boîte d&apos;envoi. %2</translation>
    </message>
    <message>
        <source>The cancellation of %1 waits in the outbox. %2</source>
        <translation>L&apos;annulation de %1 attend dans la boîte d&apos;envoi. %2</translation>
    </message>
    <message>
        <source>The provider no longer accepts notes on this case, because it is closed or cancelled. Your text is kept; you can copy it into a new case.</source>
        <translation>Le fournisseur n&apos;accepte plus de notes sur ce dossier, car il est fermé ou annulé. Votre texte est conservé&#xa0;; vous pouvez le copier dans un nouveau dossier.</translation>
    </message>
    <message>
        <source>This account may not add notes to this case. Your text is kept.</source>
        <translation>Ce compte n&apos;est pas autorisé à ajouter des notes à ce dossier. Votre texte est conservé.</translation>
    </message>
    <message>
        <source>The case cannot be cancelled any more: it is already cancelled, closed or resolved.</source>
        <translation>Le dossier ne peut plus être annulé&#xa0;: il est déjà annulé, fermé ou résolu.</translation>
    </message>
    <message>
        <source>This account may not cancel this case.</source>
        <translation>Ce compte n&apos;est pas autorisé à annuler ce dossier.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::CaseAttachmentsPanel</name>
    <message>
        <source>Save attachment as</source>
        <translation>Enregistrer la pièce jointe sous</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Cancel do&amp;wnload</source>
        <translation>Annuler le &amp;téléchargement</translation>
    </message>
    <message>
        <source>Attachments of the case and its notes</source>
        <translation>Pièces jointes du dossier et de ses notes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Joint à</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Open the selected attachment</source>
        <translation>Ouvrir la pièce jointe sélectionnée</translation>
    </message>
    <message>
        <source>Download the attachment (once) and open it with its usual application (Enter)</source>
        <translation>Télécharger la pièce jointe (une seule fois) et l&apos;ouvrir avec son application habituelle (Entrée)</translation>
    </message>
    <message>
        <source>Save the selected attachment as</source>
        <translation>Enregistrer la pièce jointe sélectionnée sous</translation>
    </message>
    <message>
        <source>Save a copy of the attachment where you choose</source>
        <translation>Enregistrer une copie de la pièce jointe à l&apos;emplacement de votre choix</translation>
    </message>
    <message>
        <source>Cancel the download of the selected attachment</source>
        <translation>Annuler le téléchargement de la pièce jointe sélectionnée</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progression du téléchargement</translation>
    </message>
    <message>
        <source>Note by %1, %2</source>
        <translation>Note de %1, %2</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Téléchargement…</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Téléchargé</translation>
    </message>
    <message>
        <source>This case and its notes have no attachments.</source>
        <translation>Ce dossier et ses notes n&apos;ont aucune pièce jointe.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Known once downloaded</source>
        <translation>Connue une fois téléchargée</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: not connected to a server.</source>
        <translation>Impossible d&apos;ouvrir «&#xa0;%1&#xa0;»&#xa0;: non connecté à un serveur.</translation>
    </message>
    <message>
        <source>“%1” cannot be saved: not connected to a server.</source>
        <translation>Impossible d&apos;enregistrer «&#xa0;%1&#xa0;»&#xa0;: non connecté à un serveur.</translation>
    </message>
    <message>
        <source>“%1” is still downloading.</source>
        <translation>«&#xa0;%1&#xa0;» est encore en cours de téléchargement.</translation>
    </message>
    <message>
        <source>The download of “%1” was cancelled.</source>
        <translation>Le téléchargement de «&#xa0;%1&#xa0;» a été annulé.</translation>
    </message>
    <message>
        <source>“%1” could not be downloaded: %2</source>
        <translation>Impossible de télécharger «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved “%1” as %2.</source>
        <translation>«&#xa0;%1&#xa0;» enregistré sous %2.</translation>
    </message>
    <message>
        <source>“%1” is downloaded (%2), but no application is set up to open it. Use Save as… to keep a copy.</source>
        <translation>«&#xa0;%1&#xa0;» est téléchargé (%2), mais aucune application n&apos;est configurée pour l&apos;ouvrir. Utilisez Enregistrer sous… pour en conserver une copie.</translation>
    </message>
    <message>
        <source>Downloading %1%</source>
        <translation>Téléchargement %1&#xa0;%</translation>
    </message>
    <message>
        <source>Not connected to a server</source>
        <translation>Non connecté à un serveur</translation>
    </message>
    <message>
        <source>Attachment not opened</source>
        <translation>Pièce jointe non ouverte</translation>
    </message>
</context>
<context>
    <name>CaseDesk::CaseDetailController</name>
    <message>
        <source>The server does not know case or order %1.</source>
        <translation>Le serveur ne connaît pas le dossier ou la commande %1.</translation>
    </message>
    <message>
        <source>The stored copy of this case cannot be read (%1). Refresh to fetch it again.</source>
        <translation>La copie enregistrée de ce dossier est illisible (%1). Actualisez pour la récupérer à nouveau.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::CaseDetailView</name>
    <message>
        <source>Drop files to attach them to a new note</source>
        <translation>Déposez des fichiers pour les joindre à une nouvelle note</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Cancel case…</source>
        <translation>Annu&amp;ler le dossier…</translation>
    </message>
    <message>
        <source>New case &amp;like this…</source>
        <translation>Nouveau dossier &amp;similaire…</translation>
    </message>
    <message>
        <source>&amp;Write a note</source>
        <translation>&amp;Rédiger une note</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <source>Case actions</source>
        <translation>Actions sur le dossier</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Attachments</source>
        <translation>&amp;Pièces jointes</translation>
    </message>
    <message>
        <source>&amp;Notes (%1)</source>
        <translation>&amp;Notes (%1)</translation>
    </message>
    <message>
        <source>&amp;Attachments (%1)</source>
        <translation>&amp;Pièces jointes (%1)</translation>
    </message>
    <message>
        <source>Cancel this case with a reason</source>
        <translation>Annuler ce dossier en indiquant un motif</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Export &amp;evidence pack…</source>
        <translation>Exporter le &amp;paquet de preuves…</translation>
    </message>
    <message>
        <source>Save this case with its history, notes and attachment list as a PDF</source>
        <translation>Enregistrer ce dossier avec son historique, ses notes et la liste des pièces jointes en PDF</translation>
    </message>
    <message>
        <source>Save one zip with the PDF, every attachment, the server&apos;s answer and a manifest of hashes</source>
        <translation>Enregistrer un zip avec le PDF, toutes les pièces jointes, la réponse du serveur et un manifeste des empreintes</translation>
    </message>
    <message>
        <source>Copy lin&amp;k</source>
        <translation>&amp;Copier le lien</translation>
    </message>
    <message>
        <source>Put a casedesk:// link to this case on the clipboard, to paste into chat or e-mail</source>
        <translation>Copier un lien casedesk:// vers ce dossier dans le presse-papiers, à coller dans une discussion ou un courriel</translation>
    </message>
</context>
<context>
    <name>CaseDesk::CaseDraftKeeper</name>
    <message>
        <source>CaseDesk is closing.</source>
        <translation>CaseDesk est en cours de fermeture.</translation>
    </message>
    <message>
        <source>The case was created but its number is unknown.</source>
        <translation>Le dossier a été créé, mais son numéro est inconnu.</translation>
    </message>
    <message>
        <source>The new case waits in the outbox. %1</source>
        <translation>Le nouveau dossier attend dans la boîte d&apos;envoi. %1</translation>
    </message>
</context>
<context>
    <name>CaseDesk::CaseExportJob</name>
    <message>
        <source>Reading case %1…</source>
        <translation>Lecture du dossier %1…</translation>
    </message>
    <message>
        <source>The local case store is not open.</source>
        <translation>Le stockage local des dossiers n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>Case %1 is not in the local store.</source>
        <translation>Le dossier %1 n&apos;est pas dans le stockage local.</translation>
    </message>
    <message>
        <source>Case %1 has not been read from the server yet. Open it once, then export it.</source>
        <translation>Le dossier %1 n&apos;a pas encore été lu depuis le serveur. Ouvrez-le une fois, puis exportez-le.</translation>
    </message>
    <message>
        <source>Not connected to a server: the attachments cannot be downloaded.</source>
        <translation>Pas de connexion à un serveur : les pièces jointes ne peuvent pas être téléchargées.</translation>
    </message>
    <message>
        <source>Downloading “%1” (%2 of %3)…</source>
        <translation>Téléchargement de « %1 » (%2 sur %3)…</translation>
    </message>
    <message>
        <source>“%1” could not be downloaded: %2</source>
        <translation>« %1 » n&apos;a pas pu être téléchargé : %2</translation>
    </message>
    <message>
        <source>Checking the attachments…</source>
        <translation>Vérification des pièces jointes…</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>« %1 » ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Mise en page…</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>L&apos;imprimante n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>The PDF could not be laid out.</source>
        <translation>Le PDF n&apos;a pas pu être mis en page.</translation>
    </message>
    <message>
        <source>Writing the evidence pack…</source>
        <translation>Écriture du paquet de preuves…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::CaseExportUi</name>
    <message>
        <source>Export evidence pack of case %1</source>
        <translation>Exporter le paquet de preuves du dossier %1</translation>
    </message>
    <message>
        <source>Export case %1 as PDF</source>
        <translation>Exporter le dossier %1 en PDF</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archives zip (*.zip)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Folder for the evidence packs of %n case(s)</source>
        <translation>
            <numerusform>Dossier pour le paquet de preuves de %n dossier</numerusform>
            <numerusform>Dossier pour les paquets de preuves de %n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Folder for the PDFs of %n case(s)</source>
        <translation>
            <numerusform>Dossier pour le PDF de %n dossier</numerusform>
            <numerusform>Dossier pour les PDF de %n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <source>Print case %1</source>
        <translation>Imprimer le dossier %1</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;export</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Case %1 (%2 of %3)</source>
        <translation>Dossier %1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>case, then what is being done</comment>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Case %1 went to the printer (%n page(s)).</source>
        <translation>
            <numerusform>Le dossier %1 a été imprimé (%n page).</numerusform>
            <numerusform>Le dossier %1 a été imprimé (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Evidence pack of case %1 saved as %2 (%n file(s)).</source>
        <translation>
            <numerusform>Paquet de preuves du dossier %1 enregistré sous %2 (%n fichier).</numerusform>
            <numerusform>Paquet de preuves du dossier %1 enregistré sous %2 (%n fichiers).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Case %1 saved as %2 (%n page(s)).</source>
        <translation>
            <numerusform>Dossier %1 enregistré sous %2 (%n page).</numerusform>
            <numerusform>Dossier %1 enregistré sous %2 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: nothing was saved for case %1.</source>
        <translation>Export annulé : rien n&apos;a été enregistré pour le dossier %1.</translation>
    </message>
    <message>
        <source>Case %1 could not be exported: %2</source>
        <translation>Le dossier %1 n&apos;a pas pu être exporté : %2</translation>
    </message>
</context>
<context>
    <name>CaseDesk::CaseFilterBar</name>
    <message>
        <source>Quick filter</source>
        <translation>Filtre rapide</translation>
    </message>
    <message>
        <source>Filter by number, reference, description or code label (Ctrl+F)</source>
        <translation>Filtrer par numéro, référence, description ou libellé de code (Ctrl+F)</translation>
    </message>
    <message>
        <source>Code family</source>
        <translation>Famille de codes</translation>
    </message>
    <message>
        <source>All code families</source>
        <translation>Toutes les familles de codes</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Created any time</source>
        <translation>Toutes dates de création</translation>
    </message>
    <message>
        <source>Created in the last 7 days</source>
        <translation>Créés ces 7 derniers jours</translation>
    </message>
    <message>
        <source>Created in the last 30 days</source>
        <translation>Créés ces 30 derniers jours</translation>
    </message>
    <message>
        <source>Created in the last 90 days</source>
        <translation>Créés ces 90 derniers jours</translation>
    </message>
    <message>
        <source>Created between…</source>
        <translation>Créés entre…</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Créés à partir du</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Créés jusqu&apos;au</translation>
    </message>
</context>
<context>
    <name>CaseDesk::CaseHeaderWidget</name>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <source>Case %1 · Order %2</source>
        <translation>Dossier %1 · Commande %2</translation>
    </message>
    <message>
        <source>%1 · code %2</source>
        <translation>%1 · code %2</translation>
    </message>
    <message>
        <source>%1 · %2 (code %3)</source>
        <translation>%1 · %2 (code %3)</translation>
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
        <translation>Créé le %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Mis à jour le %1</translation>
    </message>
    <message>
        <source>The server cannot be reached. Showing what was fetched %1.</source>
        <translation>Le serveur est injoignable. Affichage des données récupérées %1.</translation>
    </message>
    <message>
        <source>Fetched %1.</source>
        <translation>Récupéré %1.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::CaseListModel</name>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Code label</source>
        <translation>Libellé du code</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>IBX</source>
        <translation>IBX</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>Votre référence</translation>
    </message>
</context>
<context>
    <name>CaseDesk::CaseListView</name>
    <message>
        <source>&amp;Delete view</source>
        <translation>&amp;Supprimer la vue</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <source>&amp;Save view…</source>
        <translation>&amp;Enregistrer la vue…</translation>
    </message>
    <message>
        <source>Save the current filter as a named view</source>
        <translation>Enregistrer le filtre actuel comme vue nommée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Nom de la vue&#xa0;:</translation>
    </message>
    <message>
        <source>Loading cases…</source>
        <translation>Chargement des dossiers…</translation>
    </message>
    <message>
        <source>No cases here yet.
Press Ctrl+N to create one, Ctrl+L to go to a case by its number, or Ctrl+Shift+F to find cases on the server.</source>
        <translation>Aucun dossier pour l&apos;instant.
Appuyez sur Ctrl+N pour en créer un, sur Ctrl+L pour accéder à un dossier par son numéro ou sur Ctrl+Maj+F pour rechercher des dossiers sur le serveur.</translation>
    </message>
    <message>
        <source>No case matches the filter.</source>
        <translation>Aucun dossier ne correspond au filtre.</translation>
    </message>
    <message>
        <source>All cases (%1)</source>
        <translation>Tous les dossiers (%1)</translation>
    </message>
</context>
<context>
    <name>CaseDesk::CaseOverviewWidget</name>
    <message>
        <source>Line items</source>
        <translation>Lignes de commande</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Estimated completion</source>
        <translation>Fin estimée</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Raw response</source>
        <translation>Réponse brute</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>CaseDesk::CaseRepository</name>
    <message>
        <source>The local store is not open.</source>
        <translation>Le stockage local n&apos;est pas ouvert.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::CaseSelectionActions</name>
    <message>
        <source>Actions on the selected cases</source>
        <translation>Actions sur les dossiers sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Mark &amp;seen</source>
        <translation>Marquer comme &amp;vu</translation>
    </message>
    <message>
        <source>Mark &amp;unseen</source>
        <translation>Marquer comme &amp;non vu</translation>
    </message>
    <message>
        <source>Mark &amp;all in this view seen</source>
        <translation>Marquer &amp;tout dans cette vue comme vu</translation>
    </message>
    <message>
        <source>&amp;Copy case numbers</source>
        <translation>&amp;Copier les numéros de dossier</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <source>Export &amp;evidence pack…</source>
        <translation>Exporter le &amp;paquet de preuves…</translation>
    </message>
    <message numerus="yes">
        <source>Refreshing %n case(s)…</source>
        <translation>
            <numerusform>Actualisation de %n dossier…</numerusform>
            <numerusform>Actualisation de %n dossiers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n case number(s).</source>
        <translation>
            <numerusform>%n numéro de dossier copié.</numerusform>
            <numerusform>%n numéros de dossier copiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy lin&amp;ks</source>
        <translation>Copier les &amp;liens</translation>
    </message>
    <message>
        <source>Copy lin&amp;k</source>
        <translation>Copier le &amp;lien</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n link(s).</source>
        <translation>
            <numerusform>%n lien copié.</numerusform>
            <numerusform>%n liens copiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) known only by an order number have no link until they are fetched.</source>
        <translation>
            <numerusform>%n dossier connu seulement par un numéro de commande n’a pas de lien tant qu’il n’a pas été récupéré.</numerusform>
            <numerusform>%n dossiers connus seulement par un numéro de commande n’ont pas de lien tant qu’ils n’ont pas été récupérés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseDesk::CaseTabs</name>
    <message>
        <source>Case %1</source>
        <translation>Dossier %1</translation>
    </message>
</context>
<context>
    <name>CaseDesk::CaseWizardPage</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>fields still to fix</comment>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>To go on, correct: %1.</source>
        <translation>Pour continuer, corrigez&#xa0;: %1.</translation>
    </message>
    <message>
        <source>To go on, fill in: %1.</source>
        <translation>Pour continuer, renseignez&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::CatalogueActions</name>
    <message>
        <source>Load provider API document</source>
        <translation>Charger le document API du fournisseur</translation>
    </message>
    <message>
        <source>OpenAPI documents (*.json *.yaml *.yml)</source>
        <translation>Documents OpenAPI (*.json *.yaml *.yml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Load provider API document…</source>
        <translation>&amp;Charger le document API du fournisseur…</translation>
    </message>
    <message>
        <source>&amp;Reset to the bundled API document</source>
        <translation>&amp;Rétablir le document API fourni</translation>
    </message>
    <message>
        <source>Read the provider&apos;s OpenAPI document (JSON or YAML) for its codes and details forms</source>
        <translation>Lire le document OpenAPI du fournisseur (JSON ou YAML) pour obtenir ses codes et ses formulaires de détails</translation>
    </message>
    <message>
        <source>Use the API document that came with CaseDesk again</source>
        <translation>Utiliser de nouveau le document API fourni avec CaseDesk</translation>
    </message>
    <message>
        <source>Reset to the bundled API document</source>
        <translation>Rétablir le document API fourni</translation>
    </message>
    <message>
        <source>Use the codes and details forms that came with CaseDesk instead of %1?</source>
        <translation>Utiliser les codes et les formulaires de détails fournis avec CaseDesk au lieu de %1&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation>Lecture et vérification de %1…</translation>
    </message>
    <message>
        <source>Loading the provider API document</source>
        <translation>Chargement du document d’API du fournisseur</translation>
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
        <translation>Document API du fournisseur</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Loaded %1.</source>
        <translation>%1 chargé.</translation>
    </message>
    <message>
        <source>The codes and details forms now come from “%1” %2. The choice is kept until you reset it to the bundled document.
%3</source>
        <translation>Les codes et les formulaires de détails proviennent désormais de «&#xa0;%1&#xa0;» %2. Ce choix est conservé jusqu&apos;à ce que vous reveniez au document fourni.
%3</translation>
    </message>
    <message>
        <source>Back to the bundled API document.</source>
        <translation>Retour au document d&apos;API fourni.</translation>
    </message>
    <message>
        <source>The codes and details forms are those that came with CaseDesk.</source>
        <translation>Les codes et les formulaires de détails sont ceux fournis avec CaseDesk.</translation>
    </message>
    <message>
        <source>%1 was not loaded.</source>
        <translation>%1 n&apos;a pas été chargé.</translation>
    </message>
    <message>
        <source>%1

Nothing changed: the codes and details forms are the same as before.</source>
        <translation>%1

Aucun changement&#xa0;: les codes et les formulaires de détails sont identiques.</translation>
    </message>
    <message numerus="yes">
        <source>Codes added (%n)</source>
        <translation>
            <numerusform>Code ajouté (%n)</numerusform>
            <numerusform>Codes ajoutés (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Codes removed (%n)</source>
        <translation>
            <numerusform>Code supprimé (%n)</numerusform>
            <numerusform>Codes supprimés (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Details forms changed (%n)</source>
        <translation>
            <numerusform>Formulaire de détails modifié (%n)</numerusform>
            <numerusform>Formulaires de détails modifiés (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
</context>
<context>
    <name>CaseDesk::ChoiceFieldEditor</name>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 (not offered)</source>
        <translation>%1 (non proposé)</translation>
    </message>
</context>
<context>
    <name>CaseDesk::ChoiceListFieldEditor</name>
    <message>
        <source>%1 (not offered)</source>
        <translation>%1 (non proposé)</translation>
    </message>
</context>
<context>
    <name>CaseDesk::CodeCatalogue</name>
    <message>
        <source>The provider API document kept in %1 cannot be used (%2) The bundled one is used instead.</source>
        <translation>Le document d&apos;API du fournisseur conservé dans %1 est inutilisable (%2). Le document fourni est utilisé à la place.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>family number, then the provider&apos;s family name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The document could not be kept in %1: %2.</source>
        <translation>Le document n&apos;a pas pu être conservé dans %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Another API document is still being read.</source>
        <translation>Un autre document d’API est encore en cours de lecture.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>the provider&apos;s family name, then a code the provider published no label for</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Family %1, no published label</source>
        <translation>Famille %1, sans libellé publié</translation>
    </message>
</context>
<context>
    <name>CaseDesk::CodeCatalogueModel</name>
    <message>
        <source>Ticket code</source>
        <translation>Code de ticket</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Creates</source>
        <translation>Crée</translation>
    </message>
    <message>
        <source>Details form</source>
        <translation>Formulaire de détails</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoris</translation>
    </message>
    <message>
        <source>Recently used</source>
        <translation>Utilisés récemment</translation>
    </message>
    <message>
        <source>Details form follows</source>
        <translation>Formulaire de détails à suivre</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>code %1</translation>
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
        <translation>Code de ticket</translation>
    </message>
    <message>
        <source>What is the problem about? The code decides whether a trouble ticket or a case is created, and whether a details form follows.</source>
        <translation>Quel est le problème&#xa0;? Le code détermine si un ticket d&apos;incident ou un dossier est créé, et si un formulaire de détails suit.</translation>
    </message>
    <message>
        <source>Choose a ticket code.</source>
        <translation>Choisissez un code de ticket.</translation>
    </message>
    <message>
        <source>%1 is not a code of the current API document; choose another.</source>
        <translation>%1 n&apos;est pas un code du document d&apos;API actuel&#xa0;; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>a ticket code</source>
        <translation>un code de ticket</translation>
    </message>
</context>
<context>
    <name>CaseDesk::CodePickerWidget</name>
    <message>
        <source>Words of a label or digits of a code, e.g. power, 0305</source>
        <translation>Mots d&apos;un libellé ou chiffres d&apos;un code, p. ex. power, 0305</translation>
    </message>
    <message>
        <source>Search ticket codes</source>
        <translation>Rechercher des codes de ticket</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Ticket codes</source>
        <translation>Codes de ticket</translation>
    </message>
    <message>
        <source>Your own label for this code</source>
        <translation>Votre propre libellé pour ce code</translation>
    </message>
    <message>
        <source>Optional: a name you will recognise</source>
        <translation>Facultatif&#xa0;: un nom que vous reconnaîtrez</translation>
    </message>
    <message>
        <source>Chosen code</source>
        <translation>Code choisi</translation>
    </message>
    <message>
        <source>Your &amp;label:</source>
        <translation>Votre &amp;libellé&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Codes: %n</source>
        <translation>
            <numerusform>Code&#xa0;: %n</numerusform>
            <numerusform>Codes&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matching: %n</source>
        <translation>
            <numerusform>Résultat&#xa0;: %n</numerusform>
            <numerusform>Résultats&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation>Retirer des favoris</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>Ajouter aux favoris</translation>
    </message>
    <message>
        <source>No code chosen yet.</source>
        <translation>Aucun code choisi.</translation>
    </message>
    <message>
        <source>%1 is not in the current API document.</source>
        <translation>%1 ne figure pas dans le document d&apos;API actuel.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Family: %1</source>
        <translation>Famille&#xa0;: %1</translation>
    </message>
    <message>
        <source>Creates a trouble ticket, answered with an order number.</source>
        <translation>Crée un ticket d&apos;incident, avec un numéro de commande en réponse.</translation>
    </message>
    <message>
        <source>Creates a case, answered with a case number.</source>
        <translation>Crée un dossier, avec un numéro de dossier en réponse.</translation>
    </message>
    <message>
        <source>A details form follows.</source>
        <translation>Un formulaire de détails suit.</translation>
    </message>
    <message>
        <source>No details form.</source>
        <translation>Pas de formulaire de détails.</translation>
    </message>
    <message>
        <source>Primary reference: %1</source>
        <translation>Référence principale&#xa0;: %1</translation>
    </message>
    <message>
        <source>Secondary reference: %1</source>
        <translation>Référence secondaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>The provider has published no label for this code.</source>
        <translation>Le fournisseur n&apos;a publié aucun libellé pour ce code.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::ConnectionStatus</name>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>Démarrage de la sandbox locale…</translation>
    </message>
    <message>
        <source>Local sandbox unavailable</source>
        <translation>Sandbox locale indisponible</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached</source>
        <translation>Hors ligne&#xa0;: le serveur est injoignable</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Échec de la connexion</translation>
    </message>
</context>
<context>
    <name>CaseDesk::ConnectivityBanner</name>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Réessayer maintenant</translation>
    </message>
    <message>
        <source>Show &amp;outbox</source>
        <translation>Afficher la &amp;boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Ask the server at once and send what waits in the outbox</source>
        <translation>Interroger le serveur immédiatement et envoyer ce qui attend dans la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Show outbox</source>
        <translation>Afficher la boîte d&apos;envoi</translation>
    </message>
    <message numerus="yes">
        <source>Offline: changes wait in the outbox (%n)</source>
        <translation>
            <numerusform>Hors ligne&#xa0;: modification en attente dans la boîte d&apos;envoi (%n)</numerusform>
            <numerusform>Hors ligne&#xa0;: modifications en attente dans la boîte d&apos;envoi (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: what you send waits in the outbox</source>
        <translation>Hors ligne&#xa0;: ce que vous envoyez attend dans la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>CaseDesk keeps working from what it has stored.</source>
        <translation>CaseDesk continue de fonctionner avec les données enregistrées.</translation>
    </message>
    <message numerus="yes">
        <source>Outbox items that need you: %n</source>
        <translation>
            <numerusform>Élément de la boîte d&apos;envoi nécessitant votre intervention&#xa0;: %n</numerusform>
            <numerusform>Éléments de la boîte d&apos;envoi nécessitant votre intervention&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>They could not be sent. Open the outbox to send them again, edit or discard them.</source>
        <translation>Ils n&apos;ont pas pu être envoyés. Ouvrez la boîte d&apos;envoi pour les renvoyer, les modifier ou les supprimer.</translation>
    </message>
    <message>
        <source>Trying…</source>
        <translation>Tentative…</translation>
    </message>
</context>
<context>
    <name>CaseDesk::ConnectivityMonitor</name>
    <message>
        <source>This computer is not connected to a network.</source>
        <translation>Cet ordinateur n&apos;est connecté à aucun réseau.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::ContactEditor</name>
    <message>
        <source>Add phone or e-mail</source>
        <translation>Ajouter un téléphone ou un e-mail</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <source>Registered portal users</source>
        <translation>Utilisateurs inscrits du portail</translation>
    </message>
    <message>
        <source>A person with phone or e-mail</source>
        <translation>Une personne avec téléphone ou e-mail</translation>
    </message>
    <message>
        <source>e.g. jdoe, asmith</source>
        <translation>p. ex. jdoe, asmith</translation>
    </message>
    <message>
        <source>Not given (e.g. Europe/Amsterdam)</source>
        <translation>Non indiqué (p. ex. Europe/Amsterdam)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Portal user names</source>
        <translation>Noms d&apos;utilisateur du portail</translation>
    </message>
    <message>
        <source>Separate several names with commas.</source>
        <translation>Séparez plusieurs noms par des virgules.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone and e-mail</source>
        <translation>Téléphone et e-mail</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Contact %1</translation>
    </message>
    <message>
        <source>Remove contact %1</source>
        <translation>Supprimer le contact %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Add a phone number or e-mail address to contact %1</source>
        <translation>Ajouter un numéro de téléphone ou une adresse e-mail au contact %1</translation>
    </message>
    <message>
        <source>Kind of detail %1</source>
        <translation>Type de coordonnée %1</translation>
    </message>
    <message>
        <source>Phone number or e-mail address %1, required</source>
        <translation>Numéro de téléphone ou adresse e-mail %1, obligatoire</translation>
    </message>
    <message>
        <source>Remove detail %1</source>
        <translation>Supprimer la coordonnée %1</translation>
    </message>
    <message>
        <source>Contact %1: %2</source>
        <translation>Contact %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CaseDesk::ContactsPage</name>
    <message>
        <source>&amp;Add contact</source>
        <translation>&amp;Ajouter un contact</translation>
    </message>
    <message>
        <source>No contacts added. Contacts are optional.</source>
        <translation>Aucun contact ajouté. Les contacts sont facultatifs.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Who should the provider contact about this case? Add registered portal users by name, or people with their phone numbers and e-mail addresses.</source>
        <translation>Qui le fournisseur doit-il contacter au sujet de ce dossier&#xa0;? Ajoutez des utilisateurs inscrits du portail par leur nom, ou des personnes avec leurs numéros de téléphone et adresses e-mail.</translation>
    </message>
    <message>
        <source>the contacts</source>
        <translation>les contacts</translation>
    </message>
</context>
<context>
    <name>CaseDesk::CustomServerDialog</name>
    <message>
        <source>Add custom server</source>
        <translation>Ajouter un serveur personnalisé</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nom du serveur</translation>
    </message>
    <message>
        <source>e.g. Staging</source>
        <translation>p. ex. Préproduction</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>A server that offers the Case Management API. Its cases, drafts and credentials are kept apart from every other environment. Addresses must use https, except on this computer.</source>
        <translation>Un serveur qui propose la Case Management API. Ses dossiers, brouillons et identifiants sont séparés de ceux de tout autre environnement. Les adresses doivent utiliser https, sauf sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>A&amp;dresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
</context>
<context>
    <name>CaseDesk::DBusNotifier</name>
    <message>
        <source>Show CaseDesk</source>
        <translation>Afficher CaseDesk</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Ouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>CaseDesk::DateTimeFieldEditor</name>
    <message>
        <source>Set</source>
        <translation>Définir</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Définir %1</translation>
    </message>
</context>
<context>
    <name>CaseDesk::DetailsFormWidget</name>
    <message>
        <source>This ticket code asks for no further details.</source>
        <translation>Ce code de ticket ne demande aucun détail supplémentaire.</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>élément %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>part of a field, then the problem</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Details form</source>
        <translation>Formulaire de détails</translation>
    </message>
</context>
<context>
    <name>CaseDesk::DetailsPage</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>The provider asks for these details for code %1. Fields marked * are required.</source>
        <translation>Le fournisseur demande ces détails pour le code %1. Les champs marqués * sont obligatoires.</translation>
    </message>
    <message>
        <source>the details</source>
        <translation>les détails</translation>
    </message>
</context>
<context>
    <name>CaseDesk::DraftListModel</name>
    <message>
        <source>Unreadable draft</source>
        <translation>Brouillon illisible</translation>
    </message>
    <message>
        <source>%1 (refused)</source>
        <translation>%1 (refusé)</translation>
    </message>
    <message>
        <source>This draft cannot be read (%1). Discard it.</source>
        <translation>Ce brouillon est illisible (%1). Supprimez-le.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>First words</source>
        <translation>Premiers mots</translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation>Dernière modification</translation>
    </message>
</context>
<context>
    <name>CaseDesk::DraftStore</name>
    <message>
        <source>The local store is not open.</source>
        <translation>Le stockage local n&apos;est pas ouvert.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::DraftsView</name>
    <message>
        <source>No drafts. What you write in a new case or a note is kept here as you type, until it is sent.</source>
        <translation>Aucun brouillon. Ce que vous rédigez dans un nouveau dossier ou une note est conservé ici au fil de la saisie, jusqu&apos;à son envoi.</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Open the draft where it was written (Enter)</source>
        <translation>Ouvrir le brouillon là où il a été rédigé (Entrée)</translation>
    </message>
    <message>
        <source>Delete the draft (Delete)</source>
        <translation>Supprimer le brouillon (Suppr)</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <source>Discard “%1”? What it holds cannot be recovered.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;? Son contenu ne pourra pas être récupéré.</translation>
    </message>
    <message>
        <source>This draft cannot be read: %1</source>
        <translation>Ce brouillon est illisible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CaseDesk::EnvironmentController</name>
    <message>
        <source>CaseDesk knows no environment named “%1”, so it started in the local sandbox. Choose another one from the Environment menu.</source>
        <translation>CaseDesk ne connaît aucun environnement nommé «&#xa0;%1&#xa0;»&#xa0;; il a donc démarré dans la sandbox locale. Choisissez-en un autre dans le menu Environnement.</translation>
    </message>
    <message>
        <source>Custom server: %1</source>
        <translation>Serveur personnalisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
</context>
<context>
    <name>CaseDesk::EnvironmentMenu</name>
    <message>
        <source>&amp;Environment</source>
        <translation>&amp;Environnement</translation>
    </message>
    <message>
        <source>&amp;Add custom server…</source>
        <translation>&amp;Ajouter un serveur personnalisé…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Se connecter…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Real cases, acted on by the provider&apos;s engineers.</source>
        <translation>Dossiers réels, traités par les ingénieurs du fournisseur.</translation>
    </message>
    <message>
        <source>Signed in with the local sandbox&apos;s own client</source>
        <translation>Connecté avec le client propre à la sandbox locale</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>&amp;Remove custom server</source>
        <translation>&amp;Retirer un serveur personnalisé</translation>
    </message>
    <message>
        <source>%1 (%2)…</source>
        <translation>%1 (%2)…</translation>
    </message>
    <message>
        <source>Remove custom server</source>
        <translation>Retirer un serveur personnalisé</translation>
    </message>
    <message>
        <source>Remove “%1” (%2) from the Environment menu?</source>
        <translation>Retirer «&#xa0;%1&#xa0;» (%2) du menu Environnement&#xa0;?</translation>
    </message>
    <message>
        <source>Its secret is deleted from the keychain. Its cases, drafts and outbox stay on this computer and come back when you add the same address again.</source>
        <translation>Son secret client est supprimé du trousseau. Ses dossiers, brouillons et sa boîte d&apos;envoi restent sur cet ordinateur et reviennent si vous ajoutez à nouveau la même adresse.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
</context>
<context>
    <name>CaseDesk::EnvironmentRegistry</name>
    <message>
        <source>Give the server a name.</source>
        <translation>Donnez un nom au serveur.</translation>
    </message>
    <message>
        <source>Use a shorter name: at most %1 characters.</source>
        <translation>Utilisez un nom plus court&#xa0;: %1 caractères au maximum.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address: CaseDesk asks for the client ID and secret when you sign in.</source>
        <translation>N&apos;incluez pas le nom d&apos;utilisateur ni le mot de passe dans l&apos;adresse&#xa0;: CaseDesk demande l&apos;identifiant client et le secret client lors de la connexion.</translation>
    </message>
    <message>
        <source>The address must end with the server&apos;s path, without “?” or “#” parts.</source>
        <translation>L&apos;adresse doit se terminer par le chemin du serveur, sans partie «&#xa0;?&#xa0;» ni «&#xa0;#&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is already the name of an environment.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà le nom d&apos;un environnement.</translation>
    </message>
    <message>
        <source>%1 is already the address of “%2”.</source>
        <translation>%1 est déjà l&apos;adresse de «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, like https://api.example.com.</source>
        <translation>Saisissez l&apos;adresse du serveur, par exemple https://api.example.com.</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>aucune adresse</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Sandbox locale</translation>
    </message>
    <message>
        <source>Provider sandbox</source>
        <translation>Sandbox du fournisseur</translation>
    </message>
    <message>
        <source>Provider production</source>
        <translation>Production du fournisseur</translation>
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
        <translation>%1, obligatoire</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Error in %1: %2</source>
        <translation>Erreur dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CaseDesk::FindOnServerDialog</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;More results</source>
        <translation>&amp;Plus de résultats</translation>
    </message>
    <message>
        <source>Find cases on the server</source>
        <translation>Rechercher des dossiers sur le serveur</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Part of a number, reference or contact name</source>
        <translation>Partie d&apos;un numéro, d&apos;une référence ou d&apos;un nom de contact</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>Rechercher dans</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Numéro de commande</translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation>Référence client</translation>
    </message>
    <message>
        <source>Trouble ticket number</source>
        <translation>Numéro de ticket d&apos;incident</translation>
    </message>
    <message>
        <source>Contact&apos;s last name</source>
        <translation>Nom du contact</translation>
    </message>
    <message>
        <source>Purchase order number</source>
        <translation>Numéro de bon de commande</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Statut de la commande</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>In the last 12 months</source>
        <translation>Au cours des 12 derniers mois</translation>
    </message>
    <message>
        <source>In the last 6 months</source>
        <translation>Au cours des 6 derniers mois</translation>
    </message>
    <message>
        <source>In the last 3 months</source>
        <translation>Au cours des 3 derniers mois</translation>
    </message>
    <message>
        <source>In the last 30 days</source>
        <translation>Au cours des 30 derniers jours</translation>
    </message>
    <message>
        <source>In the last 7 days</source>
        <translation>Au cours des 7 derniers jours</translation>
    </message>
    <message>
        <source>Search &amp;for:</source>
        <translation>Rec&amp;hercher&#xa0;:</translation>
    </message>
    <message>
        <source>Search &amp;in:</source>
        <translation>Rechercher &amp;dans&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;reated:</source>
        <translation>&amp;Création&#xa0;:</translation>
    </message>
    <message>
        <source>The provider&apos;s order history covers the last 12 months.</source>
        <translation>L&apos;historique des commandes du fournisseur couvre les 12 derniers mois.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>%1 found, %2 of them new in the list.</source>
        <comment>search result</comment>
        <translation>Trouvés&#xa0;: %1&#xa0;; nouveaux dans la liste&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::FirstRunImport</name>
    <message>
        <source>The order history could not be read: %1</source>
        <translation>L&apos;historique des commandes n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CaseDesk::GoToCaseDialog</name>
    <message>
        <source>Go to case</source>
        <translation>Aller au dossier</translation>
    </message>
    <message>
        <source>Case or order &amp;number:</source>
        <translation>&amp;Numéro de dossier ou de commande&#xa0;:</translation>
    </message>
    <message>
        <source>Case or order number</source>
        <translation>Numéro de dossier ou de commande</translation>
    </message>
    <message>
        <source>e.g. 11150929 or 1-204976070710</source>
        <translation>p. ex. 11150929 ou 1-204976070710</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Enter a case number (8 digits) or an order number (like 1-204976070710).</source>
        <translation>Saisissez un numéro de dossier (8 chiffres) ou un numéro de commande (comme 1-204976070710).</translation>
    </message>
    <message>
        <source>“%1” is too short: case numbers have 8 digits.</source>
        <translation>«&#xa0;%1&#xa0;» est trop court&#xa0;: les numéros de dossier comportent 8 chiffres.</translation>
    </message>
    <message>
        <source>That is longer than any case or order number (at most 100 characters).</source>
        <translation>C&apos;est plus long que tout numéro de dossier ou de commande (100 caractères au maximum).</translation>
    </message>
    <message>
        <source>“%1” is not a case or order number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de dossier ou de commande.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Recherche de %1…</translation>
    </message>
    <message>
        <source>The server knows no case or order %1. Check the number.</source>
        <translation>Le serveur ne connaît aucun dossier ni aucune commande %1. Vérifiez le numéro.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::LinkOpener</name>
    <message>
        <source>Opening case %1…</source>
        <translation>Ouverture du dossier %1…</translation>
    </message>
    <message>
        <source>The server knows no case %1, so the link cannot open it.</source>
        <translation>Le serveur ne connaît aucun dossier %1, le lien ne peut donc pas l’ouvrir.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::LinkedTextLabel</name>
    <message>
        <source>Open case %1 in CaseDesk</source>
        <translation>Ouvrir le dossier %1 dans CaseDesk</translation>
    </message>
    <message>
        <source>Write an e-mail: %1</source>
        <translation>Écrire un e-mail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open in the browser: %1
Server: %2</source>
        <translation>Ouvrir dans le navigateur&#xa0;: %1
Serveur&#xa0;: %2</translation>
    </message>
    <message>
        <source>This link reads differently from the address it writes to. Write an e-mail to this address?</source>
        <translation>Ce lien ne se lit pas comme l’adresse à laquelle il écrit. Écrire un e-mail à cette adresse&#xa0;?</translation>
    </message>
    <message>
        <source>This link reads differently from the address it opens. Open this address in your browser?</source>
        <translation>Ce lien ne se lit pas comme l’adresse qu’il ouvre. Ouvrir cette adresse dans votre navigateur&#xa0;?</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The part before “@” is a user name for that server, not the server.</source>
        <translation>La partie avant «&#xa0;@&#xa0;» est un nom d’utilisateur pour ce serveur, pas le serveur.</translation>
    </message>
    <message>
        <source>Write an e-mail</source>
        <translation>Écrire un e-mail</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Ouvrir le lien</translation>
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
        <translation>CSV avec BOM, pour les tableurs (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Exporter la liste</translation>
    </message>
    <message>
        <source>cases-%1.csv</source>
        <comment>file name; %1 is today&apos;s date</comment>
        <translation>dossiers-%1.csv</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to %1.</source>
        <translation>
            <numerusform>%n dossier exporté vers %1.</numerusform>
            <numerusform>%n dossiers exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be saved as %1: %2</source>
        <translation>La liste n&apos;a pas pu être enregistrée sous %1 : %2</translation>
    </message>
</context>
<context>
    <name>CaseDesk::ListFieldEditor</name>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>CaseDesk::LocalSandbox</name>
    <message numerus="yes">
        <source>The local sandbox did not report that it was ready within %n second(s).</source>
        <translation>
            <numerusform>La sandbox locale n&apos;a pas signalé être prête dans un délai de %n seconde.</numerusform>
            <numerusform>La sandbox locale n&apos;a pas signalé être prête dans un délai de %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The local sandbox could not be started (%1): %2</source>
        <translation>La sandbox locale n&apos;a pas pu être démarrée (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The local sandbox stopped unexpectedly. Its log is %1.</source>
        <translation>La sandbox locale s&apos;est arrêtée de manière inattendue. Son journal est %1.</translation>
    </message>
    <message>
        <source>The local sandbox exited with code %1. Its log is %2.</source>
        <translation>La sandbox locale s&apos;est terminée avec le code %1. Son journal est %2.</translation>
    </message>
    <message>
        <source>The local sandbox program %1 is missing. Build it with ./dev build.</source>
        <translation>Le programme de la sandbox locale %1 est introuvable. Compilez-le avec ./dev build.</translation>
    </message>
    <message>
        <source>The folder %1 for the local sandbox cannot be created.</source>
        <translation>Impossible de créer le dossier %1 de la sandbox locale.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::MainWindow</name>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <source>&amp;Go to case…</source>
        <translation>&amp;Aller au dossier…</translation>
    </message>
    <message>
        <source>&amp;Find on server…</source>
        <translation>Rec&amp;hercher sur le serveur…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Afficha&amp;ge</translation>
    </message>
    <message>
        <source>&amp;Refresh open cases</source>
        <translation>&amp;Actualiser les dossiers ouverts</translation>
    </message>
    <message>
        <source>&amp;Filter the list</source>
        <translation>&amp;Filtrer la liste</translation>
    </message>
    <message>
        <source>&amp;Save view…</source>
        <translation>&amp;Enregistrer la vue…</translation>
    </message>
    <message>
        <source>&amp;Close case tab</source>
        <translation>Fe&amp;rmer l&apos;onglet du dossier</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>Onglet &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>Onglet &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About CaseDesk</source>
        <translation>À &amp;propos de CaseDesk</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
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
            <numerusform>%1 (%n modifié)</numerusform>
            <numerusform>%1 (%n modifiés)</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>&amp;Export list…</source>
        <translation>&amp;Exporter la liste…</translation>
    </message>
    <message>
        <source>Cannot open the link</source>
        <translation>Impossible d’ouvrir le lien</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>Barre d&apos;&amp;outils</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Go to case</source>
        <translation>Aller au dossier</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
</context>
<context>
    <name>CaseDesk::NewCaseWizard</name>
    <message>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>&amp;Create case</source>
        <translation>&amp;Créer le dossier</translation>
    </message>
    <message>
        <source>Waiting for the attachments to finish uploading…</source>
        <translation>En attente de la fin du téléversement des pièces jointes…</translation>
    </message>
    <message>
        <source>Not sent: %1 did not upload. Retry or remove it on the Attachments page.</source>
        <translation>Non envoyé&#xa0;: %1 n&apos;a pas été téléversé. Réessayez ou supprimez-le sur la page Pièces jointes.</translation>
    </message>
    <message>
        <source>Creating the case…</source>
        <translation>Création du dossier…</translation>
    </message>
    <message>
        <source>The provider refused the case. The fields it named are marked on their pages.</source>
        <translation>Le fournisseur a refusé le dossier. Les champs qu&apos;il a signalés sont marqués sur leurs pages.</translation>
    </message>
    <message>
        <source>New case – step %L1 of %L2</source>
        <translation>Nouveau dossier – étape %L1 sur %L2</translation>
    </message>
</context>
<context>
    <name>CaseDesk::NoteComposer</name>
    <message>
        <source>&amp;Send note</source>
        <translation>&amp;Envoyer la note</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texte de la note</translation>
    </message>
    <message>
        <source>Write a note to the technician…</source>
        <translation>Rédigez une note pour le technicien…</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibilité</translation>
    </message>
    <message>
        <source>Visible to the customer</source>
        <translation>Visible par le client</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>Send note</source>
        <translation>Envoyer la note</translation>
    </message>
    <message>
        <source>&amp;Visibility:</source>
        <translation>&amp;Visibilité&#xa0;:</translation>
    </message>
    <message>
        <source>Drop files to attach them to this note</source>
        <translation>Déposez des fichiers pour les joindre à cette note</translation>
    </message>
    <message>
        <source>Not uploaded: %1. Retry or remove before sending.</source>
        <translation>Non téléversé&#xa0;: %1. Réessayez ou supprimez-le avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 sur %2 caractères</translation>
    </message>
    <message>
        <source>Waiting for uploads…</source>
        <translation>En attente des téléversements…</translation>
    </message>
    <message>
        <source>The note is sent as soon as its attachments have uploaded</source>
        <translation>La note sera envoyée dès que ses pièces jointes auront été téléversées</translation>
    </message>
    <message>
        <source>Write a few words about the attachments: a note needs text</source>
        <translation>Écrivez quelques mots sur les pièces jointes&#xa0;: une note doit contenir du texte</translation>
    </message>
    <message>
        <source>A note can have at most %1 characters.</source>
        <translation>Une note peut contenir au maximum %1 caractères.</translation>
    </message>
    <message>
        <source>Send the note (%1)</source>
        <translation>Envoyer la note (%1)</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>Insert a note template</source>
        <translation>Insérer un modèle de note</translation>
    </message>
    <message>
        <source>Insert a saved text; or type / at the start of a line</source>
        <translation>Insérer un texte enregistré&#xa0;; ou tapez / en début de ligne</translation>
    </message>
    <message>
        <source>No templates yet: add them in File ▸ Preferences</source>
        <translation>Pas encore de modèles&#xa0;: ajoutez-les dans Fichier ▸ Préférences</translation>
    </message>
    <message>
        <source>This case has no value for %1: left as typed for you to fill in.</source>
        <translation>Ce dossier n’a pas de valeur pour %1&#xa0;: laissé tel quel, à compléter.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::NoteTemplatesEditor</name>
    <message>
        <source>Note templates (this environment)</source>
        <translation>Modèles de note (cet environnement)</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Mo&amp;difier…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>Note templates</source>
        <translation>Modèles de note</translation>
    </message>
    <message>
        <source>Add &amp;template…</source>
        <translation>A&amp;jouter un modèle…</translation>
    </message>
    <message>
        <source>Your name, for {me}</source>
        <translation>Votre nom, pour {me}</translation>
    </message>
    <message>
        <source>Y&amp;our name, for {me}:</source>
        <translation>&amp;Votre nom, pour {me}&#xa0;:</translation>
    </message>
    <message>
        <source>In a note, choose Template or type / at the start of a line. Placeholders: %1. One with no value for a case stays as typed.</source>
        <translation>Dans une note, choisissez Modèle ou tapez / en début de ligne. Variables&#xa0;: %1. Une variable sans valeur pour un dossier reste telle quelle.</translation>
    </message>
    <message>
        <source>Edit note template</source>
        <translation>Modifier le modèle de note</translation>
    </message>
    <message>
        <source>New note template</source>
        <translation>Nouveau modèle de note</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nom du modèle</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Texte du modèle</translation>
    </message>
    <message>
        <source>Please confirm the maintenance window for case {case} at {ibx}, cage {cage}.</source>
        <translation>Merci de confirmer la fenêtre de maintenance du dossier {case} à {ibx}, cage {cage}.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CaseDesk::NoteTextEdit</name>
    <message>
        <source>Note templates</source>
        <translation>Modèles de note</translation>
    </message>
</context>
<context>
    <name>CaseDesk::NotesThreadWidget</name>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No notes yet. Write the first one below.</source>
        <translation>Aucune note pour l&apos;instant. Rédigez la première ci-dessous.</translation>
    </message>
    <message>
        <source>Pending: sent, not yet confirmed by the server</source>
        <translation>En attente&#xa0;: envoyée, pas encore confirmée par le serveur</translation>
    </message>
    <message>
        <source>Note by %1</source>
        <translation>Note de %1</translation>
    </message>
    <message>
        <source>Open attachment %1</source>
        <translation>Ouvrir la pièce jointe %1</translation>
    </message>
    <message>
        <source>Matches the search</source>
        <translation>Correspond à la recherche</translation>
    </message>
</context>
<context>
    <name>CaseDesk::NumberFieldEditor</name>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
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
        <translation>Supprimer %1 %2</translation>
    </message>
</context>
<context>
    <name>CaseDesk::OfflineStore</name>
    <message>
        <source>The local store is not open.</source>
        <translation>Le stockage local n&apos;est pas ouvert.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::OfflineWorkspace</name>
    <message>
        <source>&amp;Drafts</source>
        <translation>&amp;Brouillons</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>Boîte d&apos;en&amp;voi</translation>
    </message>
    <message>
        <source>Show the outbox (Ctrl+Shift+O)</source>
        <translation>Afficher la boîte d&apos;envoi (Ctrl+Maj+O)</translation>
    </message>
    <message>
        <source>Sent from the outbox: %1</source>
        <translation>Envoyé depuis la boîte d&apos;envoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Back in Drafts: %1</source>
        <translation>Renvoyé dans les brouillons&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not sent: %1. %2</source>
        <translation>Non envoyé&#xa0;: %1. %2</translation>
    </message>
    <message>
        <source>A draft could not be saved: %1</source>
        <translation>Un brouillon n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your case is kept in Drafts (Ctrl+Shift+D).</source>
        <translation>Votre dossier est conservé dans les brouillons (Ctrl+Maj+D).</translation>
    </message>
    <message>
        <source>Case %1 created.</source>
        <translation>Dossier %1 créé.</translation>
    </message>
    <message>
        <source>Drafts (%1)</source>
        <translation>Brouillons (%1)</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Outbox (%1)</source>
        <translation>Boîte d&apos;envoi (%1)</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>&amp;Drafts (%1)</source>
        <translation>&amp;Brouillons (%1)</translation>
    </message>
    <message>
        <source>&amp;Outbox (%1)</source>
        <translation>Boîte d&apos;en&amp;voi (%1)</translation>
    </message>
    <message>
        <source>Outbox: %1 need you</source>
        <translation>Boîte d&apos;envoi&#xa0;: %1 à traiter</translation>
    </message>
    <message>
        <source>Outbox: %1 waiting</source>
        <translation>Boîte d&apos;envoi&#xa0;: %1 en attente</translation>
    </message>
    <message>
        <source>Outbox empty</source>
        <translation>Boîte d&apos;envoi vide</translation>
    </message>
    <message>
        <source>The outbox could not be written to the local store: %1. Nothing was sent; check that the disk has room, then try again.</source>
        <translation>La boîte d&apos;envoi n&apos;a pas pu être écrite dans le stockage local&#xa0;: %1. Rien n&apos;a été envoyé&#xa0;; vérifiez qu&apos;il reste de la place sur le disque, puis réessayez.</translation>
    </message>
    <message>
        <source>Show the drafts (%1)</source>
        <translation>Afficher les brouillons (%1)</translation>
    </message>
    <message>
        <source>Show the outbox (%1)</source>
        <translation>Afficher la boîte d&apos;envoi (%1)</translation>
    </message>
</context>
<context>
    <name>CaseDesk::Outbox</name>
    <message>
        <source>The local store is not open.</source>
        <translation>Le stockage local n&apos;est pas ouvert.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::OutboxAttempt</name>
    <message>
        <source>This case may have reached the server, and it has no customer reference to look it up by. Check the case list, then send it again or discard it.</source>
        <translation>Ce dossier a peut-être atteint le serveur, et il n&apos;a aucune référence client permettant de le retrouver. Vérifiez la liste des dossiers, puis renvoyez-le ou supprimez-le.</translation>
    </message>
    <message>
        <source>Too many cases carry a reference like “%1” to tell whether this one arrived. Check the case list, then send it again or discard it.</source>
        <translation>Trop de dossiers portent une référence semblable à «&#xa0;%1&#xa0;» pour savoir si celui-ci est arrivé. Vérifiez la liste des dossiers, puis renvoyez-le ou supprimez-le.</translation>
    </message>
    <message>
        <source>The copy of “%1” kept for sending is missing. Edit this item and attach the file again.</source>
        <translation>La copie de «&#xa0;%1&#xa0;» conservée pour l&apos;envoi est introuvable. Modifiez cet élément et joignez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>The outbox could not be written (%1); nothing was sent.</source>
        <translation>La boîte d&apos;envoi n&apos;a pas pu être écrite (%1)&#xa0;; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Could not check whether the earlier attempt arrived: %1</source>
        <translation>Impossible de vérifier si la tentative précédente est arrivée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The provider refused the case: %1</source>
        <translation>Le fournisseur a refusé le dossier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The provider refused the case. %1</source>
        <translation>Le fournisseur a refusé le dossier. %1</translation>
    </message>
    <message>
        <source>Case %1 no longer takes notes: it is closed or cancelled.</source>
        <translation>Le dossier %1 n&apos;accepte plus de notes&#xa0;: il est fermé ou annulé.</translation>
    </message>
    <message>
        <source>The provider refused the note: %1</source>
        <translation>Le fournisseur a refusé la note&#xa0;: %1</translation>
    </message>
    <message>
        <source>Case %1 cannot be cancelled any more: it is already cancelled, closed or resolved.</source>
        <translation>Le dossier %1 ne peut plus être annulé&#xa0;: il est déjà annulé, fermé ou résolu.</translation>
    </message>
    <message>
        <source>The provider refused the cancellation: %1</source>
        <translation>Le fournisseur a refusé l&apos;annulation&#xa0;: %1</translation>
    </message>
    <message>
        <source>A file was refused: %1</source>
        <translation>Un fichier a été refusé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Checking with the server whether the last attempt arrived before sending it again (up to %n more second(s)).</source>
        <translation>
            <numerusform>Vérification auprès du serveur que la dernière tentative est arrivée avant de renvoyer (encore %n seconde au plus).</numerusform>
            <numerusform>Vérification auprès du serveur que la dernière tentative est arrivée avant de renvoyer (encore %n secondes au plus).</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not ask the server what it holds before sending: %1</source>
        <translation>Impossible de demander au serveur ce qu&apos;il contient déjà avant l&apos;envoi&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CaseDesk::OutboxModel</name>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>This item cannot be read (%1). Discard it.</source>
        <translation>Cet élément ne peut pas être lu (%1). Supprimez-le.</translation>
    </message>
    <message>
        <source>Created as trouble ticket %1</source>
        <translation>Créé en tant que ticket d&apos;incident %1</translation>
    </message>
    <message>
        <source>Created as case %1</source>
        <translation>Créé en tant que dossier %1</translation>
    </message>
    <message>
        <source>Added to case %1</source>
        <translation>Ajoutée au dossier %1</translation>
    </message>
    <message>
        <source>Case %1 cancelled</source>
        <translation>Dossier %1 annulé</translation>
    </message>
    <message>
        <source>%1 It may have arrived: the server is asked before it is sent again.</source>
        <translation>%1 Il est peut-être arrivé&#xa0;: le serveur sera interrogé avant tout nouvel envoi.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Unreadable item</source>
        <translation>Élément illisible</translation>
    </message>
    <message>
        <source>%1
Made %2</source>
        <translation>%1
Créé le %2</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reason or result</source>
        <translation>Motif ou résultat</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Création</translation>
    </message>
</context>
<context>
    <name>CaseDesk::OutboxSender</name>
    <message>
        <source>It could not be stored in the outbox (%1), so nothing was sent.</source>
        <translation>Il n&apos;a pas pu être enregistré dans la boîte d&apos;envoi (%1)&#xa0;; rien n&apos;a donc été envoyé.</translation>
    </message>
    <message>
        <source>The server cannot be reached; it goes out as soon as the server answers.</source>
        <translation>Le serveur est injoignable&#xa0;; l&apos;envoi aura lieu dès que le serveur répondra.</translation>
    </message>
    <message numerus="yes">
        <source>Earlier items go first (%n).</source>
        <translation>
            <numerusform>L&apos;élément précédent part d&apos;abord (%n).</numerusform>
            <numerusform>Les éléments précédents partent d&apos;abord (%n).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 It goes out when the server answers.</source>
        <translation>%1 L&apos;envoi aura lieu dès que le serveur répondra.</translation>
    </message>
    <message>
        <source>%1 (It could not be turned back into a draft: %2)</source>
        <translation>%1 (Impossible de le reconvertir en brouillon&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Sent again at your request.</source>
        <translation>Renvoyé à votre demande.</translation>
    </message>
    <message>
        <source>This item cannot be read any more; it can only be discarded.</source>
        <translation>Cet élément ne peut plus être lu&#xa0;; il peut seulement être supprimé.</translation>
    </message>
    <message>
        <source>It is being sent right now.</source>
        <translation>Il est en cours d&apos;envoi.</translation>
    </message>
    <message>
        <source>It has been delivered.</source>
        <translation>Il a été livré.</translation>
    </message>
    <message>
        <source>A cancellation has nothing to edit: send it or discard it.</source>
        <translation>Une annulation n&apos;a rien à modifier&#xa0;: envoyez-la ou supprimez-la.</translation>
    </message>
    <message>
        <source>It may already have reached the server. CaseDesk asks the server as soon as it answers; until then it cannot be edited, so that it is never sent twice.</source>
        <translation>Il a peut-être déjà atteint le serveur. CaseDesk interroge le serveur dès qu&apos;il répond&#xa0;; d&apos;ici là, il ne peut pas être modifié, afin de ne jamais être envoyé deux fois.</translation>
    </message>
    <message>
        <source>It is being sent right now; discard it once that has finished.</source>
        <translation>Il est en cours d&apos;envoi&#xa0;; supprimez-le une fois l&apos;envoi terminé.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::OutboxView</name>
    <message>
        <source>The outbox is empty. A case, note or cancellation made while the server cannot be reached waits here and goes out, in order, when it answers.</source>
        <translation>La boîte d&apos;envoi est vide. Les dossiers, notes et annulations créés lorsque le serveur est injoignable attendent ici et partent dans l&apos;ordre dès qu&apos;il répond.</translation>
    </message>
    <message>
        <source>Show de&amp;livered</source>
        <translation>Afficher les é&amp;léments livrés</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Envoyer mai&amp;ntenant</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Cannot edit: %1</source>
        <translation>Modification impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Discard this unreadable item from the outbox?</source>
        <translation>Supprimer cet élément illisible de la boîte d&apos;envoi&#xa0;?</translation>
    </message>
    <message>
        <source>Discard “%1” from the outbox? It will not be sent.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» de la boîte d&apos;envoi&#xa0;? Il ne sera pas envoyé.</translation>
    </message>
    <message>
        <source>Remove “%1” from the list? It was delivered.</source>
        <translation>Retirer «&#xa0;%1&#xa0;» de la liste&#xa0;? Il a été livré.</translation>
    </message>
    <message>
        <source>It may already have reached the server; discarding it does not undo that. Check the case list first.</source>
        <translation>Il a peut-être déjà atteint le serveur&#xa0;; le supprimer n&apos;annule pas cet envoi. Vérifiez d&apos;abord la liste des dossiers.</translation>
    </message>
    <message>
        <source>Discard from the outbox</source>
        <translation>Supprimer de la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Cannot discard: %1</source>
        <translation>Suppression impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Select an item that waits or failed</source>
        <translation>Sélectionnez un élément en attente ou en échec</translation>
    </message>
    <message>
        <source>It is being sent right now</source>
        <translation>Il est en cours d&apos;envoi</translation>
    </message>
    <message>
        <source>It has been delivered</source>
        <translation>Il a été livré</translation>
    </message>
    <message>
        <source>Try this item at once, in its turn</source>
        <translation>Essayer cet élément immédiatement, à son tour</translation>
    </message>
    <message>
        <source>Select an item</source>
        <translation>Sélectionnez un élément</translation>
    </message>
    <message>
        <source>Take it out of the outbox and open it as a draft</source>
        <translation>Le retirer de la boîte d&apos;envoi et l&apos;ouvrir comme brouillon</translation>
    </message>
    <message>
        <source>Delete it from the outbox (Delete)</source>
        <translation>Le supprimer de la boîte d&apos;envoi (Suppr)</translation>
    </message>
</context>
<context>
    <name>CaseDesk::PreferencesController</name>
    <message>
        <source>The new language applies when CaseDesk starts again.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de CaseDesk.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Refresh interval in minutes</source>
        <translation>Intervalle d&apos;actualisation en minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation>Suivre le système (%1)</translation>
    </message>
    <message>
        <source>Language changes apply after a restart.</source>
        <translation>Les changements de langue prennent effet après un redémarrage.</translation>
    </message>
    <message>
        <source>&amp;Refresh open cases every:</source>
        <translation>&amp;Actualiser les dossiers ouverts toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so notifications cannot be shown here.</source>
        <translation>Ce bureau n&apos;a pas de zone de notification&#xa0;; les notifications ne peuvent donc pas être affichées ici.</translation>
    </message>
    <message>
        <source>Show times</source>
        <translation>Afficher les heures</translation>
    </message>
    <message>
        <source>In &amp;UTC</source>
        <translation>En &amp;UTC</translation>
    </message>
    <message>
        <source>In the &amp;site&apos;s local time (the case&apos;s IBX)</source>
        <translation>Selon l&apos;heure locale du &amp;site (l&apos;IBX du dossier)</translation>
    </message>
    <message>
        <source>Network proxy</source>
        <translation>Proxy réseau</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Hôte du proxy</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Port du proxy</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Nom d&apos;utilisateur du proxy</translation>
    </message>
    <message>
        <source>if the proxy asks for one</source>
        <translation>si le proxy en demande un</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Mot de passe du proxy</translation>
    </message>
    <message>
        <source>Use the s&amp;ystem&apos;s proxy settings</source>
        <translation>Utiliser les paramètres proxy du s&amp;ystème</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>Sans pro&amp;xy</translation>
    </message>
    <message>
        <source>&amp;Manual HTTP proxy:</source>
        <translation>Proxy HTTP &amp;manuel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mo&amp;t de passe&#xa0;:</translation>
    </message>
    <message>
        <source>The proxy password is kept in the system keychain. The local sandbox runs on this computer and is always reached directly.</source>
        <translation>Le mot de passe du proxy est conservé dans le trousseau du système. La sandbox locale s&apos;exécute sur cet ordinateur et est toujours jointe directement.</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name, or choose another proxy setting.</source>
        <translation>Saisissez le nom d&apos;hôte du proxy ou choisissez un autre paramètre de proxy.</translation>
    </message>
    <message>
        <source>Show a desktop noti&amp;fication when a case&apos;s status changes</source>
        <translation>Afficher une &amp;notification de bureau lorsque le statut d&apos;un dossier change</translation>
    </message>
    <message>
        <source>In this &amp;computer&apos;s local time</source>
        <translation>Selon l&apos;heure l&amp;ocale de cet ordinateur</translation>
    </message>
    <message>
        <source>Us&amp;er:</source>
        <translation>Utilisat&amp;eur&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CaseDesk::ProblemPage</name>
    <message>
        <source>&amp;Known</source>
        <translation>&amp;Connue</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Describe the problem and say where it is.</source>
        <translation>Décrivez le problème et indiquez où il se situe.</translation>
    </message>
    <message>
        <source>What happened, what you have checked, what you need.</source>
        <translation>Ce qui s&apos;est passé, ce que vous avez vérifié, ce dont vous avez besoin.</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Primary reference</source>
        <translation>Référence principale</translation>
    </message>
    <message>
        <source>Secondary reference</source>
        <translation>Référence secondaire</translation>
    </message>
    <message>
        <source>The time it occurred is known</source>
        <translation>L&apos;heure à laquelle il s&apos;est produit est connue</translation>
    </message>
    <message>
        <source>&amp;Occurred (your local time)</source>
        <translation>&amp;Heure de survenue (votre heure locale)</translation>
    </message>
    <message>
        <source>Customer &amp;reference</source>
        <translation>&amp;Référence client</translation>
    </message>
    <message>
        <source>What the problem is about, e.g. a cage ID such as AM5:01:001234.</source>
        <translation>Objet du problème, p. ex. un ID de cage tel que AM5:01:001234.</translation>
    </message>
    <message>
        <source>Optional, e.g. a cabinet ID.</source>
        <translation>Facultatif, p. ex. un ID de baie.</translation>
    </message>
    <message>
        <source>Leave empty to use %1</source>
        <translation>Laisser vide pour utiliser %1</translation>
    </message>
    <message>
        <source>the request</source>
        <translation>la requête</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>characters used / allowed</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 sur %2 caractères</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 caractères</translation>
    </message>
    <message>
        <source>= %1 UTC</source>
        <translation>= %1 UTC</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non indiquée</translation>
    </message>
    <message>
        <source>Will be sent as %1 (generated, since the field is empty).</source>
        <translation>Sera envoyée sous la forme %1 (générée, car le champ est vide).</translation>
    </message>
    <message>
        <source>Will be sent as %1.</source>
        <translation>Sera envoyée sous la forme %1.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::ProductionBand</name>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Production environment warning</source>
        <translation>Avertissement&#xa0;: environnement de production</translation>
    </message>
    <message>
        <source>⚠ PRODUCTION – %1: real cases, handled by the provider&apos;s engineers. Everything you send here is acted on.</source>
        <translation>⚠ PRODUCTION – %1&#xa0;: dossiers réels, traités par les ingénieurs du fournisseur. Tout ce que vous envoyez ici est suivi d&apos;effet.</translation>
    </message>
    <message>
        <source>PRODUCTION: %1</source>
        <translation>PRODUCTION&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CaseDesk::RawFieldEditor</name>
    <message>
        <source>JSON, e.g. {&quot;key&quot;: &quot;value&quot;}</source>
        <translation>JSON, p. ex. {&quot;key&quot;: &quot;value&quot;}</translation>
    </message>
    <message>
        <source>Entered as JSON: %1</source>
        <translation>Saisi en JSON&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CaseDesk::ReviewPage</name>
    <message>
        <source>&amp;Show request</source>
        <translation>&amp;Afficher la requête</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Check the case before it is sent. Use a Change link, or Back, to correct anything.</source>
        <translation>Vérifiez le dossier avant son envoi. Utilisez un lien «&#xa0;Modifier&#xa0;» ou le bouton «&#xa0;Précédent&#xa0;» pour corriger quoi que ce soit.</translation>
    </message>
    <message>
        <source>Summary of the new case</source>
        <translation>Résumé du nouveau dossier</translation>
    </message>
    <message>
        <source>Show the request as JSON</source>
        <translation>Afficher la requête au format JSON</translation>
    </message>
    <message>
        <source>The request to be sent, as JSON</source>
        <translation>La requête à envoyer, au format JSON</translation>
    </message>
    <message>
        <source>Hide &amp;request</source>
        <translation>Masquer la &amp;requête</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>the ticket code</source>
        <translation>le code de ticket</translation>
    </message>
    <message>
        <source>the contacts</source>
        <translation>les contacts</translation>
    </message>
    <message>
        <source>the details</source>
        <translation>les détails</translation>
    </message>
    <message>
        <source>the attachments</source>
        <translation>les pièces jointes</translation>
    </message>
    <message>
        <source>the problem</source>
        <translation>le problème</translation>
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
        <translation>Action requise</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <source>Closed in the last 30 days</source>
        <translation>Fermés (30 derniers jours)</translation>
    </message>
</context>
<context>
    <name>CaseDesk::SecretStore</name>
    <message>
        <source>error %1</source>
        <translation>erreur %1</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1); the secret is kept until CaseDesk quits.</source>
        <translation>Le trousseau du système a refusé l&apos;accès (%1)&#xa0;; le secret est conservé jusqu&apos;à la fermeture de CaseDesk.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1); the secret is kept until CaseDesk quits.</source>
        <translation>Aucun trousseau système n&apos;est disponible (%1)&#xa0;; le secret est conservé jusqu&apos;à la fermeture de CaseDesk.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::Session</name>
    <message>
        <source>The local case store cannot be opened: %1</source>
        <translation>Le stockage local des dossiers ne peut pas être ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>Drafts and the outbox cannot be opened: %1</source>
        <translation>Les brouillons et la boîte d&apos;envoi ne peuvent pas être ouverts&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CaseDesk::SignInDialog</name>
    <message>
        <source>%1
Details: %2</source>
        <translation>%1
Détails&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se co&amp;nnecter</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
    <message>
        <source>Enter the client ID and client secret the provider issued for %1.</source>
        <translation>Saisissez l&apos;identifiant client et le secret client que le fournisseur a émis pour %1.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Identifiant client</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Sign-in result</source>
        <translation>Résultat de la connexion</translation>
    </message>
    <message>
        <source>Where the secret is kept</source>
        <translation>Emplacement du secret</translation>
    </message>
    <message>
        <source>CaseDesk keeps the secret in the system keychain, never in its own files; where there is no keychain, only in memory until it quits.</source>
        <translation>CaseDesk conserve le secret dans le trousseau du système, jamais dans ses propres fichiers&#xa0;; en l&apos;absence de trousseau, uniquement en mémoire jusqu&apos;à sa fermeture.</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;Identifiant client&#xa0;:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secret client&#xa0;:</translation>
    </message>
    <message>
        <source>Enter the client ID.</source>
        <translation>Saisissez l&apos;identifiant client.</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Saisissez le secret client.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>The server did not accept this client ID and secret. Check both and try again.</source>
        <translation>Le serveur n&apos;a pas accepté cet identifiant client et ce secret. Vérifiez-les et réessayez.</translation>
    </message>
    <message>
        <source>This client is locked after too many failed sign-ins. Trying again will not help: ask the provider to unlock it.</source>
        <translation>Ce client est verrouillé après trop d&apos;échecs de connexion. Réessayer ne servira à rien&#xa0;: demandez au fournisseur de le déverrouiller.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the network connection and the proxy in Preferences, then try again.</source>
        <translation>Le serveur est injoignable. Vérifiez la connexion réseau et le proxy dans les Préférences, puis réessayez.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be trusted, so CaseDesk did not send the secret. The connection may be intercepted; do not work around this.</source>
        <translation>Le certificat du serveur n&apos;a pas pu être approuvé&#xa0;; CaseDesk n&apos;a donc pas envoyé le secret. La connexion est peut-être interceptée&#xa0;: ne contournez pas ce problème.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>CaseDesk::SingleInstance</name>
    <message>
        <source>The command line is too long to hand to the running CaseDesk.</source>
        <translation>La ligne de commande est trop longue pour être transmise au CaseDesk en cours d’exécution.</translation>
    </message>
    <message>
        <source>CaseDesk cannot use its lock file %1.</source>
        <translation>CaseDesk ne peut pas utiliser son fichier de verrou %1.</translation>
    </message>
    <message>
        <source>The running CaseDesk refused this command line.</source>
        <translation>Le CaseDesk en cours d’exécution a refusé cette ligne de commande.</translation>
    </message>
    <message>
        <source>the connection closed without an answer</source>
        <translation>la connexion s’est fermée sans réponse</translation>
    </message>
    <message>
        <source>Another CaseDesk (process %1) is running but does not answer (%2). Close it, or end that process, and start CaseDesk again.</source>
        <translation>Un autre CaseDesk (processus %1) est en cours d’exécution mais ne répond pas (%2). Fermez-le, ou arrêtez ce processus, puis relancez CaseDesk.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::StatusBadge</name>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CaseDesk::StatusCountModel</name>
    <message>
        <source>No status</source>
        <translation>Aucun statut</translation>
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
        <translation>Historique des statuts</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Time in status</source>
        <translation>Durée dans le statut</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (actuel)</translation>
    </message>
    <message>
        <source>No status history yet.</source>
        <translation>Aucun historique des statuts pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>CaseDesk::TextFieldEditor</name>
    <message>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
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
        <translation>%1 sur %2 caractères maximum</translation>
    </message>
</context>
<context>
    <name>CaseDesk::TextListFieldEditor</name>
    <message>
        <source>Remove %1, item %2</source>
        <translation>Supprimer %1, élément %2</translation>
    </message>
    <message>
        <source>%1, item %2</source>
        <translation>%1, élément %2</translation>
    </message>
</context>
<context>
    <name>CaseDesk::TrayNotifier</name>
    <message>
        <source>CaseDesk: notifies you when a case&apos;s status changes or the provider writes</source>
        <translation>CaseDesk&#xa0;: vous avertit lorsque le statut d&apos;un dossier change ou que le fournisseur écrit</translation>
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
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Error in %1: %2</source>
        <translation>Erreur dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, required</source>
        <translation>%1, obligatoire</translation>
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
        <translation>Dossier %1</translation>
    </message>
    <message>
        <source>%1 (%L2 bytes)</source>
        <translation>%1 (%L2 octets)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>code label, then the code</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Times are shown in %1.</source>
        <translation>Heures indiquées en %1.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Numéro de commande</translation>
    </message>
    <message>
        <source>IBX</source>
        <translation>IBX</translation>
    </message>
    <message>
        <source>Cage</source>
        <translation>Cage</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Request type</source>
        <translation>Type de demande</translation>
    </message>
    <message>
        <source>Estimated completion</source>
        <translation>Achèvement prévu</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historique des statuts</translation>
    </message>
    <message>
        <source>The provider has sent no status history.</source>
        <translation>Le fournisseur n&apos;a envoyé aucun historique des statuts.</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Time in this status</source>
        <translation>Durée dans ce statut</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (actuel)</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>Notes (%1)</translation>
    </message>
    <message>
        <source>This case has no notes.</source>
        <translation>Ce dossier n&apos;a aucune note.</translation>
    </message>
    <message>
        <source>pending: sent, not yet returned by the server</source>
        <translation>en attente : envoyée, pas encore renvoyée par le serveur</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Pièces jointes : %1</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>Pièces jointes (%1)</translation>
    </message>
    <message>
        <source>This case and its notes have no attachments.</source>
        <translation>Ce dossier et ses notes n&apos;ont aucune pièce jointe.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Joint à</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>SHA-256: </source>
        <translation>SHA-256 : </translation>
    </message>
    <message>
        <source>not known (not downloaded)</source>
        <translation>inconnu (non téléchargée)</translation>
    </message>
    <message>
        <source>%1 · exported %2, %3</source>
        <comment>footer: environment, when, the time zone</comment>
        <translation>%1 · exporté le %2, %3</translation>
    </message>
</context>
<context>
    <name>CaseFacts</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>contact detail: type, value</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>(no key)</source>
        <translation>(aucune clé)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>This case is %1 and can no longer be cancelled.</source>
        <translation>Ce dossier est %1 et ne peut plus être annulé.</translation>
    </message>
    <message>
        <source>This case is %1; the provider no longer accepts notes on it.</source>
        <translation>Ce dossier est %1&#xa0;; le fournisseur n&apos;accepte plus de notes sur celui-ci.</translation>
    </message>
    <message>
        <source>The provider does not allow cancelling this case in its current state.</source>
        <translation>Le fournisseur n&apos;autorise pas l&apos;annulation de ce dossier dans son état actuel.</translation>
    </message>
    <message>
        <source>The provider does not accept notes on this case in its current state.</source>
        <translation>Le fournisseur n&apos;accepte pas de notes sur ce dossier dans son état actuel.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Numéro de commande</translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation>Référence client</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>IBX</source>
        <translation>IBX</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Subcategory</source>
        <translation>Sous-catégorie</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Type d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Sub-channel</source>
        <translation>Sous-canal</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>Planifié pour le</translation>
    </message>
    <message>
        <source>Requested termination</source>
        <translation>Résiliation demandée</translation>
    </message>
    <message>
        <source>Updated by</source>
        <translation>Mis à jour par</translation>
    </message>
    <message>
        <source>Contact UCM ID</source>
        <translation>ID UCM du contact</translation>
    </message>
    <message>
        <source>Purchase orders</source>
        <translation>Bons de commande</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Product offering codes</source>
        <translation>Codes d&apos;offre de produit</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancel: %1</source>
        <translation>Annulation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reopen: %1</source>
        <translation>Réouverture&#xa0;: %1</translation>
    </message>
    <message>
        <source>Respond: %1</source>
        <translation>Réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Autorisé</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation>Informations complémentaires</translation>
    </message>
    <message>
        <source>modifiable</source>
        <translation>modifiable</translation>
    </message>
    <message>
        <source>cancellable</source>
        <translation>annulable</translation>
    </message>
    <message>
        <source>awaits response</source>
        <translation>attend une réponse</translation>
    </message>
    <message>
        <source>reopen: %1</source>
        <translation>réouverture&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
</context>
<context>
    <name>CaseLink</name>
    <message>
        <source>“%1” is not a case number: case numbers have 8 digits.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un numéro de dossier&#xa0;: les numéros de dossier ont 8 chiffres.</translation>
    </message>
    <message numerus="yes">
        <source>That link is too long for a link to a case (%Ln characters).</source>
        <translation>
            <numerusform>Ce lien est trop long pour un lien vers un dossier (%Ln caractère).</numerusform>
            <numerusform>Ce lien est trop long pour un lien vers un dossier (%Ln caractères).</numerusform>
        </translation>
    </message>
    <message>
        <source>The link “%1” contains spaces or characters that a link to a case never has.</source>
        <translation>Le lien «&#xa0;%1&#xa0;» contient des espaces ou des caractères qu’un lien vers un dossier ne contient jamais.</translation>
    </message>
    <message>
        <source>The link “%1” contains encoded characters (%); links to cases never need them.</source>
        <translation>Le lien «&#xa0;%1&#xa0;» contient des caractères encodés (%)&#xa0;; les liens vers des dossiers n’en ont jamais besoin.</translation>
    </message>
    <message>
        <source>“%1” is not a CaseDesk link: those start with casedesk://case/.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un lien CaseDesk&#xa0;: ceux-ci commencent par casedesk://case/.</translation>
    </message>
    <message>
        <source>The link “%1” has a part after “#” that CaseDesk does not understand.</source>
        <translation>Le lien «&#xa0;%1&#xa0;» a une partie après «&#xa0;#&#xa0;» que CaseDesk ne comprend pas.</translation>
    </message>
    <message>
        <source>The link “%1” does not point to a case: CaseDesk links look like casedesk://case/11150929.</source>
        <translation>Le lien «&#xa0;%1&#xa0;» ne mène pas à un dossier&#xa0;: les liens CaseDesk ressemblent à casedesk://case/11150929.</translation>
    </message>
    <message>
        <source>The link “%1” has more after the case number than CaseDesk understands.</source>
        <translation>Le lien «&#xa0;%1&#xa0;» contient après le numéro de dossier plus que ce que CaseDesk comprend.</translation>
    </message>
    <message>
        <source>The link “%1” asks for something other than an environment after “?”.</source>
        <translation>Le lien «&#xa0;%1&#xa0;» demande après «&#xa0;?&#xa0;» autre chose qu’un environnement.</translation>
    </message>
    <message>
        <source>The link names the environment “%1”, which CaseDesk does not know here. Add that server from the Environment menu first.</source>
        <translation>Le lien désigne l’environnement «&#xa0;%1&#xa0;», que CaseDesk ne connaît pas ici. Ajoutez d’abord ce serveur depuis le menu Environnement.</translation>
    </message>
</context>
<context>
    <name>CaseNews</name>
    <message>
        <source>a status CaseDesk does not know</source>
        <translation>un statut que CaseDesk ne connaît pas</translation>
    </message>
    <message>
        <source>A case is now %1.</source>
        <translation>Un dossier a maintenant le statut «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Case %1 is now %2.</source>
        <translation>Dossier %1&#xa0;: nouveau statut «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>A new note from the provider on a case.</source>
        <translation>Une nouvelle note du fournisseur sur un dossier.</translation>
    </message>
    <message>
        <source>New note from the provider on case %1.</source>
        <translation>Nouvelle note du fournisseur sur le dossier %1.</translation>
    </message>
    <message>
        <source>A case changed status</source>
        <translation>Un dossier a changé de statut</translation>
    </message>
    <message>
        <source>Case %1 changed status</source>
        <translation>Le dossier %1 a changé de statut</translation>
    </message>
    <message>
        <source>A new note from the provider</source>
        <translation>Une nouvelle note du fournisseur</translation>
    </message>
    <message>
        <source>New note from the provider on case %1</source>
        <translation>Nouvelle note du fournisseur sur le dossier %1</translation>
    </message>
    <message>
        <source>A case changed</source>
        <translation>Un dossier a changé</translation>
    </message>
    <message>
        <source>Case %1 changed</source>
        <translation>Le dossier %1 a changé</translation>
    </message>
    <message>
        <source>It is now %1.</source>
        <translation>Nouveau statut&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n new note(s) from the provider.</source>
        <translation>
            <numerusform>%n nouvelle note du fournisseur.</numerusform>
            <numerusform>%n nouvelles notes du fournisseur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new note(s) from the provider. The latest:</source>
        <translation>
            <numerusform>%n nouvelle note du fournisseur&#xa0;:</numerusform>
            <numerusform>%n nouvelles notes du fournisseur, la dernière&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) changed</source>
        <translation>
            <numerusform>%n dossier a changé</numerusform>
            <numerusform>%n dossiers ont changé</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…et %n autre.</numerusform>
            <numerusform>…et %n autres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Action required</source>
        <translation>Action requise</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>The answer names no case number.</source>
        <translation>La réponse n&apos;indique aucun numéro de dossier.</translation>
    </message>
</context>
<context>
    <name>CatalogueDiff</name>
    <message>
        <source>The codes and details forms are the same as before.</source>
        <translation>Les codes et les formulaires de détails sont identiques.</translation>
    </message>
    <message numerus="yes">
        <source>Codes added (%n): %1</source>
        <translation>
            <numerusform>Code ajouté (%n)&#xa0;: %1</numerusform>
            <numerusform>Codes ajoutés (%n)&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Codes removed (%n): %1</source>
        <translation>
            <numerusform>Code supprimé (%n)&#xa0;: %1</numerusform>
            <numerusform>Codes supprimés (%n)&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Details form changed (%n): %1</source>
        <translation>
            <numerusform>Formulaire de détails modifié (%n)&#xa0;: %1</numerusform>
            <numerusform>Formulaires de détails modifiés (%n)&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContextShortcuts</name>
    <message>
        <source>In a case</source>
        <translation>Dans un dossier</translation>
    </message>
    <message>
        <source>In an attachment list</source>
        <translation>Dans une liste de pièces jointes</translation>
    </message>
    <message>
        <source>Refresh the case</source>
        <translation>Actualiser le dossier</translation>
    </message>
    <message>
        <source>Write a note</source>
        <translation>Rédiger une note</translation>
    </message>
    <message>
        <source>New case like this</source>
        <translation>Nouveau dossier similaire</translation>
    </message>
    <message>
        <source>Send the note</source>
        <translation>Envoyer la note</translation>
    </message>
    <message>
        <source>In the note</source>
        <translation>Dans la note</translation>
    </message>
    <message>
        <source>Attach the image or files on the clipboard</source>
        <translation>Joindre l&apos;image ou les fichiers du presse-papiers</translation>
    </message>
    <message>
        <source>Remove the selected file</source>
        <translation>Retirer le fichier sélectionné</translation>
    </message>
    <message>
        <source>Add to or remove from favourites</source>
        <translation>Ajouter aux favoris ou en retirer</translation>
    </message>
    <message>
        <source>In the wizard&apos;s code list</source>
        <translation>Dans la liste des codes de l&apos;assistant</translation>
    </message>
    <message>
        <source>Print the case</source>
        <translation>Imprimer le dossier</translation>
    </message>
    <message>
        <source>Actions on the selected cases</source>
        <translation>Actions sur les dossiers sélectionnés</translation>
    </message>
    <message>
        <source>In the case list and on a case tab</source>
        <translation>Dans la liste des dossiers et sur un onglet de dossier</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder of the local store</source>
        <translation>Impossible de créer le dossier du stockage local</translation>
    </message>
    <message>
        <source>Cannot open the local store</source>
        <translation>Impossible d&apos;ouvrir le stockage local</translation>
    </message>
    <message>
        <source>Cannot configure the local store</source>
        <translation>Impossible de configurer le stockage local</translation>
    </message>
    <message>
        <source>Cannot read the version of the local store</source>
        <translation>Impossible de lire la version du stockage local</translation>
    </message>
    <message>
        <source>The local store was written by a newer version of CaseDesk</source>
        <translation>Le stockage local a été écrit par une version plus récente de CaseDesk</translation>
    </message>
    <message>
        <source>Cannot upgrade the local store</source>
        <translation>Impossible de mettre à niveau le stockage local</translation>
    </message>
</context>
<context>
    <name>DecodeError</name>
    <message>
        <source>%1 is missing</source>
        <translation>%1 est manquant</translation>
    </message>
    <message>
        <source>%1 should be %2 but is %3</source>
        <translation>%1 devrait être %2 mais est %3</translation>
    </message>
    <message>
        <source>%1 is not a valid %2: %3</source>
        <translation>%1 n&apos;est pas une valeur %2 valide&#xa0;: %3</translation>
    </message>
    <message>
        <source>the answer is not valid JSON: %1</source>
        <translation>la réponse n&apos;est pas du JSON valide&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 à l&apos;octet %2</translation>
    </message>
</context>
<context>
    <name>Draft</name>
    <message>
        <source>Note on %1</source>
        <translation>Note sur %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>New case, %1</source>
        <translation>Nouveau dossier, %1</translation>
    </message>
    <message>
        <source>New case %1</source>
        <translation>Nouveau dossier %1</translation>
    </message>
    <message>
        <source>New case %1, %2</source>
        <translation>Nouveau dossier %1, %2</translation>
    </message>
</context>
<context>
    <name>EnvironmentLock</name>
    <message>
        <source>another CaseDesk (process %1)</source>
        <translation>un autre CaseDesk (processus %1)</translation>
    </message>
    <message>
        <source>another CaseDesk</source>
        <translation>un autre CaseDesk</translation>
    </message>
    <message>
        <source>“%1” is already open in %2. Its cases, drafts and outbox can be used by one CaseDesk at a time, so that nothing is sent twice: switch to that window, or close it and choose “%1” again from the Environment menu.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà ouvert dans %2. Ses dossiers, brouillons et sa boîte d&apos;envoi ne peuvent être utilisés que par un CaseDesk à la fois, pour que rien ne soit envoyé deux fois&#xa0;: passez à cette fenêtre, ou fermez-la et choisissez de nouveau «&#xa0;%1&#xa0;» dans le menu Environnement.</translation>
    </message>
    <message>
        <source>The data folder of “%1” cannot be locked (%2), so CaseDesk does not use it: check that %3 can be written.</source>
        <translation>Le dossier de données de «&#xa0;%1&#xa0;» ne peut pas être verrouillé (%2)&#xa0;; CaseDesk ne l&apos;utilise donc pas&#xa0;: vérifiez que %3 est accessible en écriture.</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
</context>
<context>
    <name>EvidencePack</name>
    <message>
        <source>“%1” cannot be added: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être ajouté&#xa0;: %2</translation>
    </message>
    <message>
        <source>The manifest cannot be added: %1</source>
        <translation>Le manifeste ne peut pas être ajouté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The zip file cannot be written: %1</source>
        <translation>Le fichier zip ne peut pas être écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ExportedAttachment</name>
    <message>
        <source>Note by %1, %2</source>
        <translation>Note de %1, %2</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
</context>
<context>
    <name>FormValue</name>
    <message>
        <source>one value expected</source>
        <translation>une seule valeur attendue</translation>
    </message>
    <message>
        <source>Is not valid JSON (%1).</source>
        <translation>JSON non valide (%1).</translation>
    </message>
</context>
<context>
    <name>ImageConversion</name>
    <message>
        <source>“%1” holds no image that can be converted.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucune image convertible.</translation>
    </message>
    <message>
        <source>“%1” cannot be made small enough to attach, even as a reduced JPEG.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être suffisamment réduit pour être joint, même en JPEG réduit.</translation>
    </message>
    <message>
        <source>“%1” could not be converted: the folder %2 cannot be created.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être converti&#xa0;: impossible de créer le dossier %2.</translation>
    </message>
    <message>
        <source>“%1” could not be converted: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être converti&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” could not be read as an image: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être lu comme une image&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>The workbook cannot be created.</source>
        <translation>Le classeur ne peut pas être créé.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>The workbook cannot be written: %1</source>
        <translation>Le classeur ne peut pas être écrit : %1</translation>
    </message>
    <message>
        <source>The workbook cannot be saved as %1.</source>
        <translation>Le classeur ne peut pas être enregistré sous %1.</translation>
    </message>
</context>
<context>
    <name>OfflineTables</name>
    <message>
        <source>The local store is not open.</source>
        <translation>Le stockage local n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>The draft&apos;s id does not match its row.</source>
        <translation>L&apos;identifiant du brouillon ne correspond pas à sa ligne.</translation>
    </message>
    <message>
        <source>The item&apos;s id does not match its row.</source>
        <translation>L&apos;identifiant de l&apos;élément ne correspond pas à sa ligne.</translation>
    </message>
    <message>
        <source>The outbox item is gone.</source>
        <translation>L&apos;élément de la boîte d&apos;envoi n&apos;existe plus.</translation>
    </message>
    <message>
        <source>CaseDesk stopped while this was being sent.</source>
        <translation>CaseDesk s&apos;est arrêté pendant l&apos;envoi de cet élément.</translation>
    </message>
    <message>
        <source>The outbox item changed meanwhile (it is %1 now, not %2).</source>
        <translation>L&apos;élément de la boîte d&apos;envoi a changé entre-temps (il est maintenant %1, et non %2).</translation>
    </message>
</context>
<context>
    <name>OutboxItem</name>
    <message>
        <source>New case %1</source>
        <translation>Nouveau dossier %1</translation>
    </message>
    <message>
        <source>New case %1, %2</source>
        <translation>Nouveau dossier %1, %2</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Note sur %1</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>Annulation de %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <source>Checking with the server</source>
        <translation>Vérification auprès du serveur</translation>
    </message>
</context>
<context>
    <name>PagedPrinter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>RequestChecks</name>
    <message>
        <source>This time is in the future.</source>
        <translation>Cette heure est dans le futur.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list, such as Europe/Amsterdam.</source>
        <translation>Choisissez un fuseau horaire dans la liste, p. ex. Europe/Amsterdam.</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.com.</source>
        <translation>Saisissez une adresse e-mail, p. ex. nom@example.com.</translation>
    </message>
    <message>
        <source>Enter a phone number: digits, spaces and dashes, with an optional leading +, such as +31 20 123 4567.</source>
        <translation>Saisissez un numéro de téléphone&#xa0;: chiffres, espaces et tirets, avec un + initial facultatif, p. ex. +31 20 123 4567.</translation>
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
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>list title and row number</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Registered users: %1</source>
        <translation>Utilisateurs enregistrés&#xa0;: %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Available: %1</source>
        <translation>Disponibilité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>Fuseau horaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2 UTC)</source>
        <translation>%1 (%2 UTC)</translation>
    </message>
    <message>
        <source>Ticket code</source>
        <translation>Code de ticket</translation>
    </message>
    <message>
        <source>No code chosen.</source>
        <translation>Aucun code choisi.</translation>
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
        <translation>Famille</translation>
    </message>
    <message>
        <source>Creates</source>
        <translation>Type créé</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Primary reference</source>
        <translation>Référence principale</translation>
    </message>
    <message>
        <source>Secondary reference</source>
        <translation>Référence secondaire</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Heure de survenue</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non indiquée</translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation>Référence client</translation>
    </message>
    <message>
        <source>%1 (generated)</source>
        <translation>%1 (générée)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>No contacts added.</source>
        <translation>Aucun contact ajouté.</translation>
    </message>
    <message>
        <source>Contact %1 (%2)</source>
        <translation>Contact %1 (%2)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>No details entered.</source>
        <translation>Aucun détail saisi.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation>Aucune pièce jointe.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
</context>
<context>
    <name>SchemaFormParser</name>
    <message>
        <source>The schema allows any value here.</source>
        <translation>Le schéma autorise n&apos;importe quelle valeur ici.</translation>
    </message>
    <message>
        <source>The schema nests too deeply for a form.</source>
        <translation>Le schéma est trop profondément imbriqué pour un formulaire.</translation>
    </message>
    <message>
        <source>The schema offers alternatives (%1) that a form cannot show.</source>
        <translation>Le schéma propose des alternatives (%1) qu&apos;un formulaire ne peut pas afficher.</translation>
    </message>
    <message>
        <source>The schema refers to itself here.</source>
        <translation>Le schéma fait ici référence à lui-même.</translation>
    </message>
    <message>
        <source>The schema allows several kinds of value here.</source>
        <translation>Le schéma autorise ici plusieurs types de valeur.</translation>
    </message>
    <message>
        <source>The schema allows entries with any names here.</source>
        <translation>Le schéma autorise ici des entrées portant n&apos;importe quel nom.</translation>
    </message>
    <message>
        <source>The schema does not say what the list holds.</source>
        <translation>Le schéma n&apos;indique pas ce que contient la liste.</translation>
    </message>
    <message>
        <source>The form has no editor for a list of this kind.</source>
        <translation>Le formulaire n&apos;a pas d&apos;éditeur pour ce type de liste.</translation>
    </message>
</context>
<context>
    <name>SchemaValidator</name>
    <message>
        <source>CaseDesk cannot check this: the API document&apos;s schema for it cannot be used.</source>
        <translation>CaseDesk ne peut pas vérifier ceci&#xa0;: le schéma correspondant du document d&apos;API est inutilisable.</translation>
    </message>
</context>
<context>
    <name>TicketCode</name>
    <message>
        <source>Trouble ticket</source>
        <translation>Ticket d&apos;incident</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
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
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>duration: hours and minutes</comment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>duration: minutes</comment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>duration: seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
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
        <translation>%1 (fuseau horaire de cet ordinateur)</translation>
    </message>
</context>
<context>
    <name>ViolationReasons</name>
    <message>
        <source>Must be text.</source>
        <translation>Doit être du texte.</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation>Doit être un nombre entier.</translation>
    </message>
    <message>
        <source>Must be a number.</source>
        <translation>Doit être un nombre.</translation>
    </message>
    <message>
        <source>Must be true or false.</source>
        <translation>Doit être vrai ou faux.</translation>
    </message>
    <message>
        <source>Must be a list.</source>
        <translation>Doit être une liste.</translation>
    </message>
    <message>
        <source>Must be a group of fields.</source>
        <translation>Doit être un groupe de champs.</translation>
    </message>
    <message>
        <source>Has the wrong kind of value.</source>
        <translation>Le type de valeur est incorrect.</translation>
    </message>
    <message>
        <source>Is not one of the allowed values.</source>
        <translation>Ne fait pas partie des valeurs autorisées.</translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation>Choisissez parmi&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Does not match any of the allowed forms.</source>
        <translation>Ne correspond à aucune des formes autorisées.</translation>
    </message>
    <message>
        <source>Is nested too deeply.</source>
        <translation>Imbrication trop profonde.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <source>Is not expected here; remove it.</source>
        <translation>Non attendu ici&#xa0;; supprimez-le.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters (now %1).</source>
        <translation>
            <numerusform>%n caractère au maximum (actuellement %1).</numerusform>
            <numerusform>%n caractères au maximum (actuellement %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Must not be empty.</source>
        <translation>Ne doit pas être vide.</translation>
    </message>
    <message numerus="yes">
        <source>Exactly %n characters (now %1).</source>
        <translation>
            <numerusform>Exactement %n caractère (actuellement %1).</numerusform>
            <numerusform>Exactement %n caractères (actuellement %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters (now %1).</source>
        <translation>
            <numerusform>%n caractère au minimum (actuellement %1).</numerusform>
            <numerusform>%n caractères au minimum (actuellement %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n items (now %1).</source>
        <translation>
            <numerusform>%n élément au maximum (actuellement %1).</numerusform>
            <numerusform>%n éléments au maximum (actuellement %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Add at least one item.</source>
        <translation>Ajoutez au moins un élément.</translation>
    </message>
    <message numerus="yes">
        <source>Add at least %n items.</source>
        <translation>
            <numerusform>Ajoutez au moins %n élément.</numerusform>
            <numerusform>Ajoutez au moins %n éléments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n items (now %1).</source>
        <translation>
            <numerusform>%n élément au minimum (actuellement %1).</numerusform>
            <numerusform>%n éléments au minimum (actuellement %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n fields.</source>
        <translation>
            <numerusform>%n champ au maximum.</numerusform>
            <numerusform>%n champs au maximum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n fields.</source>
        <translation>
            <numerusform>%n champ au minimum.</numerusform>
            <numerusform>%n champs au minimum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a date and time such as %1.</source>
        <translation>Saisissez une date et une heure, p. ex. %1.</translation>
    </message>
    <message>
        <source>Enter a date such as %1.</source>
        <translation>Saisissez une date, p. ex. %1.</translation>
    </message>
    <message>
        <source>Enter a time such as %1.</source>
        <translation>Saisissez une heure, p. ex. %1.</translation>
    </message>
    <message>
        <source>At most %1.</source>
        <translation>Au maximum %1.</translation>
    </message>
    <message>
        <source>Less than %1.</source>
        <translation>Inférieur à %1.</translation>
    </message>
    <message>
        <source>At least %1.</source>
        <translation>Au minimum %1.</translation>
    </message>
    <message>
        <source>More than %1.</source>
        <translation>Supérieur à %1.</translation>
    </message>
    <message>
        <source>Must be a multiple of %1.</source>
        <translation>Doit être un multiple de %1.</translation>
    </message>
    <message>
        <source>Lists the same value twice.</source>
        <translation>Contient deux fois la même valeur.</translation>
    </message>
    <message>
        <source>Is not in the expected form.</source>
        <translation>N&apos;est pas au format attendu.</translation>
    </message>
    <message>
        <source>Must be %1.</source>
        <translation>Doit être %1.</translation>
    </message>
    <message>
        <source>Has a value that is not allowed.</source>
        <translation>Contient une valeur non autorisée.</translation>
    </message>
    <message>
        <source>Matches more than one of the allowed forms.</source>
        <translation>Correspond à plusieurs des formes autorisées.</translation>
    </message>
    <message>
        <source>Does not meet the conditions for this value.</source>
        <translation>Ne remplit pas les conditions requises pour cette valeur.</translation>
    </message>
    <message>
        <source>Must contain at least one suitable item.</source>
        <translation>Doit contenir au moins un élément approprié.</translation>
    </message>
    <message>
        <source>Has too many items.</source>
        <translation>Contient trop d&apos;éléments.</translation>
    </message>
    <message>
        <source>Is not valid (%1).</source>
        <translation>Non valide (%1).</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>Ordering</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Revendeur</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Heures ouvrables</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>À tout moment</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>Visible to the customer</source>
        <translation>Visible par le client</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Trouble ticket</source>
        <translation>Ticket d&apos;incident</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portail</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
</context>
<context>
    <name>YamlToJson</name>
    <message>
        <source>line %1, column %2: </source>
        <translation>ligne %1, colonne %2&#xa0;: </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is tagged as a number but is not one.</source>
        <translation>«&#xa0;%1&#xa0;» est marqué comme nombre mais n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>the document is nested too deeply.</source>
        <translation>le document est trop profondément imbriqué.</translation>
    </message>
    <message>
        <source>a mapping key is not plain text.</source>
        <translation>une clé de mappage n&apos;est pas du texte simple.</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice.</source>
        <translation>la clé «&#xa0;%1&#xa0;» apparaît deux fois.</translation>
    </message>
    <message>
        <source>the document is too large once its aliases are expanded: it would have more than %L1 entries.</source>
        <translation>le document est trop volumineux une fois ses alias développés : il aurait plus de %L1 entrées.</translation>
    </message>
    <message>
        <source>the document is too large once its aliases are expanded: its texts would take more than %1.</source>
        <translation>le document est trop volumineux une fois ses alias développés : ses textes occuperaient plus de %1.</translation>
    </message>
</context>
</TS>
