<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CategoryNames</name>
    <message>
        <source>Painting</source>
        <translation>Streichen</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>Reinigen</translation>
    </message>
    <message>
        <source>Greenery</source>
        <translation>Grünpflege</translation>
    </message>
    <message>
        <source>Litter picking</source>
        <translation>Müll sammeln</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Miteinander</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>Reparieren</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>TaskText</name>
    <message>
        <source>Time not known</source>
        <translation>Dauer unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s)</source>
        <translation>
            <numerusform>Etwa %n Minute</numerusform>
            <numerusform>Etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n hour(s)</source>
        <translation>
            <numerusform>Etwa %n Stunde</numerusform>
            <numerusform>Etwa %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1 h %2 min</source>
        <extracomment>%1 hours and %2 minutes, e.g. &quot;About 1 h 30 min&quot;</extracomment>
        <translation>Etwa %1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Voll</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) left</source>
        <translation>
            <numerusform>Noch %n Platz frei</numerusform>
            <numerusform>Noch %n Plätze frei</numerusform>
        </translation>
    </message>
    <message>
        <source>Toolbox needed</source>
        <translation>Werkzeugkiste nötig</translation>
    </message>
    <message>
        <source>No toolbox needed</source>
        <translation>Keine Werkzeugkiste nötig</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Vom %1 bis %2</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Bis %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Ab %1</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Date format for task windows (QDate format codes); German uses &quot;d. MMMM yyyy&quot;</extracomment>
        <translation>d. MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>buurtmunt::DeskStatusWindow</name>
    <message>
        <source>Shop counter</source>
        <translation>Ladenkasse</translation>
    </message>
    <message>
        <source>Staff desk</source>
        <translation>Mitarbeiterplatz</translation>
    </message>
    <message>
        <source>Resident kiosk</source>
        <translation>Bewohner-Kiosk</translation>
    </message>
    <message>
        <source>Buurtmunt — %1</source>
        <translation>Buurtmunt — %1</translation>
    </message>
    <message>
        <source>This device is enrolled as: %1</source>
        <translation>Dieses Gerät ist angemeldet als: %1</translation>
    </message>
    <message>
        <source>Shop number: %1</source>
        <translation>Ladennummer: %1</translation>
    </message>
    <message>
        <source>Device: %1 (number %2)</source>
        <translation>Gerät: %1 (Nummer %2)</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Municipality: %1</source>
        <translation>Gemeinde: %1</translation>
    </message>
    <message>
        <source>Enrolment details</source>
        <translation>Anmeldedaten</translation>
    </message>
    <message>
        <source>Accepting vouchers at the counter is not available in this version of Buurtmunt yet. This device stays enrolled and keeps its connection with the server; a later version adds the counter&apos;s functions.</source>
        <translation>Gutscheine an der Kasse annehmen ist in dieser Version von Buurtmunt noch nicht möglich. Dieses Gerät bleibt angemeldet und hält die Verbindung zum Server; eine spätere Version ergänzt die Kassenfunktionen.</translation>
    </message>
    <message>
        <source>The staff desk&apos;s functions are not available in this version of Buurtmunt yet. This device stays enrolled and keeps its connection with the server; a later version adds them.</source>
        <translation>Die Funktionen für Mitarbeitende sind in dieser Version von Buurtmunt noch nicht verfügbar. Dieses Gerät bleibt angemeldet und hält die Verbindung zum Server; eine spätere Version ergänzt sie.</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Arbeitsplatz</translation>
    </message>
</context>
<context>
    <name>buurtmunt::DesktopLauncher</name>
    <message>
        <source>Buurtmunt cannot start</source>
        <translation>Buurtmunt kann nicht starten</translation>
    </message>
    <message>
        <source>The keychain is not available</source>
        <translation>Der Schlüsselbund ist nicht verfügbar</translation>
    </message>
    <message>
        <source>The device secret is missing</source>
        <translation>Das Gerätegeheimnis fehlt</translation>
    </message>
    <message>
        <source>This device is enrolled, but its secret is not in the keychain of this user. Enrol the device again with a new code from staff.</source>
        <translation>Dieses Gerät ist angemeldet, aber sein Geheimnis liegt nicht im Schlüsselbund dieses Benutzers. Melden Sie das Gerät mit einem neuen Code von Mitarbeitenden erneut an.</translation>
    </message>
</context>
<context>
    <name>buurtmunt::EnrolmentFingerprintPage</name>
    <message>
        <source>Check the server&apos;s fingerprint</source>
        <translation>Fingerabdruck des Servers prüfen</translation>
    </message>
    <message>
        <source>When it started, the server printed the SHA-256 fingerprint of its certificate. Compare it with the one below, pair by pair. If even one character differs, do not continue: you may be talking to another computer.</source>
        <translation>Beim Start hat der Server den SHA-256-Fingerabdruck seines Zertifikats ausgegeben. Vergleichen Sie ihn Paar für Paar mit dem Fingerabdruck unten. Weicht auch nur ein Zeichen ab, fahren Sie nicht fort: Sie sprechen womöglich mit einem anderen Computer.</translation>
    </message>
    <message>
        <source>Contacting %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Fingerprint of %1:</source>
        <translation>Fingerabdruck von %1:</translation>
    </message>
    <message>
        <source>Could not read the certificate of %1.</source>
        <translation>Das Zertifikat von %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Server certificate fingerprint</source>
        <translation>Fingerabdruck des Serverzertifikats</translation>
    </message>
    <message>
        <source>The fingerprint matches the one the server printed</source>
        <translation>Der Fingerabdruck stimmt mit dem des Servers überein</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Try contacting the server again</source>
        <translation>Erneut mit dem Server verbinden</translation>
    </message>
</context>
<context>
    <name>buurtmunt::EnrolmentResultPage</name>
    <message>
        <source>The server did not accept the enrolment code: it is wrong, already used, or older than 24 hours. Ask staff for a new code and go back to enter it.</source>
        <translation>Der Server hat den Anmeldecode nicht angenommen: Er ist falsch, schon benutzt oder älter als 24 Stunden. Bitten Sie Mitarbeitende um einen neuen Code und gehen Sie zurück, um ihn einzugeben.</translation>
    </message>
    <message>
        <source>The server presented a different certificate from the fingerprint you confirmed, so nothing was sent. Check the server address and the fingerprint with staff.</source>
        <translation>Der Server hat ein anderes Zertifikat gezeigt als den bestätigten Fingerabdruck; es wurde nichts gesendet. Prüfen Sie Serveradresse und Fingerabdruck mit Mitarbeitenden.</translation>
    </message>
    <message>
        <source>The server could not be reached: %1 Check the network and the server address, then try again.</source>
        <translation>Der Server ist nicht erreichbar: %1 Prüfen Sie das Netzwerk und die Serveradresse und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 (error: %2)</source>
        <extracomment>%1 is a sentence, %2 a technical error code for support staff</extracomment>
        <translation>%1 (Fehler: %2)</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>resident kiosk</source>
        <translation>Bewohner-Kiosk</translation>
    </message>
    <message>
        <source>shop counter</source>
        <translation>Ladenkasse</translation>
    </message>
    <message>
        <source>staff desk</source>
        <translation>Mitarbeiterplatz</translation>
    </message>
    <message>
        <source>This device is now enrolled as %1 &quot;%2&quot; (device number %3) with %4. Press Finish to start.</source>
        <translation>Dieses Gerät ist jetzt als %1 „%2“ (Gerätenummer %3) bei %4 angemeldet. Wählen Sie Fertigstellen, um zu beginnen.</translation>
    </message>
    <message>
        <source>Enrolling</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Enrolling this device with the server…</source>
        <translation>Dieses Gerät wird beim Server angemeldet…</translation>
    </message>
    <message>
        <source>Enrolment failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>This device is not enrolled. Nothing was saved.</source>
        <translation>Dieses Gerät ist nicht angemeldet. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Enrolment result</source>
        <translation>Ergebnis der Anmeldung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>buurtmunt::EnrolmentServerPage</name>
    <message>
        <source>Enter the server address, for example https://buurtmunt.example.nl:8443.</source>
        <translation>Geben Sie die Serveradresse ein, zum Beispiel https://buurtmunt.example.nl:8443.</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; is not a valid web address.</source>
        <translation>Die Serveradresse „%1“ ist keine gültige Webadresse.</translation>
    </message>
    <message>
        <source>The server address must start with https://: devices only talk to the server over an encrypted connection.</source>
        <translation>Die Serveradresse muss mit https:// beginnen: Geräte sprechen nur über eine verschlüsselte Verbindung mit dem Server.</translation>
    </message>
    <message>
        <source>The server address must not contain &quot;?&quot; or &quot;#&quot;.</source>
        <translation>Die Serveradresse darf kein „?“ oder „#“ enthalten.</translation>
    </message>
    <message>
        <source>Enter the enrolment code that staff gave you.</source>
        <translation>Geben Sie den Anmeldecode ein, den Sie von Mitarbeitenden erhalten haben.</translation>
    </message>
    <message>
        <source>The enrolment code &quot;%1&quot; does not look right: it is three groups of four letters and digits, like K7DM-4QXP-9TR2.</source>
        <translation>Der Anmeldecode „%1“ stimmt nicht: Er besteht aus drei Gruppen von vier Buchstaben und Ziffern, wie K7DM-4QXP-9TR2.</translation>
    </message>
    <message>
        <source>Enter a name for this device, for example &quot;Kiosk Bibliotheek Centrum&quot;, so staff can recognise it.</source>
        <translation>Geben Sie diesem Gerät einen Namen, zum Beispiel „Kiosk Bibliotheek Centrum“, damit Mitarbeitende es erkennen.</translation>
    </message>
    <message>
        <source>The device name is too long: at most %1 characters.</source>
        <translation>Der Gerätename ist zu lang: höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Connect this device</source>
        <translation>Dieses Gerät anmelden</translation>
    </message>
    <message>
        <source>Staff create an enrolment code for this device in the staff desk or with &quot;buurtmunt-server enrolment-code&quot;. Enter it here with the server&apos;s address.</source>
        <translation>Mitarbeitende erstellen einen Anmeldecode für dieses Gerät am Mitarbeiterplatz oder mit „buurtmunt-server enrolment-code“. Geben Sie ihn hier mit der Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>&amp;Serveradresse</translation>
    </message>
    <message>
        <source>&amp;Enrolment code</source>
        <translation>&amp;Anmeldecode</translation>
    </message>
    <message>
        <source>Device &amp;name</source>
        <translation>Geräte&amp;name</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Anmeldecode</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Gerätename</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>buurtmunt::EnrolmentWizard</name>
    <message>
        <source>Buurtmunt — enrol this device</source>
        <translation>Buurtmunt — dieses Gerät anmelden</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertigstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
    <message>
        <source>Finish and start</source>
        <translation>Fertigstellen und starten</translation>
    </message>
    <message>
        <source>Cancel enrolment</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
</context>
<context>
    <name>buurtmunt::KioskWindow</name>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 tasks</source>
        <translation>%1 von %2 Aufgaben</translation>
    </message>
    <message>
        <source>coins</source>
        <translation>Münzen</translation>
    </message>
    <message>
        <source>Buurtmunt — %1</source>
        <translation>Buurtmunt — %1</translation>
    </message>
    <message>
        <source>Buurtmunt</source>
        <translation>Buurtmunt</translation>
    </message>
    <message>
        <source>Municipality of %1</source>
        <translation>Gemeinde %1</translation>
    </message>
    <message>
        <source>Earn %1 with tasks in your neighbourhood</source>
        <extracomment>%1 is the coin&apos;s plural name, e.g. &quot;Heitjes&quot;</extracomment>
        <translation>Verdienen Sie %1 mit Aufgaben in Ihrem Viertel</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Fetch the latest tasks now</source>
        <translation>Jetzt die neuesten Aufgaben holen</translation>
    </message>
    <message>
        <source>Task list</source>
        <translation>Aufgabenliste</translation>
    </message>
    <message>
        <source>Number of tasks</source>
        <translation>Anzahl der Aufgaben</translation>
    </message>
</context>
<context>
    <name>buurtmunt::LanguageBar</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>buurtmunt::SyncStatusLabel</name>
    <message>
        <source>%1 at %2</source>
        <extracomment>%1 is a date such as 21-11-2026, %2 a time such as 10:15</extracomment>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>Offline — last updated at %1</source>
        <extracomment>%1 is a time such as 10:15</extracomment>
        <translation>Offline — zuletzt aktualisiert um %1</translation>
    </message>
    <message>
        <source>Offline — no tasks received yet</source>
        <translation>Offline — noch keine Aufgaben empfangen</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Aktualisiert um %1</translation>
    </message>
    <message>
        <source>Fetching tasks…</source>
        <translation>Aufgaben werden geholt…</translation>
    </message>
    <message>
        <source>Update status</source>
        <translation>Stand der Daten</translation>
    </message>
</context>
<context>
    <name>buurtmunt::TaskDetailsView</name>
    <message>
        <source>Tap a task to see everything about it.</source>
        <translation>Tippen Sie auf eine Aufgabe, um alles darüber zu lesen.</translation>
    </message>
    <message>
        <source>What you do</source>
        <translation>Was Sie tun</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Wie lange</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Toolbox</source>
        <translation>Werkzeugkiste</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Task details</source>
        <translation>Details der Aufgabe</translation>
    </message>
    <message>
        <source>No description given.</source>
        <translation>Keine Beschreibung.</translation>
    </message>
    <message>
        <source>Pick up the toolbox at the community centre before you start.</source>
        <translation>Holen Sie vor dem Start die Werkzeugkiste im Nachbarschaftszentrum ab.</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>So funktioniert es</translation>
    </message>
    <message>
        <source>1. Choose a task near you.
2. If it needs the toolbox, pick it up at the community centre.
3. Do the task within its time window.
4. The municipality checks the result; then the reward is yours to spend in local shops.</source>
        <translation>1. Wählen Sie eine Aufgabe in Ihrer Nähe.
2. Wird die Werkzeugkiste gebraucht, holen Sie sie im Nachbarschaftszentrum ab.
3. Erledigen Sie die Aufgabe im angegebenen Zeitraum.
4. Die Gemeinde prüft das Ergebnis; danach gehört die Belohnung Ihnen, zum Einkaufen in Geschäften vor Ort.</translation>
    </message>
</context>
<context>
    <name>buurtmunt::TaskFilterBar</name>
    <message>
        <source>Neighbourhood</source>
        <translation>Viertel</translation>
    </message>
    <message>
        <source>Kind of task</source>
        <translation>Art der Aufgabe</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Belohnung</translation>
    </message>
    <message>
        <source>All neighbourhoods</source>
        <translation>Alle Viertel</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Any reward</source>
        <translation>Jede Belohnung</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <extracomment>Minimum reward filter, %1 is an amount with the coin name: &quot;10 Heitjes or more&quot;</extracomment>
        <translation>%1 oder mehr</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>Filter by neighbourhood</source>
        <translation>Nach Viertel filtern</translation>
    </message>
    <message>
        <source>Filter by kind of task</source>
        <translation>Nach Art der Aufgabe filtern</translation>
    </message>
    <message>
        <source>Filter by minimum reward</source>
        <translation>Nach Mindestbelohnung filtern</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>Aufgaben suchen</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Alle Filter löschen</translation>
    </message>
    <message>
        <source>Task filters</source>
        <translation>Aufgabenfilter</translation>
    </message>
</context>
</TS>
