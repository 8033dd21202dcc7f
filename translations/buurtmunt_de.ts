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
    <name>DashboardReport</name>
    <message>
        <source>Buurtmunt</source>
        <translation>Buurtmunt</translation>
    </message>
    <message>
        <source>Municipality of %1 — Buurtmunt</source>
        <translation>Gemeinde %1 — Buurtmunt</translation>
    </message>
    <message>
        <source>Dashboard %1</source>
        <translation>Dashboard %1</translation>
    </message>
    <message>
        <source>No figures in this period.</source>
        <translation>Keine Zahlen in diesem Zeitraum.</translation>
    </message>
</context>
<context>
    <name>RedemptionText</name>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Accepted offline</source>
        <translation>Offline angenommen</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Accepted without the server: it will be sent when the connection is back.</source>
        <translation>Ohne Server angenommen: Der Verkauf wird gesendet, sobald die Verbindung wieder da ist.</translation>
    </message>
    <message>
        <source>Expired: it could be used until %1.</source>
        <translation>Abgelaufen: Der Gutschein war bis %1 gültig.</translation>
    </message>
    <message>
        <source>This voucher has expired.</source>
        <translation>Dieser Gutschein ist abgelaufen.</translation>
    </message>
    <message>
        <source>Cancelled by the resident: the coins went back to their account.</source>
        <translation>Von der Bewohnerin oder dem Bewohner storniert: Die Münzen sind zurück auf dem Konto.</translation>
    </message>
    <message>
        <source>No voucher has this code. Check the code on the slip and try again.</source>
        <translation>Kein Gutschein hat diesen Code. Prüfen Sie den Code auf dem Beleg und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This code needs a connection to the server. Scan the QR code instead, or try again when the connection is back.</source>
        <translation>Für diesen Code ist eine Verbindung zum Server nötig. Scannen Sie stattdessen den QR-Code oder versuchen Sie es erneut, wenn die Verbindung wieder da ist.</translation>
    </message>
    <message>
        <source>Above the offline limit of %1: without a connection only smaller vouchers can be accepted.</source>
        <translation>Über der Offline-Grenze von %1: Ohne Verbindung können nur kleinere Gutscheine angenommen werden.</translation>
    </message>
    <message numerus="yes">
        <source>Too many offline sales in a row (%n): wait until the connection is back.</source>
        <translation>
            <numerusform>Zu viele Offline-Verkäufe nacheinander (%n): Warten Sie, bis die Verbindung wieder da ist.</numerusform>
            <numerusform>Zu viele Offline-Verkäufe nacheinander (%n): Warten Sie, bis die Verbindung wieder da ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted offline, but the server refused it afterwards: the voucher had already been used.</source>
        <translation>Offline angenommen, aber danach vom Server abgelehnt: Der Gutschein war schon eingelöst.</translation>
    </message>
    <message>
        <source>Accepted offline, but the server refused it afterwards: the voucher was already used on %1 at %2.</source>
        <translation>Offline angenommen, aber danach vom Server abgelehnt: Der Gutschein wurde schon am %1 um %2 eingelöst.</translation>
    </message>
    <message>
        <source>Staff have been told.</source>
        <translation>Die Mitarbeitenden wurden informiert.</translation>
    </message>
    <message>
        <source>This counter could not record the sale, so nothing was accepted. Restart the counter; if it happens again, call the municipality.</source>
        <translation>Diese Kasse konnte den Verkauf nicht speichern, daher wurde nichts angenommen. Starten Sie die Kasse neu; wenn es wieder passiert, rufen Sie die Gemeinde an.</translation>
    </message>
    <message>
        <source>The server did not identify itself as the municipality&apos;s server. Nothing was accepted; call the municipality.</source>
        <translation>Der Server hat sich nicht als Server der Gemeinde ausgewiesen. Es wurde nichts angenommen; rufen Sie die Gemeinde an.</translation>
    </message>
    <message>
        <source>This counter is no longer enrolled. Ask the municipality to enrol it again.</source>
        <translation>Diese Kasse ist nicht mehr angemeldet. Bitten Sie die Gemeinde, sie erneut anzumelden.</translation>
    </message>
    <message>
        <source>This shop is not active in Buurtmunt at the moment. Call the municipality.</source>
        <translation>Dieses Geschäft ist zurzeit nicht bei Buurtmunt aktiv. Rufen Sie die Gemeinde an.</translation>
    </message>
    <message>
        <source>The voucher could not be checked (%1). Try again; if it keeps happening, call the municipality.</source>
        <translation>Der Gutschein konnte nicht geprüft werden (%1). Versuchen Sie es erneut; wenn es immer wieder passiert, rufen Sie die Gemeinde an.</translation>
    </message>
    <message>
        <source>Already used at this counter on %1 at %2.</source>
        <translation>Schon am %1 um %2 an dieser Kasse eingelöst.</translation>
    </message>
    <message>
        <source>Already used at this counter.</source>
        <translation>Schon an dieser Kasse eingelöst.</translation>
    </message>
    <message>
        <source>Already used.</source>
        <translation>Schon eingelöst.</translation>
    </message>
    <message>
        <source>Already used on %1 at %2.</source>
        <translation>Schon am %1 um %2 eingelöst.</translation>
    </message>
    <message>
        <source>Already used on %1 at %2, at this shop.</source>
        <translation>Schon am %1 um %2 in diesem Geschäft eingelöst.</translation>
    </message>
    <message>
        <source>Already used on %1 at %2, at another shop.</source>
        <translation>Schon am %1 um %2 in einem anderen Geschäft eingelöst.</translation>
    </message>
    <message>
        <source>Not a genuine voucher: the code is damaged or incomplete.</source>
        <translation>Kein echter Gutschein: Der Code ist beschädigt oder unvollständig.</translation>
    </message>
    <message>
        <source>Not a genuine voucher: it was not issued by this municipality.</source>
        <translation>Kein echter Gutschein: Er wurde nicht von dieser Gemeinde ausgegeben.</translation>
    </message>
    <message>
        <source>Not a genuine voucher: the code has been altered.</source>
        <translation>Kein echter Gutschein: Der Code wurde verändert.</translation>
    </message>
    <message>
        <source>Not a voucher code: a typed code has 10 characters, like 7KD4M-2QX9P.</source>
        <translation>Kein Gutscheincode: Ein eingegebener Code hat 10 Zeichen, zum Beispiel 7KD4M-2QX9P.</translation>
    </message>
    <message>
        <source>Not a voucher code: one of the characters is mistyped. Check the code on the slip.</source>
        <translation>Kein Gutscheincode: Ein Zeichen ist falsch eingegeben. Prüfen Sie den Code auf dem Beleg.</translation>
    </message>
    <message>
        <source>Not a voucher code: it contains a character voucher codes never use.</source>
        <translation>Kein Gutscheincode: Er enthält ein Zeichen, das in Gutscheincodes nie vorkommt.</translation>
    </message>
    <message>
        <source>Not a voucher code.</source>
        <translation>Kein Gutscheincode.</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Queued (offline)</source>
        <translation>Wartet (offline)</translation>
    </message>
</context>
<context>
    <name>ReportPrinter</name>
    <message>
        <source>%1 could not be printed.</source>
        <translation>%1 konnte nicht gedruckt werden.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>Das PDF konnte nicht in %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>SlipPrinter</name>
    <message>
        <source>The slip has no title, no lines and no code; there is nothing to print.</source>
        <translation>Der Beleg hat keinen Titel, keine Zeilen und keinen Code; es gibt nichts zu drucken.</translation>
    </message>
    <message>
        <source>The slip has no valid paper size.</source>
        <translation>Der Beleg hat kein gültiges Papierformat.</translation>
    </message>
    <message>
        <source>The QR code would be smaller than %1 mm on this paper size; shorten the text of the slip or use larger paper.</source>
        <translation>Der QR-Code wäre auf diesem Papierformat kleiner als %1 mm; kürzen Sie den Text des Belegs oder nehmen Sie größeres Papier.</translation>
    </message>
    <message>
        <source>The text in the QR code (%1 characters) is too long to print readably on this paper size.</source>
        <translation>Der Text im QR-Code (%1 Zeichen) ist zu lang, um ihn auf diesem Papierformat lesbar zu drucken.</translation>
    </message>
    <message>
        <source>The text of the slip does not fit on the paper; shorten it or use larger paper.</source>
        <translation>Der Text des Belegs passt nicht auf das Papier; kürzen Sie ihn oder nehmen Sie größeres Papier.</translation>
    </message>
    <message>
        <source>No file name was given for the slip&apos;s PDF.</source>
        <translation>Für das PDF des Belegs wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>Cannot write the slip to %1: that is a folder.</source>
        <translation>Der Beleg kann nicht in %1 gespeichert werden: Das ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot write the slip to %1: the folder %2 does not exist.</source>
        <translation>Der Beleg kann nicht in %1 gespeichert werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot write the slip to %1: %2.</source>
        <translation>Der Beleg kann nicht in %1 gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>Cannot start a PDF for the slip at %1.</source>
        <translation>Das PDF für den Beleg kann in %1 nicht angelegt werden.</translation>
    </message>
    <message>
        <source>No printer was chosen for the slip.</source>
        <translation>Für den Beleg wurde kein Drucker gewählt.</translation>
    </message>
    <message>
        <source>The printer %1 did not accept the slip. Check that it is switched on and has paper.</source>
        <translation>Der Drucker %1 hat den Beleg nicht angenommen. Prüfen Sie, ob er eingeschaltet ist und Papier hat.</translation>
    </message>
    <message>
        <source>The printer stopped while printing the slip.</source>
        <translation>Der Drucker hat beim Drucken des Belegs angehalten.</translation>
    </message>
</context>
<context>
    <name>StaffLook</name>
    <message>
        <source>The PIN must be 4 to 6 digits.</source>
        <translation>Die PIN muss 4 bis 6 Ziffern haben.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the PIN twice.</source>
        <translation>Die beiden PINs sind nicht gleich. Geben Sie die PIN zweimal ein.</translation>
    </message>
</context>
<context>
    <name>StatementDocument</name>
    <message>
        <source>1 %1 = %2</source>
        <translation>1 %1 = %2</translation>
    </message>
    <message>
        <source>Municipality of %1 — Buurtmunt</source>
        <translation>Gemeinde %1 — Buurtmunt</translation>
    </message>
    <message>
        <source>Statement for %1</source>
        <translation>Auszahlungsübersicht für %1</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Geschäft</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Paid to IBAN</source>
        <translation>Ausgezahlt an IBAN</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Gutschein</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>offline, %1</source>
        <translation>offline, %1</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n voucher(s)</source>
        <translation>
            <numerusform>Gesamt: %n Gutschein</numerusform>
            <numerusform>Gesamt: %n Gutscheine</numerusform>
        </translation>
    </message>
    <message>
        <source>Total in %1</source>
        <translation>Gesamt in %1</translation>
    </message>
    <message>
        <source>Paid in euros</source>
        <translation>Ausgezahlt in Euro</translation>
    </message>
    <message>
        <source>The municipality transfers this amount to the IBAN above by SEPA credit transfer. Questions: contact the municipality and quote %1, settlement %2.</source>
        <translation>Die Gemeinde überweist diesen Betrag per SEPA-Überweisung auf die oben genannte IBAN. Bei Fragen wenden Sie sich an die Gemeinde und nennen Sie %1, Abrechnung %2.</translation>
    </message>
    <message>
        <source>Statement %1 %2</source>
        <translation>Auszahlungsübersicht %1 %2</translation>
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
    <name>VoucherSlip</name>
    <message numerus="yes">
        <source>%n shop(s)</source>
        <translation>
            <numerusform>%n Geschäft</numerusform>
            <numerusform>%n Geschäften</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <extracomment>%1 is a list of shop names, %n how many more shops take the voucher</extracomment>
        <translation>
            <numerusform>%1 und %n weiteren</numerusform>
            <numerusform>%1 und %n weiteren</numerusform>
        </translation>
    </message>
    <message>
        <source>coin</source>
        <translation>Münze</translation>
    </message>
    <message>
        <source>%1 voucher</source>
        <extracomment>%1 is the municipality, %2 the coin&apos;s name, e.g. &quot;Heerlen&quot;, &quot;Heitje&quot;</extracomment>
        <translation>%1-Gutschein</translation>
    </message>
    <message>
        <source>Municipality of %1 — %2 voucher</source>
        <translation>Gemeinde %1 — %2-Gutschein</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Spend it at</source>
        <translation>Einlösbar bei</translation>
    </message>
    <message>
        <source>the shops taking part (ask at the kiosk)</source>
        <translation>den teilnehmenden Geschäften (fragen Sie am Kiosk)</translation>
    </message>
    <message>
        <source>Single use. Keep it safe like cash.</source>
        <translation>Nur einmal gültig. Bewahren Sie ihn sicher auf wie Bargeld.</translation>
    </message>
</context>
<context>
    <name>buurtmunt::AuditLogView</name>
    <message>
        <source>&amp;Between</source>
        <translation>&amp;Zwischen</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>Kette &amp;prüfen</translation>
    </message>
    <message>
        <source>Search the audit log</source>
        <translation>Prüfprotokoll durchsuchen</translation>
    </message>
    <message>
        <source>Actor, object, request id or details</source>
        <translation>Handelnde Person, Objekt, Anfrage-ID oder Details</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>any action</source>
        <translation>alle Aktionen</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>Von Tag</translation>
    </message>
    <message>
        <source>To day</source>
        <translation>Bis Tag</translation>
    </message>
    <message>
        <source>Audit log entries, newest first</source>
        <translation>Einträge im Prüfprotokoll, neueste zuerst</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>The first day must not come after the last day.</source>
        <translation>Der erste Tag darf nicht nach dem letzten Tag liegen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>The audit log could not be searched: %1</source>
        <translation>Das Prüfprotokoll konnte nicht durchsucht werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown; older ones follow.</source>
        <translation>
            <numerusform>%n Eintrag angezeigt; ältere folgen.</numerusform>
            <numerusform>%n Einträge angezeigt; ältere folgen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No entry matches.</source>
        <translation>Kein Eintrag passt.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown; that is all that match.</source>
        <translation>
            <numerusform>%n Eintrag angezeigt; mehr passende gibt es nicht.</numerusform>
            <numerusform>%n Einträge angezeigt; mehr passende gibt es nicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking every entry of the log…</source>
        <translation>Jeder Eintrag des Protokolls wird geprüft…</translation>
    </message>
    <message>
        <source>The log could not be checked: %1</source>
        <translation>Das Protokoll konnte nicht geprüft werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>The log is intact: %n entry(ies), each linked to the one before.</source>
        <translation>
            <numerusform>Das Protokoll ist unverändert: %n Eintrag, mit dem vorherigen verknüpft.</numerusform>
            <numerusform>Das Protokoll ist unverändert: %n Einträge, jeder mit dem vorherigen verknüpft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry #%1 has been changed or removed: %2</source>
        <translation>Eintrag Nr. %1 wurde geändert oder entfernt: %2</translation>
    </message>
    <message>
        <source>(It is not among the entries shown; load more or widen the search to see it.)</source>
        <translation>(Er ist nicht unter den angezeigten Einträgen; laden Sie mehr oder erweitern Sie die Suche, um ihn zu sehen.)</translation>
    </message>
</context>
<context>
    <name>buurtmunt::CameraView</name>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Hold the QR code in front of the camera.</source>
        <translation>Halten Sie den QR-Code vor die Kamera.</translation>
    </message>
    <message>
        <source>The camera is off.</source>
        <translation>Die Kamera ist aus.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Die Kamera startet…</translation>
    </message>
    <message>
        <source>No camera found. Type the number instead.</source>
        <translation>Keine Kamera gefunden. Geben Sie stattdessen die Nummer ein.</translation>
    </message>
    <message>
        <source>The camera is not working. Type the number instead.</source>
        <translation>Die Kamera funktioniert nicht. Geben Sie stattdessen die Nummer ein.</translation>
    </message>
    <message>
        <source>Camera status</source>
        <translation>Kamerastatus</translation>
    </message>
</context>
<context>
    <name>buurtmunt::CapMeter</name>
    <message>
        <source>This year you have earned %1 of your %2 limit.</source>
        <extracomment>%1 earned this year, %2 the yearly limit</extracomment>
        <translation>Dieses Jahr haben Sie %1 von Ihrer Grenze von %2 verdient.</translation>
    </message>
    <message>
        <source>%1 is waiting for approval.</source>
        <translation>%1 wartet noch auf Freigabe.</translation>
    </message>
    <message>
        <source>You can still earn %1 this year.</source>
        <translation>Dieses Jahr können Sie noch %1 verdienen.</translation>
    </message>
    <message>
        <source>Earnings against the yearly limit</source>
        <translation>Verdienst im Vergleich zur Jahresgrenze</translation>
    </message>
</context>
<context>
    <name>buurtmunt::ClaimConfirmPage</name>
    <message>
        <source>This task would take you over your limit for volunteer rewards, which protects your benefits.</source>
        <translation>Mit dieser Aufgabe kämen Sie über Ihre Grenze für Belohnungen im Ehrenamt. Diese Grenze schützt Ihre Sozialleistungen.</translation>
    </message>
    <message>
        <source>This month you can still earn %1; this task pays %2.</source>
        <translation>Diesen Monat können Sie noch %1 verdienen; diese Aufgabe bringt %2.</translation>
    </message>
    <message>
        <source>This year you can still earn %1; this task pays %2.</source>
        <translation>Dieses Jahr können Sie noch %1 verdienen; diese Aufgabe bringt %2.</translation>
    </message>
    <message>
        <source>Choose a task with a smaller reward, or ask staff at the desk.</source>
        <translation>Wählen Sie eine Aufgabe mit kleinerer Belohnung oder fragen Sie die Mitarbeitenden am Schalter.</translation>
    </message>
    <message>
        <source>Someone else just took the last place for this task. Please choose another one.</source>
        <translation>Jemand anderes hat gerade den letzten Platz für diese Aufgabe genommen. Bitte wählen Sie eine andere.</translation>
    </message>
    <message numerus="yes">
        <source>You already have %n task(s) to do. Finish or give back one first.</source>
        <translation>
            <numerusform>Sie haben schon %n Aufgabe zu erledigen. Erledigen Sie diese erst oder geben Sie sie zurück.</numerusform>
            <numerusform>Sie haben schon %n Aufgaben zu erledigen. Erledigen Sie erst eine oder geben Sie eine zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have already claimed this task. You find it under My tasks.</source>
        <translation>Sie haben diese Aufgabe schon übernommen. Sie finden sie unter Meine Aufgaben.</translation>
    </message>
    <message>
        <source>This task is no longer offered.</source>
        <translation>Diese Aufgabe wird nicht mehr angeboten.</translation>
    </message>
    <message>
        <source>The kiosk cannot reach the municipality&apos;s server right now. Tap the button again in a moment.</source>
        <translation>Der Kiosk erreicht gerade den Server der Gemeinde nicht. Tippen Sie gleich noch einmal auf die Schaltfläche.</translation>
    </message>
    <message>
        <source>The task could not be claimed: %1</source>
        <translation>Die Aufgabe konnte nicht übernommen werden: %1</translation>
    </message>
    <message>
        <source>Do you want to do this task?</source>
        <translation>Möchten Sie diese Aufgabe machen?</translation>
    </message>
    <message>
        <source>Reward: %1</source>
        <translation>Belohnung: %1</translation>
    </message>
    <message>
        <source>So far this year: %1 (including tasks waiting for approval). Your yearly limit is %2.</source>
        <translation>Bisher in diesem Jahr: %1 (mit Aufgaben, die auf Freigabe warten). Ihre Jahresgrenze ist %2.</translation>
    </message>
    <message>
        <source>After this task you have earned %1 of your %2 limit; %3 is left.</source>
        <extracomment>%1 earnings after this task, %2 the yearly limit, %3 what is left</extracomment>
        <translation>Nach dieser Aufgabe haben Sie %1 von Ihrer Grenze von %2 verdient; es bleiben %3.</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>Einen Moment…</translation>
    </message>
    <message>
        <source>Yes, claim this task</source>
        <translation>Ja, Aufgabe übernehmen</translation>
    </message>
    <message>
        <source>Claim this task</source>
        <translation>Diese Aufgabe übernehmen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the task list without claiming</source>
        <translation>Zurück zur Aufgabenliste, ohne zu übernehmen</translation>
    </message>
</context>
<context>
    <name>buurtmunt::ClaimedPage</name>
    <message>
        <source>Claim slip: %1</source>
        <translation>Aufgabenbeleg: %1</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Belohnung</translation>
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
        <source>Done and reported by</source>
        <translation>Erledigt und gemeldet bis</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Show this code at the community centre to pick up the toolbox.</source>
        <translation>Zeigen Sie diesen Code im Nachbarschaftszentrum, um die Werkzeugkiste abzuholen.</translation>
    </message>
    <message>
        <source>Mark the task as done at a kiosk when you have finished.</source>
        <translation>Melden Sie die Aufgabe an einem Kiosk als erledigt, wenn Sie fertig sind.</translation>
    </message>
    <message>
        <source>The claim slip is printing. Take it with you.</source>
        <translation>Der Aufgabenbeleg wird gedruckt. Nehmen Sie ihn mit.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>There is no printer here; the slip was saved for staff to print.</source>
        <translation>Hier gibt es keinen Drucker; der Beleg wurde gespeichert, damit Mitarbeitende ihn drucken.</translation>
    </message>
    <message>
        <source>This kiosk has no printer.</source>
        <translation>Dieser Kiosk hat keinen Drucker.</translation>
    </message>
    <message>
        <source>The slip could not be printed: %1 Write down the code above.</source>
        <translation>Der Beleg konnte nicht gedruckt werden: %1 Schreiben Sie den Code oben auf.</translation>
    </message>
    <message>
        <source>The task is yours!</source>
        <translation>Die Aufgabe gehört Ihnen!</translation>
    </message>
    <message>
        <source>Do the task within its time window, then tap &quot;I have done this&quot; under My tasks.</source>
        <translation>Erledigen Sie die Aufgabe im angegebenen Zeitraum. Tippen Sie dann unter Meine Aufgaben auf „Ich habe das erledigt“.</translation>
    </message>
    <message>
        <source>Pick up the toolbox at the community centre with the code below, do the task within its time window, then tap &quot;I have done this&quot; under My tasks.</source>
        <translation>Holen Sie mit dem Code unten die Werkzeugkiste im Nachbarschaftszentrum ab und erledigen Sie die Aufgabe im angegebenen Zeitraum. Tippen Sie dann unter Meine Aufgaben auf „Ich habe das erledigt“.</translation>
    </message>
    <message>
        <source>Report it done by %1.</source>
        <translation>Melden Sie sie bis %1 als erledigt.</translation>
    </message>
    <message>
        <source>Toolbox pickup code:</source>
        <translation>Abholcode für die Werkzeugkiste:</translation>
    </message>
    <message>
        <source>Print claim slip</source>
        <translation>Aufgabenbeleg drucken</translation>
    </message>
    <message>
        <source>Print the claim slip with the toolbox code</source>
        <translation>Den Aufgabenbeleg mit dem Code für die Werkzeugkiste drucken</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Meine Aufgaben</translation>
    </message>
    <message>
        <source>Show my tasks</source>
        <translation>Meine Aufgaben zeigen</translation>
    </message>
    <message>
        <source>Back to all tasks</source>
        <translation>Zurück zu allen Aufgaben</translation>
    </message>
    <message>
        <source>Back to the task list</source>
        <translation>Zurück zur Aufgabenliste</translation>
    </message>
    <message>
        <source>Toolbox pickup code</source>
        <translation>Abholcode für die Werkzeugkiste</translation>
    </message>
</context>
<context>
    <name>buurtmunt::CounterWindow</name>
    <message>
        <source>The counter could not read the shop&apos;s details: %1</source>
        <translation>Die Kasse konnte die Daten des Geschäfts nicht lesen: %1</translation>
    </message>
    <message>
        <source>coin</source>
        <translation>Münze</translation>
    </message>
    <message>
        <source>coins</source>
        <translation>Münzen</translation>
    </message>
    <message>
        <source>Shop counter</source>
        <translation>Ladenkasse</translation>
    </message>
    <message>
        <source>Balance: not known yet</source>
        <translation>Guthaben: noch unbekannt</translation>
    </message>
    <message>
        <source>Today: not known yet</source>
        <translation>Heute: noch unbekannt</translation>
    </message>
    <message>
        <source>Waiting for payout: not known yet</source>
        <translation>Wartet auf Auszahlung: noch unbekannt</translation>
    </message>
    <message>
        <source>Balance: %1 (as of %2)</source>
        <translation>Guthaben: %1 (Stand: %2)</translation>
    </message>
    <message numerus="yes">
        <source>Confirmed today: %n voucher(s), %1</source>
        <translation>
            <numerusform>Heute bestätigt: %n Gutschein, %1</numerusform>
            <numerusform>Heute bestätigt: %n Gutscheine, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for payout: %1. The municipality pays the shop&apos;s balance out in euros; paid amounts are listed below.</source>
        <translation>Wartet auf Auszahlung: %1. Die Gemeinde zahlt das Guthaben des Geschäfts in Euro aus; ausgezahlte Beträge stehen unten.</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <source>%n offline sale(s) waiting to be sent</source>
        <translation>
            <numerusform>%n Offline-Verkauf wartet auf das Senden</numerusform>
            <numerusform>%n Offline-Verkäufe warten auf das Senden</numerusform>
        </translation>
    </message>
    <message>
        <source>Vouchers can only be taken with a connection</source>
        <translation>Gutscheine können nur mit Verbindung angenommen werden</translation>
    </message>
    <message>
        <source>No offline sales waiting</source>
        <translation>Keine Offline-Verkäufe warten</translation>
    </message>
    <message>
        <source>Buurtmunt — shop counter</source>
        <translation>Buurtmunt — Ladenkasse</translation>
    </message>
    <message>
        <source>Or type the code under the QR code:</source>
        <translation>Oder geben Sie den Code unter dem QR-Code ein:</translation>
    </message>
    <message>
        <source>e.g. 7KD4M-2QX9P</source>
        <translation>z. B. 7KD4M-2QX9P</translation>
    </message>
    <message>
        <source>Voucher code</source>
        <translation>Gutscheincode</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Check the typed voucher code</source>
        <translation>Den eingegebenen Gutscheincode prüfen</translation>
    </message>
    <message>
        <source>No camera found — use the scanner or type the code</source>
        <translation>Keine Kamera gefunden — nutzen Sie den Scanner oder geben Sie den Code ein</translation>
    </message>
    <message>
        <source>Camera picture for scanning vouchers</source>
        <translation>Kamerabild zum Scannen von Gutscheinen</translation>
    </message>
    <message>
        <source>The answer to the last scanned voucher</source>
        <translation>Das Ergebnis für den zuletzt gescannten Gutschein</translation>
    </message>
    <message>
        <source>Today&apos;s vouchers</source>
        <translation>Gutscheine von heute</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Auszahlungen</translation>
    </message>
    <message>
        <source>Vouchers taken today</source>
        <translation>Heute angenommene Gutscheine</translation>
    </message>
    <message>
        <source>Payouts to the shop</source>
        <translation>Auszahlungen an das Geschäft</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Gutschein</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Münzen</translation>
    </message>
    <message>
        <source>Euros</source>
        <translation>Euro</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>buurtmunt::DashboardView</name>
    <message>
        <source>Export dashboard as CSV</source>
        <translation>Dashboard als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Per &amp;neighbourhood</source>
        <translation>Pro V&amp;iertel</translation>
    </message>
    <message>
        <source>Coins minted and spent per month</source>
        <translation>Vergebene und ausgegebene Münzen pro Monat</translation>
    </message>
    <message>
        <source>Tasks done and active residents per month</source>
        <translation>Erledigte Aufgaben und aktive Bewohner pro Monat</translation>
    </message>
    <message>
        <source>Figures per month</source>
        <translation>Zahlen pro Monat</translation>
    </message>
    <message>
        <source>Turnover per shop</source>
        <translation>Umsatz pro Geschäft</translation>
    </message>
    <message>
        <source>From month</source>
        <translation>Von Monat</translation>
    </message>
    <message>
        <source>To month</source>
        <translation>Bis Monat</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Pro Monat</translation>
    </message>
    <message>
        <source>The first month must not come after the last month.</source>
        <translation>Der erste Monat darf nicht nach dem letzten Monat liegen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>The dashboard could not be loaded: %1</source>
        <translation>Das Dashboard konnte nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 minted, %2 spent over %n month(s).</source>
        <translation>
            <numerusform>%1 vergeben, %2 ausgegeben in %n Monat.</numerusform>
            <numerusform>%1 vergeben, %2 ausgegeben in %n Monaten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Coins minted and spent (%1)</source>
        <translation>Vergebene und ausgegebene Münzen (%1)</translation>
    </message>
    <message>
        <source>no neighbourhood</source>
        <translation>kein Viertel</translation>
    </message>
    <message>
        <source>%1 minted</source>
        <translation>%1 vergeben</translation>
    </message>
    <message>
        <source>%1 spent</source>
        <translation>%1 ausgegeben</translation>
    </message>
    <message>
        <source>Minted</source>
        <translation>Vergeben</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <source>Tasks done and active residents</source>
        <translation>Erledigte Aufgaben und aktive Bewohner</translation>
    </message>
    <message>
        <source>Tasks done</source>
        <translation>Erledigte Aufgaben</translation>
    </message>
    <message>
        <source>Active residents</source>
        <translation>Aktive Bewohner</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Es wurde nichts exportiert: %1</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportiert nach %1.</translation>
    </message>
    <message>
        <source>Export dashboard as PDF</source>
        <translation>Dashboard als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
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
    <name>buurtmunt::DevicesView</name>
    <message>
        <source>&amp;New enrolment code…</source>
        <translation>Neuer &amp;Anmeldecode…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Sperren…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Enrolled devices</source>
        <translation>Angemeldete Geräte</translation>
    </message>
    <message>
        <source>This is the desk you are working at; revoke it from another desk.</source>
        <translation>An diesem Mitarbeiterplatz arbeiten Sie gerade; sperren Sie ihn von einem anderen Mitarbeiterplatz aus.</translation>
    </message>
    <message>
        <source>The devices could not be loaded: %1</source>
        <translation>Die Geräte konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) active</source>
        <translation>
            <numerusform>%n Gerät aktiv</numerusform>
            <numerusform>%n Geräte aktiv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revoked</source>
        <translation>
            <numerusform>%n gesperrt</numerusform>
            <numerusform>%n gesperrt</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation>Gerät sperren</translation>
    </message>
    <message>
        <source>Revoke “%1” (%2)?</source>
        <translation>„%1“ (%2) sperren?</translation>
    </message>
    <message>
        <source>The device stops working at once: its next call to the server is refused, and whoever is logged in on it is logged out. It can only be used again after it is enrolled with a new code.</source>
        <translation>Das Gerät funktioniert sofort nicht mehr: Seine nächste Anfrage an den Server wird abgelehnt, und wer daran angemeldet ist, wird abgemeldet. Es kann erst wieder benutzt werden, nachdem es mit einem neuen Code angemeldet wurde.</translation>
    </message>
    <message>
        <source>Revoke now</source>
        <translation>Jetzt sperren</translation>
    </message>
    <message>
        <source>The device was not revoked: %1</source>
        <translation>Das Gerät wurde nicht gesperrt: %1</translation>
    </message>
    <message>
        <source>“%1” is revoked: it can no longer reach the server.</source>
        <translation>„%1“ ist gesperrt: Es kann den Server nicht mehr erreichen.</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>Gerät %1</translation>
    </message>
</context>
<context>
    <name>buurtmunt::EnrolmentCodeDialog</name>
    <message>
        <source>&amp;Create code</source>
        <translation>Code &amp;erstellen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>New enrolment code</source>
        <translation>Neuer Anmeldecode</translation>
    </message>
    <message>
        <source>Kind of device</source>
        <translation>Geräteart</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Geschäft</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Viertel</translation>
    </message>
    <message>
        <source>where a kiosk stands, e.g. Heerlerheide</source>
        <translation>wo ein Kiosk steht, z. B. Heerlerheide</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Gerätename</translation>
    </message>
    <message>
        <source>e.g. Kiosk library entrance</source>
        <translation>z. B. Kiosk Eingang Bibliothek</translation>
    </message>
    <message>
        <source>&amp;Kind of device:</source>
        <translation>Geräte&amp;art:</translation>
    </message>
    <message>
        <source>&amp;Shop:</source>
        <translation>&amp;Geschäft:</translation>
    </message>
    <message>
        <source>&amp;Neighbourhood:</source>
        <translation>&amp;Viertel:</translation>
    </message>
    <message>
        <source>Device &amp;name:</source>
        <translation>Geräte&amp;name:</translation>
    </message>
    <message>
        <source>Enrolment code as a QR code</source>
        <translation>Anmeldecode als QR-Code</translation>
    </message>
    <message>
        <source>Loading shops…</source>
        <translation>Geschäfte werden geladen…</translation>
    </message>
    <message>
        <source>The shops could not be loaded: %1</source>
        <translation>Die Geschäfte konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No active shop: register one first</source>
        <translation>Kein aktives Geschäft: Registrieren Sie zuerst eines</translation>
    </message>
    <message>
        <source>A shop counter needs an active shop. Register the shop first.</source>
        <translation>Eine Ladenkasse braucht ein aktives Geschäft. Registrieren Sie zuerst das Geschäft.</translation>
    </message>
    <message>
        <source>No code was made: %1</source>
        <translation>Es wurde kein Code erstellt: %1</translation>
    </message>
    <message>
        <source>Enrolment code %1</source>
        <translation>Anmeldecode %1</translation>
    </message>
    <message>
        <source>The QR code could not be drawn (%1); type the code instead.</source>
        <translation>Der QR-Code konnte nicht erzeugt werden (%1); geben Sie den Code stattdessen ein.</translation>
    </message>
    <message numerus="yes">
        <source>Enter or scan this code in the new device&apos;s set-up. It works once and expires at %1 (in about %n hour(s)).</source>
        <translation>
            <numerusform>Geben Sie diesen Code bei der Einrichtung des neuen Geräts ein oder scannen Sie ihn. Er gilt einmal und läuft um %1 ab (in etwa %n Stunde).</numerusform>
            <numerusform>Geben Sie diesen Code bei der Einrichtung des neuen Geräts ein oder scannen Sie ihn. Er gilt einmal und läuft um %1 ab (in etwa %n Stunden).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enter or scan this code in the new device&apos;s set-up. It works once and expires at %1 (in about %n minute(s)).</source>
        <translation>
            <numerusform>Geben Sie diesen Code bei der Einrichtung des neuen Geräts ein oder scannen Sie ihn. Er gilt einmal und läuft um %1 ab (in etwa %n Minute).</numerusform>
            <numerusform>Geben Sie diesen Code bei der Einrichtung des neuen Geräts ein oder scannen Sie ihn. Er gilt einmal und läuft um %1 ab (in etwa %n Minuten).</numerusform>
        </translation>
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
    <name>buurtmunt::IdleWarningOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Sind Sie noch da?</translation>
    </message>
    <message numerus="yes">
        <source>You will be logged out in %n second(s).</source>
        <translation>
            <numerusform>Sie werden in %n Sekunde abgemeldet.</numerusform>
            <numerusform>Sie werden in %n Sekunden abgemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>Ich bin noch da</translation>
    </message>
    <message>
        <source>I am still here: stay logged in</source>
        <translation>Ich bin noch da: angemeldet bleiben</translation>
    </message>
    <message>
        <source>Logout warning</source>
        <translation>Warnung vor Abmeldung</translation>
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
    <message>
        <source>Hello, %1</source>
        <translation>Hallo, %1</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Guthaben: %1</translation>
    </message>
    <message>
        <source>Balance: loading…</source>
        <translation>Guthaben: wird geladen…</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Log in with your pass and PIN</source>
        <translation>Mit Ausweis und PIN anmelden</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Meine Aufgaben</translation>
    </message>
    <message>
        <source>My tasks, balance and history</source>
        <translation>Meine Aufgaben, Guthaben und Verlauf</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Ausgeben</translation>
    </message>
    <message>
        <source>Spend %1: make a voucher for a shop</source>
        <extracomment>%1 is the coin&apos;s plural name, e.g. &quot;Heitjes&quot;</extracomment>
        <translation>%1 ausgeben: einen Gutschein für ein Geschäft erstellen</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Vorlesen beenden</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation>Vorlesen beenden</translation>
    </message>
    <message>
        <source>Read this page aloud</source>
        <translation>Diese Seite vorlesen</translation>
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
    <name>buurtmunt::LoginPage</name>
    <message>
        <source>This code is not a Buurtmunt pass. Hold your pass card to the camera, or type the number.</source>
        <translation>Dieser Code ist kein Buurtmunt-Ausweis. Halten Sie Ihre Ausweiskarte vor die Kamera oder geben Sie die Nummer ein.</translation>
    </message>
    <message>
        <source>Type the number printed under the code on your pass card.</source>
        <translation>Geben Sie die Nummer ein, die unter dem Code auf Ihrer Ausweiskarte steht.</translation>
    </message>
    <message>
        <source>The pass number has %1 characters; you typed %2. Please check it.</source>
        <translation>Die Ausweisnummer hat %1 Zeichen; Sie haben %2 eingegeben. Bitte prüfen Sie sie.</translation>
    </message>
    <message>
        <source>The pass number only has digits and capital letters. Please check what you typed.</source>
        <translation>Die Ausweisnummer hat nur Ziffern und Großbuchstaben. Bitte prüfen Sie Ihre Eingabe.</translation>
    </message>
    <message>
        <source>There is a typing mistake in the pass number. Please check it character by character.</source>
        <translation>In der Ausweisnummer ist ein Tippfehler. Bitte prüfen Sie sie Zeichen für Zeichen.</translation>
    </message>
    <message>
        <source>Log in with your pass</source>
        <translation>Mit Ihrem Ausweis anmelden</translation>
    </message>
    <message>
        <source>Hold the code on your pass card in front of the camera.</source>
        <translation>Halten Sie den Code auf Ihrer Ausweiskarte vor die Kamera.</translation>
    </message>
    <message>
        <source>This kiosk has no camera. Please type the number on your pass card.</source>
        <translation>Dieser Kiosk hat keine Kamera. Bitte geben Sie die Nummer auf Ihrer Ausweiskarte ein.</translation>
    </message>
    <message>
        <source>Or type the number printed on your pass card:</source>
        <translation>Oder geben Sie die Nummer auf Ihrer Ausweiskarte ein:</translation>
    </message>
    <message>
        <source>e.g. 7KD 4M2 QX9 ...</source>
        <translation>z. B. 7KD 4M2 QX9 ...</translation>
    </message>
    <message>
        <source>Pass number</source>
        <translation>Ausweisnummer</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Continue to the PIN</source>
        <translation>Weiter zur PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel logging in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>Camera picture for scanning the pass card</source>
        <translation>Kamerabild zum Scannen der Ausweiskarte</translation>
    </message>
    <message>
        <source>Problem with the pass number</source>
        <translation>Problem mit der Ausweisnummer</translation>
    </message>
</context>
<context>
    <name>buurtmunt::MyTasksPage</name>
    <message>
        <source>To do: report it done by %1</source>
        <translation>Zu tun: bis %1 als erledigt melden</translation>
    </message>
    <message>
        <source>Done, waiting for the municipality&apos;s check</source>
        <translation>Erledigt, wartet auf Prüfung durch die Gemeinde</translation>
    </message>
    <message>
        <source>Approved: the reward is in your balance</source>
        <translation>Freigegeben: Die Belohnung ist in Ihrem Guthaben</translation>
    </message>
    <message>
        <source>Not approved: %1</source>
        <translation>Nicht freigegeben: %1</translation>
    </message>
    <message>
        <source>Expired: not reported done in time</source>
        <translation>Abgelaufen: nicht rechtzeitig als erledigt gemeldet</translation>
    </message>
    <message>
        <source>Given back</source>
        <translation>Zurückgegeben</translation>
    </message>
    <message>
        <source>Toolbox code: %1</source>
        <translation>Code für die Werkzeugkiste: %1</translation>
    </message>
    <message>
        <source>Your note: %1</source>
        <translation>Ihre Notiz: %1</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Belohnung</translation>
    </message>
    <message>
        <source>Voucher made</source>
        <translation>Gutschein erstellt</translation>
    </message>
    <message>
        <source>Voucher cancelled or expired: coins back</source>
        <translation>Gutschein storniert oder abgelaufen: Münzen zurück</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Thank you! The municipality will check the task; then the reward is added to your balance.</source>
        <translation>Vielen Dank! Die Gemeinde prüft die Aufgabe; danach kommt die Belohnung auf Ihr Guthaben.</translation>
    </message>
    <message>
        <source>You gave the task back. Someone else can do it now.</source>
        <translation>Sie haben die Aufgabe zurückgegeben. Jetzt kann jemand anderes sie machen.</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>Das hat nicht geklappt: %1</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Guthaben: %1</translation>
    </message>
    <message>
        <source>as of %1</source>
        <extracomment>the time the balance was fetched from the server</extracomment>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>Balance: loading…</source>
        <translation>Guthaben: wird geladen…</translation>
    </message>
    <message>
        <source>My tasks and coins</source>
        <translation>Meine Aufgaben und Münzen</translation>
    </message>
    <message>
        <source>Back to all tasks</source>
        <translation>Zurück zu allen Aufgaben</translation>
    </message>
    <message>
        <source>Back to the task list</source>
        <translation>Zurück zur Aufgabenliste</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Meine Aufgaben</translation>
    </message>
    <message>
        <source>My claimed tasks</source>
        <translation>Meine übernommenen Aufgaben</translation>
    </message>
    <message>
        <source>You have no tasks yet. Choose one in the task list.</source>
        <translation>Sie haben noch keine Aufgaben. Wählen Sie eine in der Aufgabenliste.</translation>
    </message>
    <message>
        <source>I have done this</source>
        <translation>Ich habe das erledigt</translation>
    </message>
    <message>
        <source>Report the selected task as done</source>
        <translation>Die gewählte Aufgabe als erledigt melden</translation>
    </message>
    <message>
        <source>Give back</source>
        <translation>Zurückgeben</translation>
    </message>
    <message>
        <source>Give the selected task back</source>
        <translation>Die gewählte Aufgabe zurückgeben</translation>
    </message>
    <message>
        <source>Anything the municipality should know? (You may leave this empty.)</source>
        <translation>Soll die Gemeinde etwas wissen? (Sie können das Feld leer lassen.)</translation>
    </message>
    <message>
        <source>Note about the task</source>
        <translation>Notiz zur Aufgabe</translation>
    </message>
    <message>
        <source>All done.</source>
        <translation>Alles erledigt.</translation>
    </message>
    <message>
        <source>Done; the toolbox is back.</source>
        <translation>Erledigt; die Werkzeugkiste ist zurück.</translation>
    </message>
    <message>
        <source>Done, but something is broken.</source>
        <translation>Erledigt, aber etwas ist kaputt.</translation>
    </message>
    <message>
        <source>Partly done; please have a look.</source>
        <translation>Teilweise erledigt; bitte schauen Sie es sich an.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Report the task as done with this note</source>
        <translation>Die Aufgabe mit dieser Notiz als erledigt melden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Do not report the task yet</source>
        <translation>Die Aufgabe noch nicht melden</translation>
    </message>
    <message>
        <source>Your yearly limit</source>
        <translation>Ihre Jahresgrenze</translation>
    </message>
    <message>
        <source>Coin history</source>
        <translation>Münzverlauf</translation>
    </message>
    <message>
        <source>No coins yet. Rewards appear here once a task is approved.</source>
        <translation>Noch keine Münzen. Belohnungen erscheinen hier, sobald eine Aufgabe freigegeben ist.</translation>
    </message>
</context>
<context>
    <name>buurtmunt::PassCardDialog</name>
    <message>
        <source>&amp;Print pass card…</source>
        <translation>Ausweiskarte &amp;drucken…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als P&amp;DF speichern…</translation>
    </message>
    <message>
        <source>Pass card for %1</source>
        <translation>Ausweiskarte für %1</translation>
    </message>
    <message>
        <source>Print this pass card now and hand it to %1. The code is shown only this once; without it the card cannot be printed again (make a new card instead).</source>
        <translation>Drucken Sie diese Ausweiskarte jetzt und geben Sie sie %1. Der Code wird nur dieses eine Mal gezeigt; ohne ihn kann die Karte nicht erneut gedruckt werden (erstellen Sie dann eine neue Karte).</translation>
    </message>
    <message>
        <source>QR code of the pass</source>
        <translation>QR-Code des Ausweises</translation>
    </message>
    <message>
        <source>Pass code: %1</source>
        <translation>Ausweiscode: %1</translation>
    </message>
    <message>
        <source>Print pass card</source>
        <translation>Ausweiskarte drucken</translation>
    </message>
    <message>
        <source>Save pass card as PDF</source>
        <translation>Ausweiskarte als PDF speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Buurtmunt</source>
        <translation>Buurtmunt</translation>
    </message>
    <message>
        <source>%1 resident pass</source>
        <translation>Bewohnerausweis %1</translation>
    </message>
    <message>
        <source>Earn</source>
        <translation>Verdienen</translation>
    </message>
    <message>
        <source>Scan at a kiosk and enter your PIN. Lost? Ask staff for a new card.</source>
        <translation>Am Kiosk scannen und PIN eingeben. Verloren? Fragen Sie Mitarbeitende nach einer neuen Karte.</translation>
    </message>
    <message>
        <source>The pass card was not printed: %1</source>
        <translation>Die Ausweiskarte wurde nicht gedruckt: %1</translation>
    </message>
    <message>
        <source>Saved the pass card to %1.</source>
        <translation>Die Ausweiskarte wurde in %1 gespeichert.</translation>
    </message>
    <message>
        <source>The pass card was sent to the printer.</source>
        <translation>Die Ausweiskarte wurde an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>pass-card.pdf</source>
        <translation>ausweiskarte.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Close without printing?</source>
        <translation>Ohne Drucken schließen?</translation>
    </message>
    <message>
        <source>The pass card has not been printed or saved. Once this window is closed the code cannot be shown again; %1 would need a new card. Close anyway?</source>
        <translation>Die Ausweiskarte wurde weder gedruckt noch gespeichert. Nach dem Schließen dieses Fensters kann der Code nicht mehr gezeigt werden; %1 bräuchte dann eine neue Karte. Trotzdem schließen?</translation>
    </message>
</context>
<context>
    <name>buurtmunt::PinPadPage</name>
    <message>
        <source>A PIN has at least 4 digits.</source>
        <translation>Eine PIN hat mindestens 4 Ziffern.</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>Einen Moment…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. You can try %n more time(s) before the pass is locked for 15 minutes.</source>
        <translation>
            <numerusform>Diese PIN ist nicht richtig. Sie haben noch %n Versuch, bevor der Ausweis 15 Minuten gesperrt wird.</numerusform>
            <numerusform>Diese PIN ist nicht richtig. Sie haben noch %n Versuche, bevor der Ausweis 15 Minuten gesperrt wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation>Diese PIN ist nicht richtig. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>This pass is locked after too many wrong PINs. Try again after %1.</source>
        <translation>Dieser Ausweis ist nach zu vielen falschen PINs gesperrt. Versuchen Sie es nach %1 noch einmal.</translation>
    </message>
    <message>
        <source>This pass is locked after too many wrong PINs. Please try again later.</source>
        <translation>Dieser Ausweis ist nach zu vielen falschen PINs gesperrt. Bitte versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>This pass is locked after too many wrong PINs. Staff at the desk can unlock it for you.</source>
        <translation>Dieser Ausweis ist nach zu vielen falschen PINs gesperrt. Die Mitarbeitenden am Schalter können ihn für Sie freischalten.</translation>
    </message>
    <message>
        <source>This pass cannot be used. Please ask staff at the desk.</source>
        <translation>Dieser Ausweis kann nicht benutzt werden. Bitte fragen Sie die Mitarbeitenden am Schalter.</translation>
    </message>
    <message>
        <source>This pass is not known. Go back and check the number, or ask staff at the desk.</source>
        <translation>Dieser Ausweis ist unbekannt. Gehen Sie zurück und prüfen Sie die Nummer oder fragen Sie die Mitarbeitenden am Schalter.</translation>
    </message>
    <message>
        <source>The kiosk cannot reach the municipality&apos;s server right now. Please try again in a moment.</source>
        <translation>Der Kiosk erreicht gerade den Server der Gemeinde nicht. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Logging in did not work: %1</source>
        <translation>Die Anmeldung hat nicht geklappt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>%n Ziffer eingegeben</numerusform>
            <numerusform>%n Ziffern eingegeben</numerusform>
        </translation>
    </message>
    <message>
        <source>Type your PIN</source>
        <translation>Geben Sie Ihre PIN ein</translation>
    </message>
    <message>
        <source>Digit %1</source>
        <translation>Ziffer %1</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Erase the last digit</source>
        <translation>Die letzte Ziffer löschen</translation>
    </message>
    <message>
        <source>Log in with this PIN</source>
        <translation>Mit dieser PIN anmelden</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the pass number</source>
        <translation>Zurück zur Ausweisnummer</translation>
    </message>
</context>
<context>
    <name>buurtmunt::ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Write a reason of %1 to %2 characters; it is %3 now.</source>
        <translation>Schreiben Sie einen Grund mit %1 bis %2 Zeichen; jetzt sind es %3.</translation>
    </message>
</context>
<context>
    <name>buurtmunt::ResidentFormDialog</name>
    <message>
        <source>Register resident</source>
        <translation>Bewohner registrieren</translation>
    </message>
    <message>
        <source>New PIN for %1</source>
        <translation>Neue PIN für %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Viertel</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Nei&amp;ghbourhood</source>
        <translation>&amp;Viertel</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN wiederholen</translation>
    </message>
    <message>
        <source>&amp;PIN (4–6 digits)</source>
        <translation>&amp;PIN (4–6 Ziffern)</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>PIN &amp;wiederholen</translation>
    </message>
    <message>
        <source>Let the resident type the PIN themselves. The pass card that follows carries no name.</source>
        <translation>Lassen Sie die Person die PIN selbst eingeben. Auf der Ausweiskarte, die danach kommt, steht kein Name.</translation>
    </message>
    <message>
        <source>Let the resident type the new PIN themselves. The old PIN stops working at once.</source>
        <translation>Lassen Sie die Person die neue PIN selbst eingeben. Die alte PIN gilt sofort nicht mehr.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrieren</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>PIN festlegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Enter the resident&apos;s name.</source>
        <translation>Geben Sie den Namen der Person ein.</translation>
    </message>
    <message>
        <source>The name may be at most 100 characters.</source>
        <translation>Der Name darf höchstens 100 Zeichen haben.</translation>
    </message>
    <message>
        <source>Enter the resident&apos;s neighbourhood.</source>
        <translation>Geben Sie das Viertel der Person ein.</translation>
    </message>
</context>
<context>
    <name>buurtmunt::ResidentsView</name>
    <message>
        <source>Claimed</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>Wartet auf Prüfung</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Given back</source>
        <translation>Zurückgegeben</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Belohnung</translation>
    </message>
    <message>
        <source>Voucher created</source>
        <translation>Gutschein erstellt</translation>
    </message>
    <message>
        <source>Voucher spent</source>
        <translation>Gutschein eingelöst</translation>
    </message>
    <message>
        <source>Voucher returned</source>
        <translation>Gutschein zurückgebucht</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Übernahmen</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Coin history</source>
        <translation>Münzverlauf</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Register resident…</source>
        <translation>&amp;Bewohner registrieren…</translation>
    </message>
    <message>
        <source>Reset &amp;PIN…</source>
        <translation>&amp;PIN zurücksetzen…</translation>
    </message>
    <message>
        <source>&amp;Block…</source>
        <translation>Spe&amp;rren…</translation>
    </message>
    <message>
        <source>U&amp;nblock</source>
        <translation>E&amp;ntsperren</translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>PIN-Sperre auf&amp;heben</translation>
    </message>
    <message>
        <source>New pass &amp;card…</source>
        <translation>Neue Ausweis&amp;karte…</translation>
    </message>
    <message>
        <source>Search residents</source>
        <translation>Bewohner suchen</translation>
    </message>
    <message>
        <source>Name or neighbourhood</source>
        <translation>Name oder Viertel</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Bewohner</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>The residents could not be loaded: %1</source>
        <translation>Die Bewohner konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) found.</source>
        <translation>
            <numerusform>%n Person gefunden.</numerusform>
            <numerusform>%n Personen gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The resident&apos;s details could not be loaded: %1</source>
        <translation>Die Details der Person konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Select a resident to see their details.</source>
        <translation>Wählen Sie eine Person, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>Neighbourhood: %1</source>
        <translation>Viertel: %1</translation>
    </message>
    <message>
        <source>Pass: %1</source>
        <translation>Ausweis: %1</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Guthaben: %1</translation>
    </message>
    <message>
        <source>Earned this year: %1 of %2</source>
        <translation>Verdient in diesem Jahr: %1 von %2</translation>
    </message>
    <message>
        <source>Earned this month: %1 of %2</source>
        <translation>Verdient in diesem Monat: %1 von %2</translation>
    </message>
    <message>
        <source>Waiting for review: %1</source>
        <translation>Wartet auf Prüfung: %1</translation>
    </message>
    <message>
        <source>Registered: %1</source>
        <translation>Registriert: %1</translation>
    </message>
    <message>
        <source>The resident was not registered: %1</source>
        <translation>Die Person wurde nicht registriert: %1</translation>
    </message>
    <message>
        <source>%1 is registered. Print the pass card now.</source>
        <translation>%1 ist registriert. Drucken Sie jetzt die Ausweiskarte.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Es wurde nichts geändert: %1</translation>
    </message>
    <message>
        <source>The PIN was not changed: %1</source>
        <translation>Die PIN wurde nicht geändert: %1</translation>
    </message>
    <message>
        <source>%1 has a new PIN.</source>
        <translation>%1 hat eine neue PIN.</translation>
    </message>
    <message>
        <source>Block pass</source>
        <translation>Ausweis sperren</translation>
    </message>
    <message>
        <source>Why is %1&apos;s pass blocked? Staff see this reason in the audit log.</source>
        <translation>Warum wird der Ausweis von %1 gesperrt? Mitarbeitende sehen diesen Grund im Prüfprotokoll.</translation>
    </message>
    <message>
        <source>%1&apos;s pass is blocked; it no longer logs in at kiosks.</source>
        <translation>Der Ausweis von %1 ist gesperrt; damit ist keine Anmeldung an Kiosken mehr möglich.</translation>
    </message>
    <message>
        <source>%1&apos;s pass works again.</source>
        <translation>Der Ausweis von %1 funktioniert wieder.</translation>
    </message>
    <message>
        <source>%1&apos;s pass is unlocked; the wrong PIN count starts again.</source>
        <translation>Die PIN-Sperre für den Ausweis von %1 ist aufgehoben; die Zählung falscher PINs beginnt neu.</translation>
    </message>
    <message>
        <source>New pass card</source>
        <translation>Neue Ausweiskarte</translation>
    </message>
    <message>
        <source>Make a new pass card for %1? Their current card stops working at once.</source>
        <translation>Eine neue Ausweiskarte für %1 erstellen? Die jetzige Karte gilt dann sofort nicht mehr.</translation>
    </message>
    <message>
        <source>No new pass card was made: %1</source>
        <translation>Es wurde keine neue Ausweiskarte erstellt: %1</translation>
    </message>
    <message>
        <source>New pass card for %1; the old one no longer works.</source>
        <translation>Neue Ausweiskarte für %1; die alte gilt nicht mehr.</translation>
    </message>
</context>
<context>
    <name>buurtmunt::ReviewQueueView</name>
    <message>
        <source>Tick &amp;all</source>
        <translation>&amp;Alle markieren</translation>
    </message>
    <message>
        <source>Approve &amp;ticked</source>
        <translation>&amp;Markierte freigeben</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>A&amp;blehnen…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Submitted claims</source>
        <translation>Eingereichte Übernahmen</translation>
    </message>
    <message>
        <source>Claim details</source>
        <translation>Details der Übernahme</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n ticked</source>
        <translation>
            <numerusform>%n markierte freigeben</numerusform>
            <numerusform>%n markierte freigeben</numerusform>
        </translation>
    </message>
    <message>
        <source>Untick &amp;all</source>
        <translation>&amp;Alle Markierungen aufheben</translation>
    </message>
    <message>
        <source>No claims are waiting for review.</source>
        <translation>Keine Übernahmen warten auf Prüfung.</translation>
    </message>
    <message>
        <source>Select a claim to see its details.</source>
        <translation>Wählen Sie eine Übernahme, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>Resident: %1</source>
        <translation>Bewohner: %1</translation>
    </message>
    <message>
        <source>Reward: %1</source>
        <translation>Belohnung: %1</translation>
    </message>
    <message numerus="yes">
        <source>Estimated time: %n minute(s)</source>
        <translation>
            <numerusform>Geschätzte Dauer: %n Minute</numerusform>
            <numerusform>Geschätzte Dauer: %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitted: %1</source>
        <translation>Eingereicht: %1</translation>
    </message>
    <message>
        <source>The first approval is given; a different approver must give the second.</source>
        <translation>Die erste Freigabe ist erteilt; eine andere freigebende Person muss die zweite erteilen.</translation>
    </message>
    <message>
        <source>This reward needs two approvers.</source>
        <translation>Diese Belohnung braucht zwei freigebende Personen.</translation>
    </message>
    <message>
        <source>Note from the resident</source>
        <translation>Notiz der Bewohnerin oder des Bewohners</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(keine Notiz)</translation>
    </message>
    <message>
        <source>The review queue could not be loaded: %1</source>
        <translation>Die Prüfliste konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Nothing was approved: %1</source>
        <translation>Es wurde nichts freigegeben: %1</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>First approval given; needs a second approver</source>
        <translation>Erste Freigabe erteilt; eine zweite freigebende Person ist nötig</translation>
    </message>
    <message>
        <source>Not approved: %1</source>
        <translation>Nicht freigegeben: %1</translation>
    </message>
    <message>
        <source>%1 approved, %2 waiting for a second approver, %3 not approved.</source>
        <translation>%1 freigegeben, %2 warten auf eine zweite freigebende Person, %3 nicht freigegeben.</translation>
    </message>
    <message>
        <source>You already gave the first approval for %1&apos;s claim; a different approver must give the second.</source>
        <translation>Sie haben die erste Freigabe für die Übernahme von %1 schon erteilt; eine andere freigebende Person muss die zweite erteilen.</translation>
    </message>
    <message>
        <source>%1&apos;s claim was not approved: %2</source>
        <translation>Die Übernahme von %1 wurde nicht freigegeben: %2</translation>
    </message>
    <message>
        <source>First approval for %1&apos;s claim recorded. A different approver must give the second before the coins are paid.</source>
        <translation>Erste Freigabe für die Übernahme von %1 gespeichert. Eine andere freigebende Person muss die zweite erteilen, bevor die Münzen ausgezahlt werden.</translation>
    </message>
    <message>
        <source>Approved: %1 receives %2 for “%3”.</source>
        <translation>Freigegeben: %1 erhält %2 für „%3“.</translation>
    </message>
    <message>
        <source>Reject claim</source>
        <translation>Übernahme ablehnen</translation>
    </message>
    <message>
        <source>Why is %1&apos;s work on “%2” not approved? The resident reads this reason.</source>
        <translation>Warum wird die Arbeit von %1 an „%2“ nicht freigegeben? Die Person liest diesen Grund.</translation>
    </message>
    <message>
        <source>%1&apos;s claim was not rejected: %2</source>
        <translation>Die Übernahme von %1 wurde nicht abgelehnt: %2</translation>
    </message>
    <message>
        <source>Rejected %1&apos;s claim on “%2”; the place is free again.</source>
        <translation>Übernahme von %1 für „%2“ abgelehnt; der Platz ist wieder frei.</translation>
    </message>
</context>
<context>
    <name>buurtmunt::ScanResultPanel</name>
    <message>
        <source>Ready to scan</source>
        <translation>Bereit zum Scannen</translation>
    </message>
    <message>
        <source>Hold the voucher&apos;s QR code in front of the camera or the scanner, or type its code.</source>
        <translation>Halten Sie den QR-Code des Gutscheins vor die Kamera oder den Scanner oder geben Sie seinen Code ein.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>One moment, the voucher is being checked.</source>
        <translation>Einen Moment, der Gutschein wird geprüft.</translation>
    </message>
</context>
<context>
    <name>buurtmunt::SettlementView</name>
    <message>
        <source>C&amp;lose month…</source>
        <translation>Monat &amp;abschließen…</translation>
    </message>
    <message>
        <source>Save &amp;SEPA file…</source>
        <translation>&amp;SEPA-Datei speichern…</translation>
    </message>
    <message>
        <source>Statement &amp;PDF…</source>
        <translation>Übersicht als &amp;PDF…</translation>
    </message>
    <message>
        <source>Statement C&amp;SV…</source>
        <translation>Übersicht als CS&amp;V…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Month to close</source>
        <translation>Abzuschließender Monat</translation>
    </message>
    <message>
        <source>Closed months</source>
        <translation>Abgeschlossene Monate</translation>
    </message>
    <message>
        <source>Payouts per shop</source>
        <translation>Auszahlungen pro Geschäft</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Monat:</translation>
    </message>
    <message>
        <source>Select a closed month to see what each shop is paid.</source>
        <translation>Wählen Sie einen abgeschlossenen Monat, um zu sehen, was jedes Geschäft ausgezahlt bekommt.</translation>
    </message>
    <message>
        <source>The settlements could not be loaded: %1</source>
        <translation>Die Abrechnungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No month has been closed yet.</source>
        <translation>Es wurde noch kein Monat abgeschlossen.</translation>
    </message>
    <message>
        <source>The settlement could not be loaded: %1</source>
        <translation>Die Abrechnung konnte nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n shop(s) paid %2 for %3 at %4 per %5. Closed by %6 on %7.</source>
        <translation>
            <numerusform>%1: %n Geschäft erhält %2 für %3 zu %4 pro %5. Abgeschlossen von %6 am %7.</numerusform>
            <numerusform>%1: %n Geschäfte erhalten %2 für %3 zu %4 pro %5. Abgeschlossen von %6 am %7.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a shop&apos;s line for its statement.</source>
        <translation>Wählen Sie die Zeile eines Geschäfts für seine Auszahlungsübersicht.</translation>
    </message>
    <message>
        <source>The shops&apos; balances could not be loaded: %1</source>
        <translation>Das Guthaben der Geschäfte konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Close %1? No shop holds coins from vouchers, so nobody is paid; the month is recorded as closed.</source>
        <translation>%1 abschließen? Kein Geschäft hat Münzen aus Gutscheinen, daher wird nichts ausgezahlt; der Monat wird als abgeschlossen gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Close %1? %n shop(s) hold %2 from vouchers, worth %3:</source>
        <translation>
            <numerusform>%1 abschließen? %n Geschäft hat %2 aus Gutscheinen im Wert von %3:</numerusform>
            <numerusform>%1 abschließen? %n Geschäfte haben %2 aus Gutscheinen im Wert von %3:</numerusform>
        </translation>
    </message>
    <message>
        <source>Vouchers redeemed after the end of %1 wait for the next month, so the server may pay less than this. The coins move to the settlement account at once; the SEPA file pays the shops.</source>
        <translation>Gutscheine, die nach Ende von %1 eingelöst wurden, kommen in den nächsten Monat; der Server zahlt daher eventuell weniger aus. Die Münzen gehen sofort auf das Abrechnungskonto; mit der SEPA-Datei werden die Geschäfte bezahlt.</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>%1 abschließen</translation>
    </message>
    <message>
        <source>Close month</source>
        <translation>Monat abschließen</translation>
    </message>
    <message>
        <source>%1 has not ended yet; it can be closed from the first day of the next month.</source>
        <translation>%1 ist noch nicht zu Ende; der Monat kann ab dem ersten Tag des nächsten Monats abgeschlossen werden.</translation>
    </message>
    <message>
        <source>%1 was not closed: %2</source>
        <translation>%1 wurde nicht abgeschlossen: %2</translation>
    </message>
    <message>
        <source>%1 was already closed on %2; nothing was paid twice.</source>
        <translation>%1 wurde bereits am %2 abgeschlossen; es wurde nichts doppelt ausgezahlt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is closed: %n shop(s) are paid %2. Save the SEPA file for the bank.</source>
        <translation>
            <numerusform>%1 ist abgeschlossen: %n Geschäft erhält %2. Speichern Sie die SEPA-Datei für die Bank.</numerusform>
            <numerusform>%1 ist abgeschlossen: %n Geschäfte erhalten %2. Speichern Sie die SEPA-Datei für die Bank.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Save SEPA file</source>
        <translation>SEPA-Datei speichern</translation>
    </message>
    <message>
        <source>SEPA XML (*.xml)</source>
        <translation>SEPA-XML (*.xml)</translation>
    </message>
    <message>
        <source>No SEPA file was saved: %1</source>
        <translation>Es wurde keine SEPA-Datei gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <source>SEPA file for %1 saved as %2: %n transfer(s), %3 in total. Upload it to the bank.</source>
        <translation>
            <numerusform>SEPA-Datei für %1 als %2 gespeichert: %n Überweisung, insgesamt %3. Laden Sie sie bei der Bank hoch.</numerusform>
            <numerusform>SEPA-Datei für %1 als %2 gespeichert: %n Überweisungen, insgesamt %3. Laden Sie sie bei der Bank hoch.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save statement for %1</source>
        <translation>Auszahlungsübersicht für %1 speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No statement was saved: %1</source>
        <translation>Es wurde keine Auszahlungsübersicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Statement for %1 saved as %2.</source>
        <translation>Auszahlungsübersicht für %1 als %2 gespeichert.</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>buurtmunt::ShopFormDialog</name>
    <message>
        <source>Register shop</source>
        <translation>Geschäft registrieren</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Name des Geschäfts</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>NL91 ABNA 0417 1643 00</source>
        <translation>NL91 ABNA 0417 1643 00</translation>
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
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN:</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrieren</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>The IBAN is needed: the shop is paid to it.</source>
        <translation>Die IBAN wird benötigt: Das Geschäft erhält seine Auszahlung darauf.</translation>
    </message>
    <message>
        <source>The shop needs a name.</source>
        <translation>Das Geschäft braucht einen Namen.</translation>
    </message>
    <message>
        <source>This IBAN fails the mod-97 check: a character is probably mistyped.</source>
        <translation>Diese IBAN besteht die Mod-97-Prüfung nicht: Wahrscheinlich ist ein Zeichen falsch eingegeben.</translation>
    </message>
    <message>
        <source>This IBAN has %1 characters; IBANs from %2 have %3.</source>
        <translation>Diese IBAN hat %1 Zeichen; IBANs aus %2 haben %3.</translation>
    </message>
    <message>
        <source>This IBAN has %1 characters; an IBAN has %2 to %3.</source>
        <translation>Diese IBAN hat %1 Zeichen; eine IBAN hat %2 bis %3.</translation>
    </message>
    <message>
        <source>This is not an IBAN: it starts with two letters and two digits, followed by letters and digits.</source>
        <translation>Das ist keine IBAN: Eine IBAN beginnt mit zwei Buchstaben und zwei Ziffern, gefolgt von Buchstaben und Ziffern.</translation>
    </message>
</context>
<context>
    <name>buurtmunt::ShopsView</name>
    <message>
        <source>&amp;Register shop…</source>
        <translation>Geschäft &amp;registrieren…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Shops</source>
        <translation>Geschäfte</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>The shops could not be loaded: %1</source>
        <translation>Die Geschäfte konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The IBAN %1</source>
        <translation>Die IBAN %1</translation>
    </message>
    <message>
        <source>The shop was not saved: %1</source>
        <translation>Das Geschäft wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>%1 is registered. Give its counter PC an enrolment code to start.</source>
        <translation>%1 ist registriert. Geben Sie der Kasse des Geschäfts einen Anmeldecode, um zu beginnen.</translation>
    </message>
    <message>
        <source>%1 is saved.</source>
        <translation>%1 ist gespeichert.</translation>
    </message>
    <message>
        <source>Activate %1 again? Kiosks list it and its counter PCs can accept vouchers again.</source>
        <translation>%1 wieder aktivieren? Die Kioske zeigen das Geschäft wieder an, und seine Kassen können wieder Gutscheine annehmen.</translation>
    </message>
    <message>
        <source>Deactivate %1? Kiosks stop listing it and its counter PCs are refused at once. Its payouts and history stay; coins it holds are paid out when the month is closed.</source>
        <translation>%1 deaktivieren? Die Kioske zeigen das Geschäft nicht mehr an, und seine Kassen werden sofort abgelehnt. Auszahlungen und Verlauf bleiben erhalten; Münzen des Geschäfts werden beim Monatsabschluss ausgezahlt.</translation>
    </message>
    <message>
        <source>Activate shop</source>
        <translation>Geschäft aktivieren</translation>
    </message>
    <message>
        <source>Deactivate shop</source>
        <translation>Geschäft deaktivieren</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>The shop was not changed: %1</source>
        <translation>Das Geschäft wurde nicht geändert: %1</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 ist wieder aktiv.</translation>
    </message>
    <message>
        <source>%1 is deactivated; its counters are refused from now on.</source>
        <translation>%1 ist deaktiviert; seine Kassen werden ab jetzt abgelehnt.</translation>
    </message>
</context>
<context>
    <name>buurtmunt::StaffLoginPage</name>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Enter your user name and your password.</source>
        <translation>Geben Sie Ihren Benutzernamen und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
</context>
<context>
    <name>buurtmunt::StaffTasksView</name>
    <message>
        <source>&amp;New task</source>
        <translation>&amp;Neue Aufgabe</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>&amp;Schließen…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel task…</source>
        <translation>Aufgabe &amp;absagen…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>Aufgaben suchen</translation>
    </message>
    <message>
        <source>Search title, description or address</source>
        <translation>Titel, Beschreibung oder Adresse suchen</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Kategoriefilter</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Neighbourhood filter</source>
        <translation>Viertelfilter</translation>
    </message>
    <message>
        <source>All neighbourhoods</source>
        <translation>Alle Viertel</translation>
    </message>
    <message>
        <source>The tasks could not be loaded: %1</source>
        <translation>Die Aufgaben konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s).</source>
        <translation>
            <numerusform>%n Aufgabe.</numerusform>
            <numerusform>%n Aufgaben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft “%1” created. Publish it to show it on the kiosks.</source>
        <translation>Entwurf „%1“ erstellt. Veröffentlichen Sie ihn, damit er auf den Kiosken erscheint.</translation>
    </message>
    <message>
        <source>“%1” saved.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Close “%1”? Residents can no longer claim it; claims already made can still be finished.</source>
        <translation>„%1“ schließen? Bewohner können die Aufgabe dann nicht mehr übernehmen; bestehende Übernahmen können noch abgeschlossen werden.</translation>
    </message>
    <message>
        <source>Cancel “%1”? It disappears from the kiosks and cannot be published again.</source>
        <translation>„%1“ absagen? Die Aufgabe verschwindet von den Kiosken und kann nicht wieder veröffentlicht werden.</translation>
    </message>
    <message>
        <source>Close task</source>
        <translation>Aufgabe schließen</translation>
    </message>
    <message>
        <source>Cancel task</source>
        <translation>Aufgabe absagen</translation>
    </message>
    <message>
        <source>The status was not changed: %1</source>
        <translation>Der Status wurde nicht geändert: %1</translation>
    </message>
    <message>
        <source>“%1” is now %2.</source>
        <translation>„%1“ ist jetzt %2.</translation>
    </message>
</context>
<context>
    <name>buurtmunt::StaffWindow</name>
    <message>
        <source>%1 staff desk</source>
        <translation>Mitarbeiterplatz %1</translation>
    </message>
    <message>
        <source>Buurtmunt</source>
        <translation>Buurtmunt</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Buurtmunt staff desk – %1</source>
        <translation>Buurtmunt-Mitarbeiterplatz – %1</translation>
    </message>
    <message>
        <source>Staff desk sections</source>
        <translation>Bereiche des Mitarbeiterplatzes</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>Koordination</translation>
    </message>
    <message>
        <source>approver</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>finance</source>
        <translation>Finanzen</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Logged in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>A&amp;ufgaben</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <source>Re&amp;sidents</source>
        <translation>&amp;Bewohner</translation>
    </message>
    <message>
        <source>Your account has no role that this desk serves yet (tasks, review or residents). Ask an administrator.</source>
        <translation>Ihr Konto hat noch keine Rolle, die dieser Arbeitsplatz unterstützt (Aufgaben, Prüfung oder Bewohner). Wenden Sie sich an die Administration.</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Nichts zu tun</translation>
    </message>
    <message>
        <source>You are logged out.</source>
        <translation>Sie sind abgemeldet.</translation>
    </message>
    <message>
        <source>Offline &amp;conflicts</source>
        <translation>Offline-&amp;Konflikte</translation>
    </message>
    <message>
        <source>Se&amp;ttlement</source>
        <translation>Abre&amp;chnung</translation>
    </message>
    <message>
        <source>S&amp;hops</source>
        <translation>&amp;Geschäfte</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Dev&amp;ices</source>
        <translation>G&amp;eräte</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>Prüfp&amp;rotokoll</translation>
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
    <message>
        <source>Claim this task</source>
        <translation>Diese Aufgabe übernehmen</translation>
    </message>
</context>
<context>
    <name>buurtmunt::TaskEditorDialog</name>
    <message>
        <source>Residents pick up a toolbox for this task</source>
        <translation>Bewohner holen für diese Aufgabe eine Werkzeugkiste ab</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>Edit task “%1”</source>
        <translation>Aufgabe „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation>zum Beispiel %1</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <source>&amp;Neighbourhood</source>
        <translation>&amp;Viertel</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;Reward (coins)</source>
        <translation>Beloh&amp;nung (Münzen)</translation>
    </message>
    <message>
        <source>&amp;Estimated time</source>
        <translation>&amp;Geschätzte Dauer</translation>
    </message>
    <message>
        <source>Ca&amp;pacity (people)</source>
        <translation>&amp;Plätze (Personen)</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>E&amp;rster Tag</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Letzter Tag</translation>
    </message>
    <message>
        <source>&amp;Safety notes</source>
        <translation>&amp;Sicherheitshinweise</translation>
    </message>
    <message>
        <source>Toolbox</source>
        <translation>Werkzeugkiste</translation>
    </message>
    <message>
        <source>Create draft</source>
        <translation>Entwurf erstellen</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Enter the reward in coins, for example %1.</source>
        <translation>Geben Sie die Belohnung in Münzen ein, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>“%1” is not an amount of coins; write for example %2.</source>
        <translation>„%1“ ist keine Anzahl Münzen; schreiben Sie zum Beispiel %2.</translation>
    </message>
    <message numerus="yes">
        <source>Please correct the %n marked field(s).</source>
        <translation>
            <numerusform>Bitte korrigieren Sie das %n markierte Feld.</numerusform>
            <numerusform>Bitte korrigieren Sie die %n markierten Felder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone else changed this task while you were editing it, so your changes were not saved. Close this window, reload the task list and make your change again.</source>
        <translation>Jemand anderes hat diese Aufgabe geändert, während Sie sie bearbeitet haben; Ihre Änderungen wurden deshalb nicht gespeichert. Schließen Sie dieses Fenster, laden Sie die Aufgabenliste neu und nehmen Sie Ihre Änderung erneut vor.</translation>
    </message>
    <message>
        <source>The task was not saved: %1</source>
        <translation>Die Aufgabe wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The server refused some fields; see the marked fields.</source>
        <translation>Der Server hat einige Felder abgelehnt; siehe die markierten Felder.</translation>
    </message>
    <message>
        <source>No answer from the server.</source>
        <translation>Keine Antwort vom Server.</translation>
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
<context>
    <name>buurtmunt::VoucherConflictsView</name>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Vouchers accepted offline that did not pay</source>
        <translation>Offline angenommene Gutscheine, die nicht bezahlt wurden</translation>
    </message>
    <message>
        <source>Both records of the voucher</source>
        <translation>Beide Einträge des Gutscheins</translation>
    </message>
    <message>
        <source>The list could not be loaded: %1</source>
        <translation>Die Liste konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No open conflicts: every voucher accepted offline was paid.</source>
        <translation>Keine offenen Konflikte: Jeder offline angenommene Gutschein wurde bezahlt.</translation>
    </message>
    <message numerus="yes">
        <source>%n voucher(s) accepted offline did not pay. The shop is owed the amount; settle it with the shop and look into the resident&apos;s use.</source>
        <translation>
            <numerusform>%n offline angenommener Gutschein wurde nicht bezahlt. Dem Geschäft steht der Betrag zu; regeln Sie das mit dem Geschäft und prüfen Sie die Nutzung durch die Bewohnerin oder den Bewohner.</numerusform>
            <numerusform>%n offline angenommene Gutscheine wurden nicht bezahlt. Dem Geschäft steht der Betrag zu; regeln Sie das mit dem Geschäft und prüfen Sie die Nutzung durch die Bewohnerin oder den Bewohner.</numerusform>
        </translation>
    </message>
    <message>
        <source>No voucher accepted offline has failed to pay.</source>
        <translation>Alle offline angenommenen Gutscheine wurden bezahlt.</translation>
    </message>
    <message>
        <source>Select a row to see both records of the voucher.</source>
        <translation>Wählen Sie eine Zeile, um beide Einträge des Gutscheins zu sehen.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Voucher %1 — %2</source>
        <translation>Gutschein %1 — %2</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>%1 (counter %2) on %3</source>
        <translation>%1 (Kasse %2) am %3</translation>
    </message>
    <message>
        <source>accepted offline on %1</source>
        <translation>offline angenommen am %1</translation>
    </message>
    <message>
        <source>Not paid to any shop; the coins went back to the resident.</source>
        <translation>An kein Geschäft bezahlt; die Münzen gingen an die Bewohnerin oder den Bewohner zurück.</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>Nicht bezahlt</translation>
    </message>
    <message>
        <source>%1 (counter %2) accepted it offline on %3; the counter reported it on %4.</source>
        <translation>%1 (Kasse %2) hat ihn am %3 offline angenommen; die Kasse hat ihn am %4 gemeldet.</translation>
    </message>
    <message>
        <source>Mark &amp;settled</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <source>How it was settled with the shop, e.g. paid at the monthly settlement</source>
        <translation>Wie es mit dem Geschäft geregelt wurde, z. B. bei der Monatsabrechnung bezahlt</translation>
    </message>
    <message>
        <source>How the conflict was settled</source>
        <translation>Wie der Konflikt geregelt wurde</translation>
    </message>
    <message>
        <source>Settle the selected conflict:</source>
        <translation>Den gewählten Konflikt regeln:</translation>
    </message>
    <message>
        <source>The conflict was not marked settled: %1</source>
        <translation>Der Konflikt wurde nicht als erledigt markiert: %1</translation>
    </message>
    <message>
        <source>No open conflicts: every one is settled with its shop.</source>
        <translation>Keine offenen Konflikte: jeder ist mit seinem Geschäft geregelt.</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>On %1 by %2: %3</source>
        <translation>Am %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>buurtmunt::VoucherPage</name>
    <message>
        <source>Voucher %1</source>
        <translation>Gutschein %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Gültig bis %1</translation>
    </message>
    <message>
        <source>Voucher cancelled. %1 went back to your balance.</source>
        <translation>Gutschein storniert. Zurück auf Ihrem Guthaben: %1.</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>Das hat nicht geklappt: %1</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <source>Stays on your balance: %1</source>
        <translation>Bleibt auf Ihrem Guthaben: %1</translation>
    </message>
    <message>
        <source>Cancel the voucher of %1? The coins go back to your balance. A printed slip of it stops working.</source>
        <translation>Den Gutschein über %1 stornieren? Die Münzen gehen zurück auf Ihr Guthaben. Ein gedruckter Beleg dafür gilt dann nicht mehr.</translation>
    </message>
    <message>
        <source>You do not have enough coins for that. Your balance is %1.</source>
        <translation>Dafür haben Sie nicht genug Münzen. Ihr Guthaben beträgt %1.</translation>
    </message>
    <message numerus="yes">
        <source>You already have %n unused voucher(s). Use or cancel one first.</source>
        <translation>
            <numerusform>Sie haben schon %n unbenutzten Gutschein. Lösen Sie ihn erst ein oder stornieren Sie ihn.</numerusform>
            <numerusform>Sie haben schon %n unbenutzte Gutscheine. Lösen Sie erst einen ein oder stornieren Sie einen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This voucher has already been spent.</source>
        <translation>Dieser Gutschein wurde schon eingelöst.</translation>
    </message>
    <message>
        <source>This voucher has expired. The coins are back on your balance.</source>
        <translation>Dieser Gutschein ist abgelaufen. Die Münzen sind wieder auf Ihrem Guthaben.</translation>
    </message>
    <message>
        <source>This voucher was already cancelled.</source>
        <translation>Dieser Gutschein wurde schon storniert.</translation>
    </message>
    <message>
        <source>coins</source>
        <translation>Münzen</translation>
    </message>
    <message>
        <source>Spend your %1</source>
        <extracomment>%1 is the coin&apos;s plural name, e.g. &quot;Heitjes&quot;</extracomment>
        <translation>Ihre %1 ausgeben</translation>
    </message>
    <message>
        <source>Back to all tasks</source>
        <translation>Zurück zu allen Aufgaben</translation>
    </message>
    <message>
        <source>Back to the task list</source>
        <translation>Zurück zur Aufgabenliste</translation>
    </message>
    <message>
        <source>Make a voucher</source>
        <translation>Einen Gutschein erstellen</translation>
    </message>
    <message>
        <source>You have</source>
        <translation>Sie haben</translation>
    </message>
    <message>
        <source>How much do you want to spend?</source>
        <translation>Wie viel möchten Sie ausgeben?</translation>
    </message>
    <message>
        <source>One coin less</source>
        <translation>Eine Münze weniger</translation>
    </message>
    <message>
        <source>One coin more</source>
        <translation>Eine Münze mehr</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Everything on my balance</source>
        <translation>Mein ganzes Guthaben</translation>
    </message>
    <message>
        <source>Make voucher</source>
        <translation>Gutschein erstellen</translation>
    </message>
    <message>
        <source>Make a voucher of the chosen amount</source>
        <translation>Einen Gutschein über den gewählten Betrag erstellen</translation>
    </message>
    <message>
        <source>Your vouchers</source>
        <translation>Ihre Gutscheine</translation>
    </message>
    <message>
        <source>Your unused vouchers</source>
        <translation>Ihre unbenutzten Gutscheine</translation>
    </message>
    <message>
        <source>You have no unused vouchers.</source>
        <translation>Sie haben keine unbenutzten Gutscheine.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show the chosen voucher with its QR code</source>
        <translation>Den gewählten Gutschein mit QR-Code zeigen</translation>
    </message>
    <message>
        <source>Cancel voucher</source>
        <translation>Gutschein stornieren</translation>
    </message>
    <message>
        <source>Cancel the chosen voucher and get the coins back</source>
        <translation>Den gewählten Gutschein stornieren und die Münzen zurückbekommen</translation>
    </message>
    <message>
        <source>Yes, cancel it</source>
        <translation>Ja, stornieren</translation>
    </message>
    <message>
        <source>Yes, cancel the voucher</source>
        <translation>Ja, den Gutschein stornieren</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>Nein, behalten</translation>
    </message>
    <message>
        <source>Keep the voucher</source>
        <translation>Den Gutschein behalten</translation>
    </message>
</context>
<context>
    <name>buurtmunt::VoucherReadyPage</name>
    <message>
        <source>The QR code cannot be shown: %1 The shop can type the code instead.</source>
        <translation>Der QR-Code kann nicht angezeigt werden: %1 Das Geschäft kann stattdessen den Code eingeben.</translation>
    </message>
    <message>
        <source>Your voucher is printing. Take it with you.</source>
        <translation>Ihr Gutschein wird gedruckt. Nehmen Sie ihn mit.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>There is no printer here; the slip was saved for staff to print.</source>
        <translation>Hier gibt es keinen Drucker; der Beleg wurde gespeichert, damit Mitarbeitende ihn drucken.</translation>
    </message>
    <message>
        <source>This kiosk has no printer.</source>
        <translation>Dieser Kiosk hat keinen Drucker.</translation>
    </message>
    <message>
        <source>This kiosk has no printer. Show this screen at the shop&apos;s counter, or write down the code.</source>
        <translation>Dieser Kiosk hat keinen Drucker. Zeigen Sie diesen Bildschirm an der Kasse des Geschäfts oder schreiben Sie den Code auf.</translation>
    </message>
    <message>
        <source>The voucher could not be printed: %1 The shop can scan it from this screen, or write down the code.</source>
        <translation>Der Gutschein konnte nicht gedruckt werden: %1 Das Geschäft kann ihn von diesem Bildschirm scannen, oder Sie schreiben den Code auf.</translation>
    </message>
    <message>
        <source>Your voucher is ready!</source>
        <translation>Ihr Gutschein ist fertig!</translation>
    </message>
    <message>
        <source>Your voucher</source>
        <translation>Ihr Gutschein</translation>
    </message>
    <message>
        <source>Code for typing at the shop:</source>
        <translation>Code zum Eintippen im Geschäft:</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <extracomment>%1 is a date, e.g. &quot;21 februari 2027&quot;</extracomment>
        <translation>Gültig bis %1</translation>
    </message>
    <message>
        <source>Spend it at the shops taking part.</source>
        <translation>Einlösbar in den teilnehmenden Geschäften.</translation>
    </message>
    <message>
        <source>Spend it at: %1</source>
        <translation>Einlösbar bei: %1</translation>
    </message>
    <message>
        <source>Show the QR code at the shop, or print it. Use it once. Keep it safe like cash.</source>
        <translation>Zeigen Sie den QR-Code im Geschäft oder drucken Sie ihn aus. Nur einmal gültig. Bewahren Sie ihn sicher auf wie Bargeld.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Print the voucher</source>
        <translation>Den Gutschein drucken</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Done with this voucher</source>
        <translation>Fertig mit diesem Gutschein</translation>
    </message>
    <message>
        <source>QR code of the voucher</source>
        <translation>QR-Code des Gutscheins</translation>
    </message>
    <message>
        <source>Voucher code</source>
        <translation>Gutscheincode</translation>
    </message>
</context>
</TS>
