<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>CategoryNames</name>
    <message>
        <source>Painting</source>
        <translation>Schilderen</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>Schoonmaken</translation>
    </message>
    <message>
        <source>Greenery</source>
        <translation>Groen</translation>
    </message>
    <message>
        <source>Litter picking</source>
        <translation>Zwerfafval</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Sociaal</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>Repareren</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
</context>
<context>
    <name>TaskText</name>
    <message>
        <source>Time not known</source>
        <translation>Tijd onbekend</translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s)</source>
        <translation>
            <numerusform>Ongeveer %n minuut</numerusform>
            <numerusform>Ongeveer %n minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n hour(s)</source>
        <translation>
            <numerusform>Ongeveer %n uur</numerusform>
            <numerusform>Ongeveer %n uur</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1 h %2 min</source>
        <extracomment>%1 hours and %2 minutes, e.g. &quot;About 1 h 30 min&quot;</extracomment>
        <translation>Ongeveer %1 u %2 min</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Vol</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) left</source>
        <translation>
            <numerusform>Nog %n plaats vrij</numerusform>
            <numerusform>Nog %n plaatsen vrij</numerusform>
        </translation>
    </message>
    <message>
        <source>Toolbox needed</source>
        <translation>Klusbox nodig</translation>
    </message>
    <message>
        <source>No toolbox needed</source>
        <translation>Geen klusbox nodig</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Van %1 tot %2</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Tot %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Vanaf %1</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Altijd</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Date format for task windows (QDate format codes); German uses &quot;d. MMMM yyyy&quot;</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>buurtmunt::DeskStatusWindow</name>
    <message>
        <source>Shop counter</source>
        <translation>Winkelkassa</translation>
    </message>
    <message>
        <source>Staff desk</source>
        <translation>Medewerkersplek</translation>
    </message>
    <message>
        <source>Resident kiosk</source>
        <translation>Bewonerskiosk</translation>
    </message>
    <message>
        <source>Buurtmunt — %1</source>
        <translation>Buurtmunt — %1</translation>
    </message>
    <message>
        <source>This device is enrolled as: %1</source>
        <translation>Dit apparaat is aangemeld als: %1</translation>
    </message>
    <message>
        <source>Shop number: %1</source>
        <translation>Winkelnummer: %1</translation>
    </message>
    <message>
        <source>Device: %1 (number %2)</source>
        <translation>Apparaat: %1 (nummer %2)</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Municipality: %1</source>
        <translation>Gemeente: %1</translation>
    </message>
    <message>
        <source>Enrolment details</source>
        <translation>Aanmeldgegevens</translation>
    </message>
    <message>
        <source>Accepting vouchers at the counter is not available in this version of Buurtmunt yet. This device stays enrolled and keeps its connection with the server; a later version adds the counter&apos;s functions.</source>
        <translation>Tegoedbonnen aannemen aan de kassa kan in deze versie van Buurtmunt nog niet. Dit apparaat blijft aangemeld en houdt contact met de server; een volgende versie voegt de kassafuncties toe.</translation>
    </message>
    <message>
        <source>The staff desk&apos;s functions are not available in this version of Buurtmunt yet. This device stays enrolled and keeps its connection with the server; a later version adds them.</source>
        <translation>De functies voor medewerkers zijn in deze versie van Buurtmunt nog niet beschikbaar. Dit apparaat blijft aangemeld en houdt contact met de server; een volgende versie voegt ze toe.</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Beschikbaarheid</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Werkplek</translation>
    </message>
</context>
<context>
    <name>buurtmunt::DesktopLauncher</name>
    <message>
        <source>Buurtmunt cannot start</source>
        <translation>Buurtmunt kan niet starten</translation>
    </message>
    <message>
        <source>The keychain is not available</source>
        <translation>De sleutelbos is niet beschikbaar</translation>
    </message>
    <message>
        <source>The device secret is missing</source>
        <translation>Het apparaatgeheim ontbreekt</translation>
    </message>
    <message>
        <source>This device is enrolled, but its secret is not in the keychain of this user. Enrol the device again with a new code from staff.</source>
        <translation>Dit apparaat is aangemeld, maar het geheim staat niet in de sleutelbos van deze gebruiker. Meld het apparaat opnieuw aan met een nieuwe code van een medewerker.</translation>
    </message>
</context>
<context>
    <name>buurtmunt::EnrolmentFingerprintPage</name>
    <message>
        <source>Check the server&apos;s fingerprint</source>
        <translation>Controleer de vingerafdruk van de server</translation>
    </message>
    <message>
        <source>When it started, the server printed the SHA-256 fingerprint of its certificate. Compare it with the one below, pair by pair. If even one character differs, do not continue: you may be talking to another computer.</source>
        <translation>Bij het starten heeft de server de SHA-256-vingerafdruk van zijn certificaat getoond. Vergelijk die paar voor paar met de vingerafdruk hieronder. Wijkt ook maar één teken af, ga dan niet verder: dan praat u misschien met een andere computer.</translation>
    </message>
    <message>
        <source>Contacting %1…</source>
        <translation>Verbinding maken met %1…</translation>
    </message>
    <message>
        <source>Fingerprint of %1:</source>
        <translation>Vingerafdruk van %1:</translation>
    </message>
    <message>
        <source>Could not read the certificate of %1.</source>
        <translation>Het certificaat van %1 kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>Server certificate fingerprint</source>
        <translation>Vingerafdruk van het servercertificaat</translation>
    </message>
    <message>
        <source>The fingerprint matches the one the server printed</source>
        <translation>De vingerafdruk is gelijk aan die van de server</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Try contacting the server again</source>
        <translation>Opnieuw verbinding maken met de server</translation>
    </message>
</context>
<context>
    <name>buurtmunt::EnrolmentResultPage</name>
    <message>
        <source>The server did not accept the enrolment code: it is wrong, already used, or older than 24 hours. Ask staff for a new code and go back to enter it.</source>
        <translation>De server heeft de aanmeldcode niet geaccepteerd: de code is onjuist, al gebruikt of ouder dan 24 uur. Vraag een medewerker om een nieuwe code en ga terug om die in te voeren.</translation>
    </message>
    <message>
        <source>The server presented a different certificate from the fingerprint you confirmed, so nothing was sent. Check the server address and the fingerprint with staff.</source>
        <translation>De server liet een ander certificaat zien dan de vingerafdruk die u hebt bevestigd; er is niets verstuurd. Controleer het serveradres en de vingerafdruk samen met een medewerker.</translation>
    </message>
    <message>
        <source>The server could not be reached: %1 Check the network and the server address, then try again.</source>
        <translation>De server is niet bereikbaar: %1 Controleer het netwerk en het serveradres en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>%1 (error: %2)</source>
        <extracomment>%1 is a sentence, %2 a technical error code for support staff</extracomment>
        <translation>%1 (fout: %2)</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <source>resident kiosk</source>
        <translation>bewonerskiosk</translation>
    </message>
    <message>
        <source>shop counter</source>
        <translation>winkelkassa</translation>
    </message>
    <message>
        <source>staff desk</source>
        <translation>medewerkersplek</translation>
    </message>
    <message>
        <source>This device is now enrolled as %1 &quot;%2&quot; (device number %3) with %4. Press Finish to start.</source>
        <translation>Dit apparaat is nu aangemeld als %1 &quot;%2&quot; (apparaatnummer %3) bij %4. Kies Voltooien om te beginnen.</translation>
    </message>
    <message>
        <source>Enrolling</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Enrolling this device with the server…</source>
        <translation>Dit apparaat wordt bij de server aangemeld…</translation>
    </message>
    <message>
        <source>Enrolment failed</source>
        <translation>Aanmelden mislukt</translation>
    </message>
    <message>
        <source>This device is not enrolled. Nothing was saved.</source>
        <translation>Dit apparaat is niet aangemeld. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Enrolment result</source>
        <translation>Resultaat van de aanmelding</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
</context>
<context>
    <name>buurtmunt::EnrolmentServerPage</name>
    <message>
        <source>Enter the server address, for example https://buurtmunt.example.nl:8443.</source>
        <translation>Vul het serveradres in, bijvoorbeeld https://buurtmunt.example.nl:8443.</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; is not a valid web address.</source>
        <translation>Het serveradres &quot;%1&quot; is geen geldig webadres.</translation>
    </message>
    <message>
        <source>The server address must start with https://: devices only talk to the server over an encrypted connection.</source>
        <translation>Het serveradres moet beginnen met https://: apparaten praten alleen via een versleutelde verbinding met de server.</translation>
    </message>
    <message>
        <source>The server address must not contain &quot;?&quot; or &quot;#&quot;.</source>
        <translation>Het serveradres mag geen &quot;?&quot; of &quot;#&quot; bevatten.</translation>
    </message>
    <message>
        <source>Enter the enrolment code that staff gave you.</source>
        <translation>Vul de aanmeldcode in die u van een medewerker hebt gekregen.</translation>
    </message>
    <message>
        <source>The enrolment code &quot;%1&quot; does not look right: it is three groups of four letters and digits, like K7DM-4QXP-9TR2.</source>
        <translation>De aanmeldcode &quot;%1&quot; klopt niet: een code bestaat uit drie groepen van vier letters en cijfers, zoals K7DM-4QXP-9TR2.</translation>
    </message>
    <message>
        <source>Enter a name for this device, for example &quot;Kiosk Bibliotheek Centrum&quot;, so staff can recognise it.</source>
        <translation>Geef dit apparaat een naam, bijvoorbeeld &quot;Kiosk Bibliotheek Centrum&quot;, zodat medewerkers het herkennen.</translation>
    </message>
    <message>
        <source>The device name is too long: at most %1 characters.</source>
        <translation>De apparaatnaam is te lang: hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>Connect this device</source>
        <translation>Dit apparaat aanmelden</translation>
    </message>
    <message>
        <source>Staff create an enrolment code for this device in the staff desk or with &quot;buurtmunt-server enrolment-code&quot;. Enter it here with the server&apos;s address.</source>
        <translation>Een medewerker maakt een aanmeldcode voor dit apparaat op de medewerkersplek of met &quot;buurtmunt-server enrolment-code&quot;. Vul die hier in, samen met het adres van de server.</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>&amp;Serveradres</translation>
    </message>
    <message>
        <source>&amp;Enrolment code</source>
        <translation>&amp;Aanmeldcode</translation>
    </message>
    <message>
        <source>Device &amp;name</source>
        <translation>Apparaat&amp;naam</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Aanmeldcode</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Apparaatnaam</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
</context>
<context>
    <name>buurtmunt::EnrolmentWizard</name>
    <message>
        <source>Buurtmunt — enrol this device</source>
        <translation>Buurtmunt — dit apparaat aanmelden</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Volgende</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>V&amp;orige</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>Vol&amp;tooien</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Vorige stap</translation>
    </message>
    <message>
        <source>Finish and start</source>
        <translation>Voltooien en starten</translation>
    </message>
    <message>
        <source>Cancel enrolment</source>
        <translation>Aanmelden annuleren</translation>
    </message>
</context>
<context>
    <name>buurtmunt::KioskWindow</name>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n taak</numerusform>
            <numerusform>%n taken</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 tasks</source>
        <translation>%1 van %2 taken</translation>
    </message>
    <message>
        <source>coins</source>
        <translation>munten</translation>
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
        <translation>Gemeente %1</translation>
    </message>
    <message>
        <source>Earn %1 with tasks in your neighbourhood</source>
        <extracomment>%1 is the coin&apos;s plural name, e.g. &quot;Heitjes&quot;</extracomment>
        <translation>Verdien %1 met klussen in uw buurt</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Bijwerken</translation>
    </message>
    <message>
        <source>Fetch the latest tasks now</source>
        <translation>Nu de nieuwste taken ophalen</translation>
    </message>
    <message>
        <source>Task list</source>
        <translation>Takenlijst</translation>
    </message>
    <message>
        <source>Number of tasks</source>
        <translation>Aantal taken</translation>
    </message>
</context>
<context>
    <name>buurtmunt::LanguageBar</name>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
</context>
<context>
    <name>buurtmunt::SyncStatusLabel</name>
    <message>
        <source>%1 at %2</source>
        <extracomment>%1 is a date such as 21-11-2026, %2 a time such as 10:15</extracomment>
        <translation>%1 om %2</translation>
    </message>
    <message>
        <source>Offline — last updated at %1</source>
        <extracomment>%1 is a time such as 10:15</extracomment>
        <translation>Offline — laatst bijgewerkt om %1</translation>
    </message>
    <message>
        <source>Offline — no tasks received yet</source>
        <translation>Offline — nog geen taken ontvangen</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Bijgewerkt om %1</translation>
    </message>
    <message>
        <source>Fetching tasks…</source>
        <translation>Taken ophalen…</translation>
    </message>
    <message>
        <source>Update status</source>
        <translation>Status van de gegevens</translation>
    </message>
</context>
<context>
    <name>buurtmunt::TaskDetailsView</name>
    <message>
        <source>Tap a task to see everything about it.</source>
        <translation>Tik op een taak om alles erover te lezen.</translation>
    </message>
    <message>
        <source>What you do</source>
        <translation>Wat u doet</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Hoe lang</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <source>Toolbox</source>
        <translation>Klusbox</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Veiligheid</translation>
    </message>
    <message>
        <source>Task details</source>
        <translation>Details van de taak</translation>
    </message>
    <message>
        <source>No description given.</source>
        <translation>Geen beschrijving.</translation>
    </message>
    <message>
        <source>Pick up the toolbox at the community centre before you start.</source>
        <translation>Haal vóór u begint de klusbox op bij het buurthuis.</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>Zo werkt het</translation>
    </message>
    <message>
        <source>1. Choose a task near you.
2. If it needs the toolbox, pick it up at the community centre.
3. Do the task within its time window.
4. The municipality checks the result; then the reward is yours to spend in local shops.</source>
        <translation>1. Kies een klus bij u in de buurt.
2. Is er een klusbox nodig? Haal die op bij het buurthuis.
3. Doe de klus binnen de aangegeven periode.
4. De gemeente controleert het resultaat; daarna is de beloning van u, om te besteden bij winkels in de buurt.</translation>
    </message>
</context>
<context>
    <name>buurtmunt::TaskFilterBar</name>
    <message>
        <source>Neighbourhood</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Kind of task</source>
        <translation>Soort klus</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Beloning</translation>
    </message>
    <message>
        <source>All neighbourhoods</source>
        <translation>Alle wijken</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>Any reward</source>
        <translation>Elke beloning</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <extracomment>Minimum reward filter, %1 is an amount with the coin name: &quot;10 Heitjes or more&quot;</extracomment>
        <translation>%1 of meer</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alles tonen</translation>
    </message>
    <message>
        <source>Filter by neighbourhood</source>
        <translation>Filteren op wijk</translation>
    </message>
    <message>
        <source>Filter by kind of task</source>
        <translation>Filteren op soort klus</translation>
    </message>
    <message>
        <source>Filter by minimum reward</source>
        <translation>Filteren op minimale beloning</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>Taken zoeken</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Alle filters wissen</translation>
    </message>
    <message>
        <source>Task filters</source>
        <translation>Filters voor taken</translation>
    </message>
</context>
</TS>
