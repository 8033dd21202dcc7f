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
    <name>DashboardReport</name>
    <message>
        <source>Buurtmunt</source>
        <translation>Buurtmunt</translation>
    </message>
    <message>
        <source>Municipality of %1 — Buurtmunt</source>
        <translation>Gemeente %1 — Buurtmunt</translation>
    </message>
    <message>
        <source>Dashboard %1</source>
        <translation>Dashboard %1</translation>
    </message>
    <message>
        <source>No figures in this period.</source>
        <translation>Geen cijfers in deze periode.</translation>
    </message>
</context>
<context>
    <name>RedemptionText</name>
    <message>
        <source>Accepted</source>
        <translation>Geaccepteerd</translation>
    </message>
    <message>
        <source>Accepted offline</source>
        <translation>Offline geaccepteerd</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Accepted without the server: it will be sent when the connection is back.</source>
        <translation>Geaccepteerd zonder de server: de verkoop wordt doorgestuurd zodra er weer verbinding is.</translation>
    </message>
    <message>
        <source>Expired: it could be used until %1.</source>
        <translation>Verlopen: de bon was geldig tot %1.</translation>
    </message>
    <message>
        <source>This voucher has expired.</source>
        <translation>Deze waardebon is verlopen.</translation>
    </message>
    <message>
        <source>Cancelled by the resident: the coins went back to their account.</source>
        <translation>Geannuleerd door de bewoner: de munten zijn teruggegaan naar de bewoner.</translation>
    </message>
    <message>
        <source>No voucher has this code. Check the code on the slip and try again.</source>
        <translation>Er is geen waardebon met deze code. Controleer de code op de bon en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This code needs a connection to the server. Scan the QR code instead, or try again when the connection is back.</source>
        <translation>Voor deze code is verbinding met de server nodig. Scan de QR-code, of probeer het opnieuw zodra er weer verbinding is.</translation>
    </message>
    <message>
        <source>Above the offline limit of %1: without a connection only smaller vouchers can be accepted.</source>
        <translation>Boven de offline limiet van %1: zonder verbinding kunnen alleen kleinere waardebonnen worden geaccepteerd.</translation>
    </message>
    <message numerus="yes">
        <source>Too many offline sales in a row (%n): wait until the connection is back.</source>
        <translation>
            <numerusform>Te veel offline verkopen achter elkaar (%n): wacht tot er weer verbinding is.</numerusform>
            <numerusform>Te veel offline verkopen achter elkaar (%n): wacht tot er weer verbinding is.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted offline, but the server refused it afterwards: the voucher had already been used.</source>
        <translation>Offline geaccepteerd, maar de server heeft de bon daarna geweigerd: de waardebon was al gebruikt.</translation>
    </message>
    <message>
        <source>Accepted offline, but the server refused it afterwards: the voucher was already used on %1 at %2.</source>
        <translation>Offline geaccepteerd, maar de server heeft de bon daarna geweigerd: de waardebon was al gebruikt op %1 om %2.</translation>
    </message>
    <message>
        <source>Staff have been told.</source>
        <translation>De gemeente is op de hoogte gebracht.</translation>
    </message>
    <message>
        <source>This counter could not record the sale, so nothing was accepted. Restart the counter; if it happens again, call the municipality.</source>
        <translation>Deze kassa kon de verkoop niet vastleggen; er is dus niets geaccepteerd. Start de kassa opnieuw. Gebeurt het weer, bel dan de gemeente.</translation>
    </message>
    <message>
        <source>The server did not identify itself as the municipality&apos;s server. Nothing was accepted; call the municipality.</source>
        <translation>De server gaf zich niet bekend als de server van de gemeente. Er is niets geaccepteerd; bel de gemeente.</translation>
    </message>
    <message>
        <source>This counter is no longer enrolled. Ask the municipality to enrol it again.</source>
        <translation>Deze kassa is niet meer aangemeld. Vraag de gemeente om de kassa opnieuw aan te melden.</translation>
    </message>
    <message>
        <source>This shop is not active in Buurtmunt at the moment. Call the municipality.</source>
        <translation>Deze winkel doet op dit moment niet mee aan Buurtmunt. Bel de gemeente.</translation>
    </message>
    <message>
        <source>The voucher could not be checked (%1). Try again; if it keeps happening, call the municipality.</source>
        <translation>De waardebon kon niet worden gecontroleerd (%1). Probeer het opnieuw. Blijft het gebeuren, bel dan de gemeente.</translation>
    </message>
    <message>
        <source>Already used at this counter on %1 at %2.</source>
        <translation>Al gebruikt aan deze kassa op %1 om %2.</translation>
    </message>
    <message>
        <source>Already used at this counter.</source>
        <translation>Al gebruikt aan deze kassa.</translation>
    </message>
    <message>
        <source>Already used.</source>
        <translation>Al gebruikt.</translation>
    </message>
    <message>
        <source>Already used on %1 at %2.</source>
        <translation>Al gebruikt op %1 om %2.</translation>
    </message>
    <message>
        <source>Already used on %1 at %2, at this shop.</source>
        <translation>Al gebruikt op %1 om %2, in deze winkel.</translation>
    </message>
    <message>
        <source>Already used on %1 at %2, at another shop.</source>
        <translation>Al gebruikt op %1 om %2, in een andere winkel.</translation>
    </message>
    <message>
        <source>Not a genuine voucher: the code is damaged or incomplete.</source>
        <translation>Geen echte waardebon: de code is beschadigd of onvolledig.</translation>
    </message>
    <message>
        <source>Not a genuine voucher: it was not issued by this municipality.</source>
        <translation>Geen echte waardebon: de bon is niet uitgegeven door deze gemeente.</translation>
    </message>
    <message>
        <source>Not a genuine voucher: the code has been altered.</source>
        <translation>Geen echte waardebon: de code is veranderd.</translation>
    </message>
    <message>
        <source>Not a voucher code: a typed code has 10 characters, like 7KD4M-2QX9P.</source>
        <translation>Geen code van een waardebon: een getypte code heeft 10 tekens, zoals 7KD4M-2QX9P.</translation>
    </message>
    <message>
        <source>Not a voucher code: one of the characters is mistyped. Check the code on the slip.</source>
        <translation>Geen code van een waardebon: een van de tekens is verkeerd getypt. Controleer de code op de bon.</translation>
    </message>
    <message>
        <source>Not a voucher code: it contains a character voucher codes never use.</source>
        <translation>Geen code van een waardebon: er staat een teken in dat nooit in een code van een waardebon voorkomt.</translation>
    </message>
    <message>
        <source>Not a voucher code.</source>
        <translation>Geen code van een waardebon.</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bevestigd</translation>
    </message>
    <message>
        <source>Queued (offline)</source>
        <translation>In de wachtrij (offline)</translation>
    </message>
</context>
<context>
    <name>ReportPrinter</name>
    <message>
        <source>%1 could not be printed.</source>
        <translation>%1 kon niet worden afgedrukt.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>De pdf kon niet worden opgeslagen in %1.</translation>
    </message>
</context>
<context>
    <name>SlipPrinter</name>
    <message>
        <source>The slip has no title, no lines and no code; there is nothing to print.</source>
        <translation>De bon heeft geen titel, geen regels en geen code; er is niets om af te drukken.</translation>
    </message>
    <message>
        <source>The slip has no valid paper size.</source>
        <translation>De bon heeft geen geldig papierformaat.</translation>
    </message>
    <message>
        <source>The QR code would be smaller than %1 mm on this paper size; shorten the text of the slip or use larger paper.</source>
        <translation>De QR-code zou op dit papierformaat kleiner worden dan %1 mm. Maak de tekst van de bon korter of gebruik groter papier.</translation>
    </message>
    <message>
        <source>The text in the QR code (%1 characters) is too long to print readably on this paper size.</source>
        <translation>De tekst in de QR-code (%1 tekens) is te lang om goed leesbaar af te drukken op dit papierformaat.</translation>
    </message>
    <message>
        <source>The text of the slip does not fit on the paper; shorten it or use larger paper.</source>
        <translation>De tekst van de bon past niet op het papier. Maak de tekst korter of gebruik groter papier.</translation>
    </message>
    <message>
        <source>No file name was given for the slip&apos;s PDF.</source>
        <translation>Er is geen bestandsnaam opgegeven voor de pdf van de bon.</translation>
    </message>
    <message>
        <source>Cannot write the slip to %1: that is a folder.</source>
        <translation>Kan de bon niet opslaan in %1: dat is een map.</translation>
    </message>
    <message>
        <source>Cannot write the slip to %1: the folder %2 does not exist.</source>
        <translation>Kan de bon niet opslaan in %1: de map %2 bestaat niet.</translation>
    </message>
    <message>
        <source>Cannot write the slip to %1: %2.</source>
        <translation>Kan de bon niet opslaan in %1: %2.</translation>
    </message>
    <message>
        <source>Cannot start a PDF for the slip at %1.</source>
        <translation>Kan geen pdf voor de bon maken in %1.</translation>
    </message>
    <message>
        <source>No printer was chosen for the slip.</source>
        <translation>Er is geen printer gekozen voor de bon.</translation>
    </message>
    <message>
        <source>The printer %1 did not accept the slip. Check that it is switched on and has paper.</source>
        <translation>De printer %1 heeft de bon niet aangenomen. Kijk of de printer aan staat en papier heeft.</translation>
    </message>
    <message>
        <source>The printer stopped while printing the slip.</source>
        <translation>De printer is gestopt tijdens het afdrukken van de bon.</translation>
    </message>
</context>
<context>
    <name>StaffLook</name>
    <message>
        <source>The PIN must be 4 to 6 digits.</source>
        <translation>De pincode moet 4 tot 6 cijfers hebben.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the PIN twice.</source>
        <translation>De twee pincodes zijn niet gelijk. Typ de pincode twee keer.</translation>
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
        <translation>Gemeente %1 — Buurtmunt</translation>
    </message>
    <message>
        <source>Statement for %1</source>
        <translation>Overzicht van %1</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Winkel</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Paid to IBAN</source>
        <translation>Uitbetaald op IBAN</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Koers</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Waardebon</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Geaccepteerd</translation>
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
            <numerusform>Totaal: %n waardebon</numerusform>
            <numerusform>Totaal: %n waardebonnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Total in %1</source>
        <translation>Totaal in %1</translation>
    </message>
    <message>
        <source>Paid in euros</source>
        <translation>Uitbetaald in euro&apos;s</translation>
    </message>
    <message>
        <source>The municipality transfers this amount to the IBAN above by SEPA credit transfer. Questions: contact the municipality and quote %1, settlement %2.</source>
        <translation>De gemeente maakt dit bedrag met een SEPA-overboeking over naar het IBAN hierboven. Vragen? Neem contact op met de gemeente en noem %1, afrekening %2.</translation>
    </message>
    <message>
        <source>Statement %1 %2</source>
        <translation>Overzicht %1 %2</translation>
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
    <name>VoucherSlip</name>
    <message numerus="yes">
        <source>%n shop(s)</source>
        <translation>
            <numerusform>%n winkel</numerusform>
            <numerusform>%n winkels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <extracomment>%1 is a list of shop names, %n how many more shops take the voucher</extracomment>
        <translation>
            <numerusform>%1 en nog %n winkel</numerusform>
            <numerusform>%1 en nog %n winkels</numerusform>
        </translation>
    </message>
    <message>
        <source>coin</source>
        <translation>munt</translation>
    </message>
    <message>
        <source>%1 voucher</source>
        <extracomment>%1 is the municipality, %2 the coin&apos;s name, e.g. &quot;Heerlen&quot;, &quot;Heitje&quot;</extracomment>
        <translation>Waardebon %1</translation>
    </message>
    <message>
        <source>Municipality of %1 — %2 voucher</source>
        <translation>Gemeente %1 — waardebon %2</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>Spend it at</source>
        <translation>Te besteden bij</translation>
    </message>
    <message>
        <source>the shops taking part (ask at the kiosk)</source>
        <translation>de winkels die meedoen (vraag het bij de kiosk)</translation>
    </message>
    <message>
        <source>Single use. Keep it safe like cash.</source>
        <translation>Eén keer te gebruiken. Bewaar de bon goed, net als geld.</translation>
    </message>
</context>
<context>
    <name>buurtmunt::AuditLogView</name>
    <message>
        <source>&amp;Between</source>
        <translation>&amp;Tussen</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>&amp;Meer laden</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>Keten &amp;controleren</translation>
    </message>
    <message>
        <source>Search the audit log</source>
        <translation>Zoeken in de auditlog</translation>
    </message>
    <message>
        <source>Actor, object, request id or details</source>
        <translation>Uitvoerder, object, verzoek-ID of details</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>any action</source>
        <translation>elke actie</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>Vanaf dag</translation>
    </message>
    <message>
        <source>To day</source>
        <translation>Tot en met dag</translation>
    </message>
    <message>
        <source>Audit log entries, newest first</source>
        <translation>Regels in de auditlog, nieuwste eerst</translation>
    </message>
    <message>
        <source>and</source>
        <translation>en</translation>
    </message>
    <message>
        <source>The first day must not come after the last day.</source>
        <translation>De eerste dag mag niet na de laatste dag liggen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>The audit log could not be searched: %1</source>
        <translation>Zoeken in de auditlog is niet gelukt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown; older ones follow.</source>
        <translation>
            <numerusform>%n regel getoond; er volgen oudere regels.</numerusform>
            <numerusform>%n regels getoond; er volgen oudere regels.</numerusform>
        </translation>
    </message>
    <message>
        <source>No entry matches.</source>
        <translation>Geen regels gevonden.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown; that is all that match.</source>
        <translation>
            <numerusform>%n regel getoond; meer regels passen er niet.</numerusform>
            <numerusform>%n regels getoond; meer regels passen er niet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking every entry of the log…</source>
        <translation>Alle regels van de auditlog worden gecontroleerd…</translation>
    </message>
    <message>
        <source>The log could not be checked: %1</source>
        <translation>De auditlog kon niet worden gecontroleerd: %1</translation>
    </message>
    <message numerus="yes">
        <source>The log is intact: %n entry(ies), each linked to the one before.</source>
        <translation>
            <numerusform>De auditlog is intact: %n regel, gekoppeld aan de regel ervoor.</numerusform>
            <numerusform>De auditlog is intact: %n regels, elk gekoppeld aan de regel ervoor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry #%1 has been changed or removed: %2</source>
        <translation>Regel #%1 is veranderd of verwijderd: %2</translation>
    </message>
    <message>
        <source>(It is not among the entries shown; load more or widen the search to see it.)</source>
        <translation>(Deze regel staat niet tussen de getoonde regels. Laad meer regels of zoek breder om hem te zien.)</translation>
    </message>
</context>
<context>
    <name>buurtmunt::CameraView</name>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Hold the QR code in front of the camera.</source>
        <translation>Houd de QR-code voor de camera.</translation>
    </message>
    <message>
        <source>The camera is off.</source>
        <translation>De camera staat uit.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>De camera start…</translation>
    </message>
    <message>
        <source>No camera found. Type the number instead.</source>
        <translation>Geen camera gevonden. Typ het nummer.</translation>
    </message>
    <message>
        <source>The camera is not working. Type the number instead.</source>
        <translation>De camera werkt niet. Typ het nummer.</translation>
    </message>
    <message>
        <source>Camera status</source>
        <translation>Status van de camera</translation>
    </message>
</context>
<context>
    <name>buurtmunt::CapMeter</name>
    <message>
        <source>This year you have earned %1 of your %2 limit.</source>
        <extracomment>%1 earned this year, %2 the yearly limit</extracomment>
        <translation>Dit jaar heb je %1 verdiend van je limiet van %2.</translation>
    </message>
    <message>
        <source>%1 is waiting for approval.</source>
        <translation>%1 wacht nog op goedkeuring.</translation>
    </message>
    <message>
        <source>You can still earn %1 this year.</source>
        <translation>Je kunt dit jaar nog %1 verdienen.</translation>
    </message>
    <message>
        <source>Earnings against the yearly limit</source>
        <translation>Verdiend en jaarlimiet</translation>
    </message>
</context>
<context>
    <name>buurtmunt::ClaimConfirmPage</name>
    <message>
        <source>This task would take you over your limit for volunteer rewards, which protects your benefits.</source>
        <translation>Met deze taak kom je boven je limiet voor vrijwilligersbeloningen. Die limiet beschermt je uitkering.</translation>
    </message>
    <message>
        <source>This month you can still earn %1; this task pays %2.</source>
        <translation>Deze maand kun je nog %1 verdienen; deze taak levert %2 op.</translation>
    </message>
    <message>
        <source>This year you can still earn %1; this task pays %2.</source>
        <translation>Dit jaar kun je nog %1 verdienen; deze taak levert %2 op.</translation>
    </message>
    <message>
        <source>Choose a task with a smaller reward, or ask staff at the desk.</source>
        <translation>Kies een taak met een kleinere beloning, of vraag het aan een medewerker bij de balie.</translation>
    </message>
    <message>
        <source>Someone else just took the last place for this task. Please choose another one.</source>
        <translation>Iemand anders heeft net de laatste plaats voor deze taak genomen. Kies een andere taak.</translation>
    </message>
    <message numerus="yes">
        <source>You already have %n task(s) to do. Finish or give back one first.</source>
        <translation>
            <numerusform>Je hebt al %n taak te doen. Maak die eerst af of geef die terug.</numerusform>
            <numerusform>Je hebt al %n taken te doen. Maak er eerst een af of geef er een terug.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have already claimed this task. You find it under My tasks.</source>
        <translation>Je hebt deze taak al aangenomen. Je vindt hem bij Mijn taken.</translation>
    </message>
    <message>
        <source>This task is no longer offered.</source>
        <translation>Deze taak is er niet meer.</translation>
    </message>
    <message>
        <source>The kiosk cannot reach the municipality&apos;s server right now. Tap the button again in a moment.</source>
        <translation>De kiosk kan de server van de gemeente nu niet bereiken. Tik zo nog een keer op de knop.</translation>
    </message>
    <message>
        <source>The task could not be claimed: %1</source>
        <translation>De taak kon niet worden aangenomen: %1</translation>
    </message>
    <message>
        <source>Do you want to do this task?</source>
        <translation>Wil je deze taak doen?</translation>
    </message>
    <message>
        <source>Reward: %1</source>
        <translation>Beloning: %1</translation>
    </message>
    <message>
        <source>So far this year: %1 (including tasks waiting for approval). Your yearly limit is %2.</source>
        <translation>Tot nu toe dit jaar: %1 (met taken die nog op goedkeuring wachten). Je jaarlimiet is %2.</translation>
    </message>
    <message>
        <source>After this task you have earned %1 of your %2 limit; %3 is left.</source>
        <extracomment>%1 earnings after this task, %2 the yearly limit, %3 what is left</extracomment>
        <translation>Na deze taak heb je %1 verdiend van je limiet van %2; er blijft %3 over.</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>Een ogenblik…</translation>
    </message>
    <message>
        <source>Yes, claim this task</source>
        <translation>Ja, ik neem deze taak aan</translation>
    </message>
    <message>
        <source>Claim this task</source>
        <translation>Deze taak aannemen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Back to the task list without claiming</source>
        <translation>Terug naar de takenlijst zonder de taak aan te nemen</translation>
    </message>
</context>
<context>
    <name>buurtmunt::ClaimedPage</name>
    <message>
        <source>Claim slip: %1</source>
        <translation>Taakbon: %1</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Beloning</translation>
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
        <source>Done and reported by</source>
        <translation>Klaar en gemeld vóór</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Veiligheid</translation>
    </message>
    <message>
        <source>Show this code at the community centre to pick up the toolbox.</source>
        <translation>Laat deze code zien in het buurthuis om de klusbox op te halen.</translation>
    </message>
    <message>
        <source>Mark the task as done at a kiosk when you have finished.</source>
        <translation>Meld de taak als klaar bij een kiosk als je klaar bent.</translation>
    </message>
    <message>
        <source>The claim slip is printing. Take it with you.</source>
        <translation>De taakbon wordt afgedrukt. Neem hem mee.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>De map %1 kan niet worden gemaakt.</translation>
    </message>
    <message>
        <source>There is no printer here; the slip was saved for staff to print.</source>
        <translation>Hier is geen printer. De bon is bewaard, zodat een medewerker hem kan afdrukken.</translation>
    </message>
    <message>
        <source>This kiosk has no printer.</source>
        <translation>Deze kiosk heeft geen printer.</translation>
    </message>
    <message>
        <source>The slip could not be printed: %1 Write down the code above.</source>
        <translation>De bon kon niet worden afgedrukt: %1 Schrijf de code hierboven op.</translation>
    </message>
    <message>
        <source>The task is yours!</source>
        <translation>De taak is van jou!</translation>
    </message>
    <message>
        <source>Do the task within its time window, then tap &quot;I have done this&quot; under My tasks.</source>
        <translation>Doe de taak binnen de aangegeven periode. Tik daarna bij Mijn taken op &quot;Ik heb dit gedaan&quot;.</translation>
    </message>
    <message>
        <source>Pick up the toolbox at the community centre with the code below, do the task within its time window, then tap &quot;I have done this&quot; under My tasks.</source>
        <translation>Haal met de code hieronder de klusbox op in het buurthuis. Doe de taak binnen de aangegeven periode. Tik daarna bij Mijn taken op &quot;Ik heb dit gedaan&quot;.</translation>
    </message>
    <message>
        <source>Report it done by %1.</source>
        <translation>Meld de taak klaar vóór %1.</translation>
    </message>
    <message>
        <source>Toolbox pickup code:</source>
        <translation>Code om de klusbox op te halen:</translation>
    </message>
    <message>
        <source>Print claim slip</source>
        <translation>Taakbon afdrukken</translation>
    </message>
    <message>
        <source>Print the claim slip with the toolbox code</source>
        <translation>De taakbon met de code voor de klusbox afdrukken</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Mijn taken</translation>
    </message>
    <message>
        <source>Show my tasks</source>
        <translation>Mijn taken tonen</translation>
    </message>
    <message>
        <source>Back to all tasks</source>
        <translation>Terug naar alle taken</translation>
    </message>
    <message>
        <source>Back to the task list</source>
        <translation>Terug naar de takenlijst</translation>
    </message>
    <message>
        <source>Toolbox pickup code</source>
        <translation>Code om de klusbox op te halen</translation>
    </message>
</context>
<context>
    <name>buurtmunt::CounterWindow</name>
    <message>
        <source>The counter could not read the shop&apos;s details: %1</source>
        <translation>De kassa kon de gegevens van de winkel niet lezen: %1</translation>
    </message>
    <message>
        <source>coin</source>
        <translation>munt</translation>
    </message>
    <message>
        <source>coins</source>
        <translation>munten</translation>
    </message>
    <message>
        <source>Shop counter</source>
        <translation>Winkelkassa</translation>
    </message>
    <message>
        <source>Balance: not known yet</source>
        <translation>Saldo: nog niet bekend</translation>
    </message>
    <message>
        <source>Today: not known yet</source>
        <translation>Vandaag: nog niet bekend</translation>
    </message>
    <message>
        <source>Waiting for payout: not known yet</source>
        <translation>Wacht op uitbetaling: nog niet bekend</translation>
    </message>
    <message>
        <source>Balance: %1 (as of %2)</source>
        <translation>Saldo: %1 (bijgewerkt om %2)</translation>
    </message>
    <message numerus="yes">
        <source>Confirmed today: %n voucher(s), %1</source>
        <translation>
            <numerusform>Vandaag bevestigd: %n waardebon, %1</numerusform>
            <numerusform>Vandaag bevestigd: %n waardebonnen, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for payout: %1. The municipality pays the shop&apos;s balance out in euros; paid amounts are listed below.</source>
        <translation>Wacht op uitbetaling: %1. De gemeente betaalt het saldo van de winkel uit in euro&apos;s; de uitbetaalde bedragen staan hieronder.</translation>
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
            <numerusform>%n offline verkoop wacht op verzenden</numerusform>
            <numerusform>%n offline verkopen wachten op verzenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Vouchers can only be taken with a connection</source>
        <translation>Waardebonnen accepteren kan alleen met verbinding</translation>
    </message>
    <message>
        <source>No offline sales waiting</source>
        <translation>Geen offline verkopen die wachten</translation>
    </message>
    <message>
        <source>Buurtmunt — shop counter</source>
        <translation>Buurtmunt — winkelkassa</translation>
    </message>
    <message>
        <source>Or type the code under the QR code:</source>
        <translation>Of typ de code onder de QR-code:</translation>
    </message>
    <message>
        <source>e.g. 7KD4M-2QX9P</source>
        <translation>bijv. 7KD4M-2QX9P</translation>
    </message>
    <message>
        <source>Voucher code</source>
        <translation>Code van de waardebon</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <source>Check the typed voucher code</source>
        <translation>De getypte code van de waardebon controleren</translation>
    </message>
    <message>
        <source>No camera found — use the scanner or type the code</source>
        <translation>Geen camera gevonden — gebruik de scanner of typ de code</translation>
    </message>
    <message>
        <source>Camera picture for scanning vouchers</source>
        <translation>Camerabeeld om waardebonnen te scannen</translation>
    </message>
    <message>
        <source>The answer to the last scanned voucher</source>
        <translation>Het resultaat van de laatst gescande waardebon</translation>
    </message>
    <message>
        <source>Today&apos;s vouchers</source>
        <translation>Waardebonnen van vandaag</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Uitbetalingen</translation>
    </message>
    <message>
        <source>Vouchers taken today</source>
        <translation>Vandaag geaccepteerde waardebonnen</translation>
    </message>
    <message>
        <source>Payouts to the shop</source>
        <translation>Uitbetalingen aan de winkel</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Waardebon</translation>
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
        <translation>Munten</translation>
    </message>
    <message>
        <source>Euros</source>
        <translation>Euro&apos;s</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
</context>
<context>
    <name>buurtmunt::DashboardView</name>
    <message>
        <source>Export dashboard as CSV</source>
        <translation>Dashboard exporteren als CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Tonen</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exporteren…</translation>
    </message>
    <message>
        <source>Per &amp;neighbourhood</source>
        <translation>Per &amp;wijk</translation>
    </message>
    <message>
        <source>Coins minted and spent per month</source>
        <translation>Aangemaakte en bestede munten per maand</translation>
    </message>
    <message>
        <source>Tasks done and active residents per month</source>
        <translation>Uitgevoerde taken en actieve bewoners per maand</translation>
    </message>
    <message>
        <source>Figures per month</source>
        <translation>Cijfers per maand</translation>
    </message>
    <message>
        <source>Turnover per shop</source>
        <translation>Omzet per winkel</translation>
    </message>
    <message>
        <source>From month</source>
        <translation>Vanaf maand</translation>
    </message>
    <message>
        <source>To month</source>
        <translation>Tot en met maand</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>t&amp;ot en met</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Per maand</translation>
    </message>
    <message>
        <source>The first month must not come after the last month.</source>
        <translation>De eerste maand mag niet na de laatste maand liggen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>The dashboard could not be loaded: %1</source>
        <translation>Het dashboard kon niet worden geladen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 minted, %2 spent over %n month(s).</source>
        <translation>
            <numerusform>%1 aangemaakt, %2 besteed in %n maand.</numerusform>
            <numerusform>%1 aangemaakt, %2 besteed in %n maanden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Coins minted and spent (%1)</source>
        <translation>Aangemaakte en bestede munten (%1)</translation>
    </message>
    <message>
        <source>no neighbourhood</source>
        <translation>geen wijk</translation>
    </message>
    <message>
        <source>%1 minted</source>
        <translation>%1: aangemaakt</translation>
    </message>
    <message>
        <source>%1 spent</source>
        <translation>%1: besteed</translation>
    </message>
    <message>
        <source>Minted</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Besteed</translation>
    </message>
    <message>
        <source>Tasks done and active residents</source>
        <translation>Uitgevoerde taken en actieve bewoners</translation>
    </message>
    <message>
        <source>Tasks done</source>
        <translation>Uitgevoerde taken</translation>
    </message>
    <message>
        <source>Active residents</source>
        <translation>Actieve bewoners</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan niet worden opgeslagen: %2</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Er is niets geëxporteerd: %1</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Geëxporteerd naar %1.</translation>
    </message>
    <message>
        <source>Export dashboard as PDF</source>
        <translation>Dashboard exporteren als pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;Pdf exporteren…</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot en met %2</translation>
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
        <translation>Waardebonnen aannemen aan de kassa kan in deze versie van Buurtmunt nog niet. Dit apparaat blijft aangemeld en houdt contact met de server; een volgende versie voegt de kassafuncties toe.</translation>
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
    <name>buurtmunt::DevicesView</name>
    <message>
        <source>&amp;New enrolment code…</source>
        <translation>&amp;Nieuwe aanmeldcode…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Intrekken…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Opnieuw &amp;laden</translation>
    </message>
    <message>
        <source>Enrolled devices</source>
        <translation>Aangemelde apparaten</translation>
    </message>
    <message>
        <source>This is the desk you are working at; revoke it from another desk.</source>
        <translation>Dit is de medewerkersplek waar je nu aan werkt. Trek hem in vanaf een andere medewerkersplek.</translation>
    </message>
    <message>
        <source>The devices could not be loaded: %1</source>
        <translation>De apparaten konden niet worden geladen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) active</source>
        <translation>
            <numerusform>%n apparaat actief</numerusform>
            <numerusform>%n apparaten actief</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revoked</source>
        <translation>
            <numerusform>%n ingetrokken</numerusform>
            <numerusform>%n ingetrokken</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation>Apparaat intrekken</translation>
    </message>
    <message>
        <source>Revoke “%1” (%2)?</source>
        <translation>“%1” (%2) intrekken?</translation>
    </message>
    <message>
        <source>The device stops working at once: its next call to the server is refused, and whoever is logged in on it is logged out. It can only be used again after it is enrolled with a new code.</source>
        <translation>Het apparaat werkt meteen niet meer: de server weigert het volgende verzoek van het apparaat, en wie erop is ingelogd, wordt uitgelogd. Het apparaat kan pas weer worden gebruikt als het opnieuw is aangemeld met een nieuwe code.</translation>
    </message>
    <message>
        <source>Revoke now</source>
        <translation>Nu intrekken</translation>
    </message>
    <message>
        <source>The device was not revoked: %1</source>
        <translation>Het apparaat is niet ingetrokken: %1</translation>
    </message>
    <message>
        <source>“%1” is revoked: it can no longer reach the server.</source>
        <translation>“%1” is ingetrokken: het apparaat kan de server niet meer bereiken.</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>apparaat %1</translation>
    </message>
</context>
<context>
    <name>buurtmunt::EnrolmentCodeDialog</name>
    <message>
        <source>&amp;Create code</source>
        <translation>Code &amp;maken</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>New enrolment code</source>
        <translation>Nieuwe aanmeldcode</translation>
    </message>
    <message>
        <source>Kind of device</source>
        <translation>Soort apparaat</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Winkel</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>where a kiosk stands, e.g. Heerlerheide</source>
        <translation>waar de kiosk staat, bijv. Heerlerheide</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Apparaatnaam</translation>
    </message>
    <message>
        <source>e.g. Kiosk library entrance</source>
        <translation>bijv. Kiosk ingang bibliotheek</translation>
    </message>
    <message>
        <source>&amp;Kind of device:</source>
        <translation>&amp;Soort apparaat:</translation>
    </message>
    <message>
        <source>&amp;Shop:</source>
        <translation>&amp;Winkel:</translation>
    </message>
    <message>
        <source>&amp;Neighbourhood:</source>
        <translation>W&amp;ijk:</translation>
    </message>
    <message>
        <source>Device &amp;name:</source>
        <translation>Apparaat&amp;naam:</translation>
    </message>
    <message>
        <source>Enrolment code as a QR code</source>
        <translation>Aanmeldcode als QR-code</translation>
    </message>
    <message>
        <source>Loading shops…</source>
        <translation>Winkels laden…</translation>
    </message>
    <message>
        <source>The shops could not be loaded: %1</source>
        <translation>De winkels konden niet worden geladen: %1</translation>
    </message>
    <message>
        <source>No active shop: register one first</source>
        <translation>Geen actieve winkel: schrijf eerst een winkel in</translation>
    </message>
    <message>
        <source>A shop counter needs an active shop. Register the shop first.</source>
        <translation>Een winkelkassa hoort bij een actieve winkel. Schrijf de winkel eerst in.</translation>
    </message>
    <message>
        <source>No code was made: %1</source>
        <translation>Er is geen code gemaakt: %1</translation>
    </message>
    <message>
        <source>Enrolment code %1</source>
        <translation>Aanmeldcode %1</translation>
    </message>
    <message>
        <source>The QR code could not be drawn (%1); type the code instead.</source>
        <translation>De QR-code kon niet worden getekend (%1). Typ de code dan in.</translation>
    </message>
    <message numerus="yes">
        <source>Enter or scan this code in the new device&apos;s set-up. It works once and expires at %1 (in about %n hour(s)).</source>
        <translation>
            <numerusform>Vul deze code in of scan hem bij het instellen van het nieuwe apparaat. De code werkt één keer en verloopt om %1 (over ongeveer %n uur).</numerusform>
            <numerusform>Vul deze code in of scan hem bij het instellen van het nieuwe apparaat. De code werkt één keer en verloopt om %1 (over ongeveer %n uur).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enter or scan this code in the new device&apos;s set-up. It works once and expires at %1 (in about %n minute(s)).</source>
        <translation>
            <numerusform>Vul deze code in of scan hem bij het instellen van het nieuwe apparaat. De code werkt één keer en verloopt om %1 (over ongeveer %n minuut).</numerusform>
            <numerusform>Vul deze code in of scan hem bij het instellen van het nieuwe apparaat. De code werkt één keer en verloopt om %1 (over ongeveer %n minuten).</numerusform>
        </translation>
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
    <name>buurtmunt::IdleWarningOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Ben je er nog?</translation>
    </message>
    <message numerus="yes">
        <source>You will be logged out in %n second(s).</source>
        <translation>
            <numerusform>Over %n seconde word je uitgelogd.</numerusform>
            <numerusform>Over %n seconden word je uitgelogd.</numerusform>
        </translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>Ik ben er nog</translation>
    </message>
    <message>
        <source>I am still here: stay logged in</source>
        <translation>Ik ben er nog: blijf ingelogd</translation>
    </message>
    <message>
        <source>Logout warning</source>
        <translation>Waarschuwing: uitloggen</translation>
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
        <translation>Verdien %1 met klussen in je buurt</translation>
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
    <message>
        <source>Hello, %1</source>
        <translation>Hallo, %1</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Saldo: %1</translation>
    </message>
    <message>
        <source>Balance: loading…</source>
        <translation>Saldo: laden…</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Inloggen</translation>
    </message>
    <message>
        <source>Log in with your pass and PIN</source>
        <translation>Inloggen met je pas en pincode</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Mijn taken</translation>
    </message>
    <message>
        <source>My tasks, balance and history</source>
        <translation>Mijn taken, saldo en geschiedenis</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Uitloggen</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Besteden</translation>
    </message>
    <message>
        <source>Spend %1: make a voucher for a shop</source>
        <extracomment>%1 is the coin&apos;s plural name, e.g. &quot;Heitjes&quot;</extracomment>
        <translation>%1 besteden: maak een waardebon voor een winkel</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Stop voorlezen</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Voorlezen</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation>Stop met voorlezen</translation>
    </message>
    <message>
        <source>Read this page aloud</source>
        <translation>Lees deze pagina voor</translation>
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
    <name>buurtmunt::LoginPage</name>
    <message>
        <source>This code is not a Buurtmunt pass. Hold your pass card to the camera, or type the number.</source>
        <translation>Deze code is geen Buurtmunt-pas. Houd je pas voor de camera, of typ het nummer.</translation>
    </message>
    <message>
        <source>Type the number printed under the code on your pass card.</source>
        <translation>Typ het nummer dat onder de code op je pas staat.</translation>
    </message>
    <message>
        <source>The pass number has %1 characters; you typed %2. Please check it.</source>
        <translation>Het pasnummer heeft %1 tekens; jij typte er %2. Controleer het nummer.</translation>
    </message>
    <message>
        <source>The pass number only has digits and capital letters. Please check what you typed.</source>
        <translation>Het pasnummer heeft alleen cijfers en hoofdletters. Controleer wat je hebt getypt.</translation>
    </message>
    <message>
        <source>There is a typing mistake in the pass number. Please check it character by character.</source>
        <translation>Er zit een typfout in het pasnummer. Controleer het teken voor teken.</translation>
    </message>
    <message>
        <source>Log in with your pass</source>
        <translation>Inloggen met je pas</translation>
    </message>
    <message>
        <source>Hold the code on your pass card in front of the camera.</source>
        <translation>Houd de code op je pas voor de camera.</translation>
    </message>
    <message>
        <source>This kiosk has no camera. Please type the number on your pass card.</source>
        <translation>Deze kiosk heeft geen camera. Typ het nummer dat op je pas staat.</translation>
    </message>
    <message>
        <source>Or type the number printed on your pass card:</source>
        <translation>Of typ het nummer dat op je pas staat:</translation>
    </message>
    <message>
        <source>e.g. 7KD 4M2 QX9 ...</source>
        <translation>bijv. 7KD 4M2 QX9 ...</translation>
    </message>
    <message>
        <source>Pass number</source>
        <translation>Pasnummer</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Continue to the PIN</source>
        <translation>Verder naar de pincode</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancel logging in</source>
        <translation>Inloggen annuleren</translation>
    </message>
    <message>
        <source>Camera picture for scanning the pass card</source>
        <translation>Camerabeeld om de pas te scannen</translation>
    </message>
    <message>
        <source>Problem with the pass number</source>
        <translation>Probleem met het pasnummer</translation>
    </message>
</context>
<context>
    <name>buurtmunt::MyTasksPage</name>
    <message>
        <source>To do: report it done by %1</source>
        <translation>Te doen: meld de taak klaar vóór %1</translation>
    </message>
    <message>
        <source>Done, waiting for the municipality&apos;s check</source>
        <translation>Klaar, wacht op controle door de gemeente</translation>
    </message>
    <message>
        <source>Approved: the reward is in your balance</source>
        <translation>Goedgekeurd: de beloning staat in je saldo</translation>
    </message>
    <message>
        <source>Not approved: %1</source>
        <translation>Niet goedgekeurd: %1</translation>
    </message>
    <message>
        <source>Expired: not reported done in time</source>
        <translation>Verlopen: niet op tijd klaar gemeld</translation>
    </message>
    <message>
        <source>Given back</source>
        <translation>Teruggegeven</translation>
    </message>
    <message>
        <source>Toolbox code: %1</source>
        <translation>Klusboxcode: %1</translation>
    </message>
    <message>
        <source>Your note: %1</source>
        <translation>Jouw opmerking: %1</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Beloning</translation>
    </message>
    <message>
        <source>Voucher made</source>
        <translation>Waardebon gemaakt</translation>
    </message>
    <message>
        <source>Voucher cancelled or expired: coins back</source>
        <translation>Waardebon geannuleerd of verlopen: munten terug</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correctie</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Thank you! The municipality will check the task; then the reward is added to your balance.</source>
        <translation>Bedankt! De gemeente controleert de taak. Daarna komt de beloning in je saldo.</translation>
    </message>
    <message>
        <source>You gave the task back. Someone else can do it now.</source>
        <translation>Je hebt de taak teruggegeven. Nu kan iemand anders hem doen.</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>Dat is niet gelukt: %1</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Saldo: %1</translation>
    </message>
    <message>
        <source>as of %1</source>
        <extracomment>the time the balance was fetched from the server</extracomment>
        <translation>bijgewerkt om %1</translation>
    </message>
    <message>
        <source>Balance: loading…</source>
        <translation>Saldo: laden…</translation>
    </message>
    <message>
        <source>My tasks and coins</source>
        <translation>Mijn taken en munten</translation>
    </message>
    <message>
        <source>Back to all tasks</source>
        <translation>Terug naar alle taken</translation>
    </message>
    <message>
        <source>Back to the task list</source>
        <translation>Terug naar de takenlijst</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Mijn taken</translation>
    </message>
    <message>
        <source>My claimed tasks</source>
        <translation>Mijn aangenomen taken</translation>
    </message>
    <message>
        <source>You have no tasks yet. Choose one in the task list.</source>
        <translation>Je hebt nog geen taken. Kies er een in de takenlijst.</translation>
    </message>
    <message>
        <source>I have done this</source>
        <translation>Ik heb dit gedaan</translation>
    </message>
    <message>
        <source>Report the selected task as done</source>
        <translation>De gekozen taak als klaar melden</translation>
    </message>
    <message>
        <source>Give back</source>
        <translation>Teruggeven</translation>
    </message>
    <message>
        <source>Give the selected task back</source>
        <translation>De gekozen taak teruggeven</translation>
    </message>
    <message>
        <source>Anything the municipality should know? (You may leave this empty.)</source>
        <translation>Moet de gemeente iets weten? (Je mag dit leeg laten.)</translation>
    </message>
    <message>
        <source>Note about the task</source>
        <translation>Opmerking over de taak</translation>
    </message>
    <message>
        <source>All done.</source>
        <translation>Alles klaar.</translation>
    </message>
    <message>
        <source>Done; the toolbox is back.</source>
        <translation>Klaar; de klusbox is terug.</translation>
    </message>
    <message>
        <source>Done, but something is broken.</source>
        <translation>Klaar, maar er is iets kapot.</translation>
    </message>
    <message>
        <source>Partly done; please have a look.</source>
        <translation>Deels klaar; kom even kijken.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Opmerking: %1</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <source>Report the task as done with this note</source>
        <translation>De taak als klaar melden met deze opmerking</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Do not report the task yet</source>
        <translation>De taak nog niet klaar melden</translation>
    </message>
    <message>
        <source>Your yearly limit</source>
        <translation>Je jaarlimiet</translation>
    </message>
    <message>
        <source>Coin history</source>
        <translation>Geschiedenis van je munten</translation>
    </message>
    <message>
        <source>No coins yet. Rewards appear here once a task is approved.</source>
        <translation>Nog geen munten. Beloningen staan hier zodra een taak is goedgekeurd.</translation>
    </message>
</context>
<context>
    <name>buurtmunt::PassCardDialog</name>
    <message>
        <source>&amp;Print pass card…</source>
        <translation>&amp;Pas afdrukken…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Opslaan als p&amp;df…</translation>
    </message>
    <message>
        <source>Pass card for %1</source>
        <translation>Pas voor %1</translation>
    </message>
    <message>
        <source>Print this pass card now and hand it to %1. The code is shown only this once; without it the card cannot be printed again (make a new card instead).</source>
        <translation>Druk deze pas nu af en geef hem aan %1. De code is maar één keer te zien; zonder code kan de pas niet opnieuw worden afgedrukt (maak dan een nieuwe pas).</translation>
    </message>
    <message>
        <source>QR code of the pass</source>
        <translation>QR-code van de pas</translation>
    </message>
    <message>
        <source>Pass code: %1</source>
        <translation>Pascode: %1</translation>
    </message>
    <message>
        <source>Print pass card</source>
        <translation>Pas afdrukken</translation>
    </message>
    <message>
        <source>Save pass card as PDF</source>
        <translation>Pas opslaan als pdf</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Buurtmunt</source>
        <translation>Buurtmunt</translation>
    </message>
    <message>
        <source>%1 resident pass</source>
        <translation>Bewonerspas %1</translation>
    </message>
    <message>
        <source>Earn</source>
        <translation>Verdien</translation>
    </message>
    <message>
        <source>Scan at a kiosk and enter your PIN. Lost? Ask staff for a new card.</source>
        <translation>Scan bij een kiosk en typ je pincode. Kwijt? Vraag een medewerker om een nieuwe pas.</translation>
    </message>
    <message>
        <source>The pass card was not printed: %1</source>
        <translation>De pas is niet afgedrukt: %1</translation>
    </message>
    <message>
        <source>Saved the pass card to %1.</source>
        <translation>De pas is opgeslagen in %1.</translation>
    </message>
    <message>
        <source>The pass card was sent to the printer.</source>
        <translation>De pas is naar de printer gestuurd.</translation>
    </message>
    <message>
        <source>pass-card.pdf</source>
        <translation>pas.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Close without printing?</source>
        <translation>Sluiten zonder afdrukken?</translation>
    </message>
    <message>
        <source>The pass card has not been printed or saved. Once this window is closed the code cannot be shown again; %1 would need a new card. Close anyway?</source>
        <translation>De pas is niet afgedrukt of opgeslagen. Als je dit venster sluit, is de code niet meer te zien; %1 heeft dan een nieuwe pas nodig. Toch sluiten?</translation>
    </message>
</context>
<context>
    <name>buurtmunt::PinPadPage</name>
    <message>
        <source>A PIN has at least 4 digits.</source>
        <translation>Een pincode heeft minstens 4 cijfers.</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>Een ogenblik…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. You can try %n more time(s) before the pass is locked for 15 minutes.</source>
        <translation>
            <numerusform>Die pincode klopt niet. Je kunt het nog %n keer proberen. Daarna gaat de pas 15 minuten op slot.</numerusform>
            <numerusform>Die pincode klopt niet. Je kunt het nog %n keer proberen. Daarna gaat de pas 15 minuten op slot.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation>Die pincode klopt niet. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This pass is locked after too many wrong PINs. Try again after %1.</source>
        <translation>Deze pas is op slot na te veel verkeerde pincodes. Probeer het opnieuw na %1.</translation>
    </message>
    <message>
        <source>This pass is locked after too many wrong PINs. Please try again later.</source>
        <translation>Deze pas is op slot na te veel verkeerde pincodes. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>This pass is locked after too many wrong PINs. Staff at the desk can unlock it for you.</source>
        <translation>Deze pas is op slot na te veel verkeerde pincodes. Een medewerker bij de balie kan hem voor je vrijgeven.</translation>
    </message>
    <message>
        <source>This pass cannot be used. Please ask staff at the desk.</source>
        <translation>Deze pas kan niet worden gebruikt. Vraag het aan een medewerker bij de balie.</translation>
    </message>
    <message>
        <source>This pass is not known. Go back and check the number, or ask staff at the desk.</source>
        <translation>Deze pas is onbekend. Ga terug en controleer het nummer, of vraag het aan een medewerker bij de balie.</translation>
    </message>
    <message>
        <source>The kiosk cannot reach the municipality&apos;s server right now. Please try again in a moment.</source>
        <translation>De kiosk kan de server van de gemeente nu niet bereiken. Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>Logging in did not work: %1</source>
        <translation>Inloggen is niet gelukt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>%n cijfer ingetypt</numerusform>
            <numerusform>%n cijfers ingetypt</numerusform>
        </translation>
    </message>
    <message>
        <source>Type your PIN</source>
        <translation>Typ je pincode</translation>
    </message>
    <message>
        <source>Digit %1</source>
        <translation>Cijfer %1</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Erase the last digit</source>
        <translation>Het laatste cijfer wissen</translation>
    </message>
    <message>
        <source>Log in with this PIN</source>
        <translation>Inloggen met deze pincode</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Back to the pass number</source>
        <translation>Terug naar het pasnummer</translation>
    </message>
</context>
<context>
    <name>buurtmunt::ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Write a reason of %1 to %2 characters; it is %3 now.</source>
        <translation>Schrijf een reden van %1 tot %2 tekens; nu zijn het er %3.</translation>
    </message>
</context>
<context>
    <name>buurtmunt::ResidentFormDialog</name>
    <message>
        <source>Register resident</source>
        <translation>Bewoner inschrijven</translation>
    </message>
    <message>
        <source>New PIN for %1</source>
        <translation>Nieuwe pincode voor %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>Nei&amp;ghbourhood</source>
        <translation>&amp;Wijk</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Pincode</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Pincode nog een keer</translation>
    </message>
    <message>
        <source>&amp;PIN (4–6 digits)</source>
        <translation>&amp;Pincode (4–6 cijfers)</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>Pincode nog een &amp;keer</translation>
    </message>
    <message>
        <source>Let the resident type the PIN themselves. The pass card that follows carries no name.</source>
        <translation>Laat de bewoner de pincode zelf typen. Op de pas die daarna komt, staat geen naam.</translation>
    </message>
    <message>
        <source>Let the resident type the new PIN themselves. The old PIN stops working at once.</source>
        <translation>Laat de bewoner de nieuwe pincode zelf typen. De oude pincode werkt meteen niet meer.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Inschrijven</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>Pincode instellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Enter the resident&apos;s name.</source>
        <translation>Vul de naam van de bewoner in.</translation>
    </message>
    <message>
        <source>The name may be at most 100 characters.</source>
        <translation>De naam mag hoogstens 100 tekens hebben.</translation>
    </message>
    <message>
        <source>Enter the resident&apos;s neighbourhood.</source>
        <translation>Vul de wijk van de bewoner in.</translation>
    </message>
</context>
<context>
    <name>buurtmunt::ResidentsView</name>
    <message>
        <source>Claimed</source>
        <translation>Aangenomen</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>Wacht op beoordeling</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>Given back</source>
        <translation>Teruggegeven</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Beloning</translation>
    </message>
    <message>
        <source>Voucher created</source>
        <translation>Waardebon gemaakt</translation>
    </message>
    <message>
        <source>Voucher spent</source>
        <translation>Waardebon besteed</translation>
    </message>
    <message>
        <source>Voucher returned</source>
        <translation>Waardebon teruggegeven</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correctie</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Aangenomen taken</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Coin history</source>
        <translation>Geschiedenis van je munten</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>&amp;Register resident…</source>
        <translation>Bewoner &amp;inschrijven…</translation>
    </message>
    <message>
        <source>Reset &amp;PIN…</source>
        <translation>Nieuwe &amp;pincode…</translation>
    </message>
    <message>
        <source>&amp;Block…</source>
        <translation>&amp;Blokkeren…</translation>
    </message>
    <message>
        <source>U&amp;nblock</source>
        <translation>&amp;Deblokkeren</translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>&amp;Vrijgeven</translation>
    </message>
    <message>
        <source>New pass &amp;card…</source>
        <translation>Nieuwe p&amp;as…</translation>
    </message>
    <message>
        <source>Search residents</source>
        <translation>Bewoners zoeken</translation>
    </message>
    <message>
        <source>Name or neighbourhood</source>
        <translation>Naam of wijk</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Bewoners</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>The residents could not be loaded: %1</source>
        <translation>De bewoners konden niet worden geladen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) found.</source>
        <translation>
            <numerusform>%n bewoner gevonden.</numerusform>
            <numerusform>%n bewoners gevonden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The resident&apos;s details could not be loaded: %1</source>
        <translation>De gegevens van de bewoner konden niet worden geladen: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Select a resident to see their details.</source>
        <translation>Kies een bewoner om de gegevens te zien.</translation>
    </message>
    <message>
        <source>Neighbourhood: %1</source>
        <translation>Wijk: %1</translation>
    </message>
    <message>
        <source>Pass: %1</source>
        <translation>Pas: %1</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Saldo: %1</translation>
    </message>
    <message>
        <source>Earned this year: %1 of %2</source>
        <translation>Verdiend dit jaar: %1 van %2</translation>
    </message>
    <message>
        <source>Earned this month: %1 of %2</source>
        <translation>Verdiend deze maand: %1 van %2</translation>
    </message>
    <message>
        <source>Waiting for review: %1</source>
        <translation>Wacht op beoordeling: %1</translation>
    </message>
    <message>
        <source>Registered: %1</source>
        <translation>Ingeschreven: %1</translation>
    </message>
    <message>
        <source>The resident was not registered: %1</source>
        <translation>De bewoner is niet ingeschreven: %1</translation>
    </message>
    <message>
        <source>%1 is registered. Print the pass card now.</source>
        <translation>%1 is ingeschreven. Druk nu de pas af.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Er is niets veranderd: %1</translation>
    </message>
    <message>
        <source>The PIN was not changed: %1</source>
        <translation>De pincode is niet veranderd: %1</translation>
    </message>
    <message>
        <source>%1 has a new PIN.</source>
        <translation>%1 heeft een nieuwe pincode.</translation>
    </message>
    <message>
        <source>Block pass</source>
        <translation>Pas blokkeren</translation>
    </message>
    <message>
        <source>Why is %1&apos;s pass blocked? Staff see this reason in the audit log.</source>
        <translation>Waarom wordt de pas van %1 geblokkeerd? Medewerkers zien deze reden in de auditlog.</translation>
    </message>
    <message>
        <source>%1&apos;s pass is blocked; it no longer logs in at kiosks.</source>
        <translation>De pas van %1 is geblokkeerd; inloggen bij een kiosk kan er niet meer mee.</translation>
    </message>
    <message>
        <source>%1&apos;s pass works again.</source>
        <translation>De pas van %1 werkt weer.</translation>
    </message>
    <message>
        <source>%1&apos;s pass is unlocked; the wrong PIN count starts again.</source>
        <translation>De pas van %1 is vrijgegeven; het tellen van verkeerde pincodes begint opnieuw.</translation>
    </message>
    <message>
        <source>New pass card</source>
        <translation>Nieuwe pas</translation>
    </message>
    <message>
        <source>Make a new pass card for %1? Their current card stops working at once.</source>
        <translation>Een nieuwe pas maken voor %1? De huidige pas werkt dan meteen niet meer.</translation>
    </message>
    <message>
        <source>No new pass card was made: %1</source>
        <translation>Er is geen nieuwe pas gemaakt: %1</translation>
    </message>
    <message>
        <source>New pass card for %1; the old one no longer works.</source>
        <translation>Nieuwe pas voor %1; de oude werkt niet meer.</translation>
    </message>
</context>
<context>
    <name>buurtmunt::ReviewQueueView</name>
    <message>
        <source>Tick &amp;all</source>
        <translation>&amp;Alles aanvinken</translation>
    </message>
    <message>
        <source>Approve &amp;ticked</source>
        <translation>Aangevinkte goed&amp;keuren</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>&amp;Goedkeuren</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>A&amp;fwijzen…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Opnieuw &amp;laden</translation>
    </message>
    <message>
        <source>Submitted claims</source>
        <translation>Klaar gemelde taken</translation>
    </message>
    <message>
        <source>Claim details</source>
        <translation>Details van de melding</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n ticked</source>
        <translation>
            <numerusform>%n aangevinkte goedkeuren</numerusform>
            <numerusform>%n aangevinkte goedkeuren</numerusform>
        </translation>
    </message>
    <message>
        <source>Untick &amp;all</source>
        <translation>Alles &amp;uitvinken</translation>
    </message>
    <message>
        <source>No claims are waiting for review.</source>
        <translation>Er wachten geen meldingen op beoordeling.</translation>
    </message>
    <message>
        <source>Select a claim to see its details.</source>
        <translation>Kies een melding om de details te zien.</translation>
    </message>
    <message>
        <source>Resident: %1</source>
        <translation>Bewoner: %1</translation>
    </message>
    <message>
        <source>Reward: %1</source>
        <translation>Beloning: %1</translation>
    </message>
    <message numerus="yes">
        <source>Estimated time: %n minute(s)</source>
        <translation>
            <numerusform>Geschatte tijd: %n minuut</numerusform>
            <numerusform>Geschatte tijd: %n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitted: %1</source>
        <translation>Klaar gemeld: %1</translation>
    </message>
    <message>
        <source>The first approval is given; a different approver must give the second.</source>
        <translation>De eerste goedkeuring is gegeven; een andere beoordelaar moet de tweede geven.</translation>
    </message>
    <message>
        <source>This reward needs two approvers.</source>
        <translation>Voor deze beloning zijn twee beoordelaars nodig.</translation>
    </message>
    <message>
        <source>Note from the resident</source>
        <translation>Opmerking van de bewoner</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(geen opmerking)</translation>
    </message>
    <message>
        <source>The review queue could not be loaded: %1</source>
        <translation>De lijst om te beoordelen kon niet worden geladen: %1</translation>
    </message>
    <message>
        <source>Nothing was approved: %1</source>
        <translation>Er is niets goedgekeurd: %1</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>First approval given; needs a second approver</source>
        <translation>Eerste goedkeuring gegeven; een tweede beoordelaar is nodig</translation>
    </message>
    <message>
        <source>Not approved: %1</source>
        <translation>Niet goedgekeurd: %1</translation>
    </message>
    <message>
        <source>%1 approved, %2 waiting for a second approver, %3 not approved.</source>
        <translation>%1 goedgekeurd, %2 wachten op een tweede beoordelaar, %3 niet goedgekeurd.</translation>
    </message>
    <message>
        <source>You already gave the first approval for %1&apos;s claim; a different approver must give the second.</source>
        <translation>Je hebt de melding van %1 al voor de eerste keer goedgekeurd; een andere beoordelaar moet de tweede goedkeuring geven.</translation>
    </message>
    <message>
        <source>%1&apos;s claim was not approved: %2</source>
        <translation>De melding van %1 is niet goedgekeurd: %2</translation>
    </message>
    <message>
        <source>First approval for %1&apos;s claim recorded. A different approver must give the second before the coins are paid.</source>
        <translation>De eerste goedkeuring voor de melding van %1 is vastgelegd. Een andere beoordelaar moet de tweede geven voordat de munten worden uitbetaald.</translation>
    </message>
    <message>
        <source>Approved: %1 receives %2 for “%3”.</source>
        <translation>Goedgekeurd: %1 krijgt %2 voor “%3”.</translation>
    </message>
    <message>
        <source>Reject claim</source>
        <translation>Melding afwijzen</translation>
    </message>
    <message>
        <source>Why is %1&apos;s work on “%2” not approved? The resident reads this reason.</source>
        <translation>Waarom wordt het werk van %1 aan “%2” niet goedgekeurd? De bewoner leest deze reden.</translation>
    </message>
    <message>
        <source>%1&apos;s claim was not rejected: %2</source>
        <translation>De melding van %1 is niet afgewezen: %2</translation>
    </message>
    <message>
        <source>Rejected %1&apos;s claim on “%2”; the place is free again.</source>
        <translation>De melding van %1 voor “%2” is afgewezen; de plaats is weer vrij.</translation>
    </message>
</context>
<context>
    <name>buurtmunt::ScanResultPanel</name>
    <message>
        <source>Ready to scan</source>
        <translation>Klaar om te scannen</translation>
    </message>
    <message>
        <source>Hold the voucher&apos;s QR code in front of the camera or the scanner, or type its code.</source>
        <translation>Houd de QR-code van de waardebon voor de camera of de scanner, of typ de code.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <source>One moment, the voucher is being checked.</source>
        <translation>Een ogenblik, de waardebon wordt gecontroleerd.</translation>
    </message>
</context>
<context>
    <name>buurtmunt::SettlementView</name>
    <message>
        <source>C&amp;lose month…</source>
        <translation>Maand &amp;afsluiten…</translation>
    </message>
    <message>
        <source>Save &amp;SEPA file…</source>
        <translation>&amp;SEPA-bestand opslaan…</translation>
    </message>
    <message>
        <source>Statement &amp;PDF…</source>
        <translation>Overzicht als &amp;PDF…</translation>
    </message>
    <message>
        <source>Statement C&amp;SV…</source>
        <translation>Overzicht als &amp;CSV…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Opnieuw &amp;laden</translation>
    </message>
    <message>
        <source>Month to close</source>
        <translation>Maand om af te sluiten</translation>
    </message>
    <message>
        <source>Closed months</source>
        <translation>Afgesloten maanden</translation>
    </message>
    <message>
        <source>Payouts per shop</source>
        <translation>Uitbetalingen per winkel</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Maand:</translation>
    </message>
    <message>
        <source>Select a closed month to see what each shop is paid.</source>
        <translation>Kies een afgesloten maand om te zien wat elke winkel uitbetaald krijgt.</translation>
    </message>
    <message>
        <source>The settlements could not be loaded: %1</source>
        <translation>De afrekeningen konden niet worden geladen: %1</translation>
    </message>
    <message>
        <source>No month has been closed yet.</source>
        <translation>Er is nog geen maand afgesloten.</translation>
    </message>
    <message>
        <source>The settlement could not be loaded: %1</source>
        <translation>De afrekening kon niet worden geladen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n shop(s) paid %2 for %3 at %4 per %5. Closed by %6 on %7.</source>
        <translation>
            <numerusform>%1: %2 uitbetaald aan %n winkel voor %3, tegen %4 per %5. Afgesloten door %6 op %7.</numerusform>
            <numerusform>%1: %2 uitbetaald aan %n winkels voor %3, tegen %4 per %5. Afgesloten door %6 op %7.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a shop&apos;s line for its statement.</source>
        <translation>Kies de regel van een winkel voor het overzicht van die winkel.</translation>
    </message>
    <message>
        <source>The shops&apos; balances could not be loaded: %1</source>
        <translation>De saldi van de winkels konden niet worden geladen: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Close %1? No shop holds coins from vouchers, so nobody is paid; the month is recorded as closed.</source>
        <translation>%1 afsluiten? Geen enkele winkel heeft munten uit waardebonnen, dus niemand krijgt een uitbetaling. De maand wordt wel als afgesloten vastgelegd.</translation>
    </message>
    <message numerus="yes">
        <source>Close %1? %n shop(s) hold %2 from vouchers, worth %3:</source>
        <translation>
            <numerusform>%1 afsluiten? %n winkel heeft %2 uit waardebonnen, ter waarde van %3:</numerusform>
            <numerusform>%1 afsluiten? %n winkels hebben %2 uit waardebonnen, ter waarde van %3:</numerusform>
        </translation>
    </message>
    <message>
        <source>Vouchers redeemed after the end of %1 wait for the next month, so the server may pay less than this. The coins move to the settlement account at once; the SEPA file pays the shops.</source>
        <translation>Waardebonnen die na het einde van %1 zijn ingewisseld, wachten op de volgende maand. De server kan dus minder uitbetalen dan dit bedrag. De munten gaan meteen naar de afrekeningsrekening; met het SEPA-bestand worden de winkels betaald.</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>%1 afsluiten</translation>
    </message>
    <message>
        <source>Close month</source>
        <translation>Maand afsluiten</translation>
    </message>
    <message>
        <source>%1 has not ended yet; it can be closed from the first day of the next month.</source>
        <translation>%1 is nog niet voorbij. De maand kan worden afgesloten vanaf de eerste dag van de volgende maand.</translation>
    </message>
    <message>
        <source>%1 was not closed: %2</source>
        <translation>%1 is niet afgesloten: %2</translation>
    </message>
    <message>
        <source>%1 was already closed on %2; nothing was paid twice.</source>
        <translation>%1 was al afgesloten op %2; er is niets dubbel uitbetaald.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is closed: %n shop(s) are paid %2. Save the SEPA file for the bank.</source>
        <translation>
            <numerusform>%1 is afgesloten: %n winkel krijgt %2 uitbetaald. Sla het SEPA-bestand op voor de bank.</numerusform>
            <numerusform>%1 is afgesloten: %n winkels krijgen samen %2 uitbetaald. Sla het SEPA-bestand op voor de bank.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden opgeslagen: %2</translation>
    </message>
    <message>
        <source>Save SEPA file</source>
        <translation>SEPA-bestand opslaan</translation>
    </message>
    <message>
        <source>SEPA XML (*.xml)</source>
        <translation>SEPA-XML (*.xml)</translation>
    </message>
    <message>
        <source>No SEPA file was saved: %1</source>
        <translation>Er is geen SEPA-bestand opgeslagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>SEPA file for %1 saved as %2: %n transfer(s), %3 in total. Upload it to the bank.</source>
        <translation>
            <numerusform>SEPA-bestand voor %1 opgeslagen als %2: %n overboeking, in totaal %3. Upload het bij de bank.</numerusform>
            <numerusform>SEPA-bestand voor %1 opgeslagen als %2: %n overboekingen, in totaal %3. Upload het bij de bank.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save statement for %1</source>
        <translation>Overzicht voor %1 opslaan</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No statement was saved: %1</source>
        <translation>Er is geen overzicht opgeslagen: %1</translation>
    </message>
    <message>
        <source>Statement for %1 saved as %2.</source>
        <translation>Overzicht voor %1 opgeslagen als %2.</translation>
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
        <translation>Winkel inschrijven</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Naam van de winkel</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Soort</translation>
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
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN:</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Inschrijven</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>The IBAN is needed: the shop is paid to it.</source>
        <translation>Het IBAN is nodig: de winkel wordt daarop uitbetaald.</translation>
    </message>
    <message>
        <source>The shop needs a name.</source>
        <translation>De winkel heeft een naam nodig.</translation>
    </message>
    <message>
        <source>This IBAN fails the mod-97 check: a character is probably mistyped.</source>
        <translation>Dit IBAN klopt niet volgens de mod-97-controle: er is waarschijnlijk een teken verkeerd getypt.</translation>
    </message>
    <message>
        <source>This IBAN has %1 characters; IBANs from %2 have %3.</source>
        <translation>Dit IBAN heeft %1 tekens; IBAN&apos;s uit %2 hebben er %3.</translation>
    </message>
    <message>
        <source>This IBAN has %1 characters; an IBAN has %2 to %3.</source>
        <translation>Dit IBAN heeft %1 tekens; een IBAN heeft er %2 tot %3.</translation>
    </message>
    <message>
        <source>This is not an IBAN: it starts with two letters and two digits, followed by letters and digits.</source>
        <translation>Dit is geen IBAN: een IBAN begint met twee letters en twee cijfers, gevolgd door letters en cijfers.</translation>
    </message>
</context>
<context>
    <name>buurtmunt::ShopsView</name>
    <message>
        <source>&amp;Register shop…</source>
        <translation>Winkel &amp;inschrijven…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactiveren</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Opnieuw &amp;laden</translation>
    </message>
    <message>
        <source>Shops</source>
        <translation>Winkels</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activeren</translation>
    </message>
    <message>
        <source>The shops could not be loaded: %1</source>
        <translation>De winkels konden niet worden geladen: %1</translation>
    </message>
    <message>
        <source>The IBAN %1</source>
        <translation>Het IBAN %1</translation>
    </message>
    <message>
        <source>The shop was not saved: %1</source>
        <translation>De winkel is niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>%1 is registered. Give its counter PC an enrolment code to start.</source>
        <translation>%1 is ingeschreven. Geef de kassa van de winkel een aanmeldcode om te beginnen.</translation>
    </message>
    <message>
        <source>%1 is saved.</source>
        <translation>%1 is opgeslagen.</translation>
    </message>
    <message>
        <source>Activate %1 again? Kiosks list it and its counter PCs can accept vouchers again.</source>
        <translation>%1 weer activeren? De kiosken tonen de winkel dan weer en de kassa&apos;s van de winkel kunnen weer waardebonnen accepteren.</translation>
    </message>
    <message>
        <source>Deactivate %1? Kiosks stop listing it and its counter PCs are refused at once. Its payouts and history stay; coins it holds are paid out when the month is closed.</source>
        <translation>%1 deactiveren? De kiosken tonen de winkel dan niet meer en de kassa&apos;s van de winkel worden meteen geweigerd. De uitbetalingen en de geschiedenis blijven bewaard; munten die de winkel nog heeft, worden uitbetaald als de maand wordt afgesloten.</translation>
    </message>
    <message>
        <source>Activate shop</source>
        <translation>Winkel activeren</translation>
    </message>
    <message>
        <source>Deactivate shop</source>
        <translation>Winkel deactiveren</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activeren</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactiveren</translation>
    </message>
    <message>
        <source>The shop was not changed: %1</source>
        <translation>De winkel is niet veranderd: %1</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 is weer actief.</translation>
    </message>
    <message>
        <source>%1 is deactivated; its counters are refused from now on.</source>
        <translation>%1 is gedeactiveerd; de kassa&apos;s van de winkel worden vanaf nu geweigerd.</translation>
    </message>
</context>
<context>
    <name>buurtmunt::StaffLoginPage</name>
    <message>
        <source>Log in</source>
        <translation>Inloggen</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>Enter your user name and your password.</source>
        <translation>Vul je gebruikersnaam en je wachtwoord in.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Inloggen…</translation>
    </message>
</context>
<context>
    <name>buurtmunt::StaffTasksView</name>
    <message>
        <source>&amp;New task</source>
        <translation>&amp;Nieuwe taak</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publiceren</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>&amp;Sluiten…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel task…</source>
        <translation>Taak &amp;annuleren…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Opnieuw &amp;laden</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>Taken zoeken</translation>
    </message>
    <message>
        <source>Search title, description or address</source>
        <translation>Zoek op titel, beschrijving of adres</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filter op status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filter op soort</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>Neighbourhood filter</source>
        <translation>Filter op wijk</translation>
    </message>
    <message>
        <source>All neighbourhoods</source>
        <translation>Alle wijken</translation>
    </message>
    <message>
        <source>The tasks could not be loaded: %1</source>
        <translation>De taken konden niet worden geladen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s).</source>
        <translation>
            <numerusform>%n taak.</numerusform>
            <numerusform>%n taken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft “%1” created. Publish it to show it on the kiosks.</source>
        <translation>Concept “%1” gemaakt. Publiceer het om het op de kiosken te tonen.</translation>
    </message>
    <message>
        <source>“%1” saved.</source>
        <translation>“%1” opgeslagen.</translation>
    </message>
    <message>
        <source>Close “%1”? Residents can no longer claim it; claims already made can still be finished.</source>
        <translation>“%1” sluiten? Bewoners kunnen de taak dan niet meer aannemen; wie de taak al heeft aangenomen, kan hem nog afmaken.</translation>
    </message>
    <message>
        <source>Cancel “%1”? It disappears from the kiosks and cannot be published again.</source>
        <translation>“%1” annuleren? De taak verdwijnt van de kiosken en kan niet opnieuw worden gepubliceerd.</translation>
    </message>
    <message>
        <source>Close task</source>
        <translation>Taak sluiten</translation>
    </message>
    <message>
        <source>Cancel task</source>
        <translation>Taak annuleren</translation>
    </message>
    <message>
        <source>The status was not changed: %1</source>
        <translation>De status is niet veranderd: %1</translation>
    </message>
    <message>
        <source>“%1” is now %2.</source>
        <translation>“%1” is nu %2.</translation>
    </message>
</context>
<context>
    <name>buurtmunt::StaffWindow</name>
    <message>
        <source>%1 staff desk</source>
        <translation>Medewerkersplek %1</translation>
    </message>
    <message>
        <source>Buurtmunt</source>
        <translation>Buurtmunt</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Uitloggen</translation>
    </message>
    <message>
        <source>Buurtmunt staff desk – %1</source>
        <translation>Buurtmunt-medewerkersplek – %1</translation>
    </message>
    <message>
        <source>Staff desk sections</source>
        <translation>Onderdelen van de medewerkersplek</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Uitloggen</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coördinator</translation>
    </message>
    <message>
        <source>approver</source>
        <translation>beoordelaar</translation>
    </message>
    <message>
        <source>finance</source>
        <translation>financiën</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>beheerder</translation>
    </message>
    <message>
        <source>Logged in as %1 (%2)</source>
        <translation>Ingelogd als %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Taken</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>&amp;Beoordelen</translation>
    </message>
    <message>
        <source>Re&amp;sidents</source>
        <translation>Be&amp;woners</translation>
    </message>
    <message>
        <source>Your account has no role that this desk serves yet (tasks, review or residents). Ask an administrator.</source>
        <translation>Je account heeft nog geen rol waarvoor deze werkplek iets doet (taken, beoordelen of bewoners). Vraag het aan een beheerder.</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Niets te doen</translation>
    </message>
    <message>
        <source>You are logged out.</source>
        <translation>Je bent uitgelogd.</translation>
    </message>
    <message>
        <source>Offline &amp;conflicts</source>
        <translation>Offline &amp;conflicten</translation>
    </message>
    <message>
        <source>Se&amp;ttlement</source>
        <translation>&amp;Afrekening</translation>
    </message>
    <message>
        <source>S&amp;hops</source>
        <translation>W&amp;inkels</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Dev&amp;ices</source>
        <translation>A&amp;pparaten</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>Audit&amp;log</translation>
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
        <translation>Wat je doet</translation>
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
        <translation>Haal voordat je begint de klusbox op bij het buurthuis.</translation>
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
        <translation>1. Kies een klus bij jou in de buurt.
2. Is er een klusbox nodig? Haal die op bij het buurthuis.
3. Doe de klus binnen de aangegeven periode.
4. De gemeente controleert het resultaat; daarna is de beloning van jou, om te besteden bij winkels in de buurt.</translation>
    </message>
    <message>
        <source>Claim this task</source>
        <translation>Deze taak aannemen</translation>
    </message>
</context>
<context>
    <name>buurtmunt::TaskEditorDialog</name>
    <message>
        <source>Residents pick up a toolbox for this task</source>
        <translation>Bewoners halen voor deze taak een klusbox op</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nieuwe taak</translation>
    </message>
    <message>
        <source>Edit task “%1”</source>
        <translation>Taak “%1” bewerken</translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation>bijvoorbeeld %1</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschrijving</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Neighbourhood</source>
        <translation>&amp;Wijk</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adres</translation>
    </message>
    <message>
        <source>&amp;Reward (coins)</source>
        <translation>Be&amp;loning (munten)</translation>
    </message>
    <message>
        <source>&amp;Estimated time</source>
        <translation>&amp;Geschatte tijd</translation>
    </message>
    <message>
        <source>Ca&amp;pacity (people)</source>
        <translation>Aantal &amp;plaatsen (personen)</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;Eerste dag</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>Laatste &amp;dag</translation>
    </message>
    <message>
        <source>&amp;Safety notes</source>
        <translation>&amp;Veiligheid</translation>
    </message>
    <message>
        <source>Toolbox</source>
        <translation>Klusbox</translation>
    </message>
    <message>
        <source>Create draft</source>
        <translation>Concept maken</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Wijzigingen opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Enter the reward in coins, for example %1.</source>
        <translation>Vul de beloning in munten in, bijvoorbeeld %1.</translation>
    </message>
    <message>
        <source>“%1” is not an amount of coins; write for example %2.</source>
        <translation>“%1” is geen aantal munten; schrijf bijvoorbeeld %2.</translation>
    </message>
    <message numerus="yes">
        <source>Please correct the %n marked field(s).</source>
        <translation>
            <numerusform>Verbeter %n gemarkeerd veld.</numerusform>
            <numerusform>Verbeter de %n gemarkeerde velden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone else changed this task while you were editing it, so your changes were not saved. Close this window, reload the task list and make your change again.</source>
        <translation>Iemand anders heeft deze taak veranderd terwijl jij hem bewerkte. Daarom zijn je wijzigingen niet opgeslagen. Sluit dit venster, laad de takenlijst opnieuw en maak je wijziging nog een keer.</translation>
    </message>
    <message>
        <source>The task was not saved: %1</source>
        <translation>De taak is niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>The server refused some fields; see the marked fields.</source>
        <translation>De server heeft een paar velden geweigerd; zie de gemarkeerde velden.</translation>
    </message>
    <message>
        <source>No answer from the server.</source>
        <translation>Geen antwoord van de server.</translation>
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
<context>
    <name>buurtmunt::VoucherConflictsView</name>
    <message>
        <source>Re&amp;load</source>
        <translation>Opnieuw &amp;laden</translation>
    </message>
    <message>
        <source>Vouchers accepted offline that did not pay</source>
        <translation>Offline geaccepteerde waardebonnen die niet zijn uitbetaald</translation>
    </message>
    <message>
        <source>Both records of the voucher</source>
        <translation>Beide registraties van de waardebon</translation>
    </message>
    <message>
        <source>The list could not be loaded: %1</source>
        <translation>De lijst kon niet worden geladen: %1</translation>
    </message>
    <message>
        <source>No open conflicts: every voucher accepted offline was paid.</source>
        <translation>Geen open conflicten: elke offline geaccepteerde waardebon is uitbetaald.</translation>
    </message>
    <message numerus="yes">
        <source>%n voucher(s) accepted offline did not pay. The shop is owed the amount; settle it with the shop and look into the resident&apos;s use.</source>
        <translation>
            <numerusform>%n offline geaccepteerde waardebon is niet uitbetaald. De winkel heeft recht op het bedrag; regel dit met de winkel en zoek uit hoe de bewoner de bon heeft gebruikt.</numerusform>
            <numerusform>%n offline geaccepteerde waardebonnen zijn niet uitbetaald. De winkel heeft recht op het bedrag; regel dit met de winkel en zoek uit hoe de bewoner de bonnen heeft gebruikt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No voucher accepted offline has failed to pay.</source>
        <translation>Alle offline geaccepteerde waardebonnen zijn uitbetaald.</translation>
    </message>
    <message>
        <source>Select a row to see both records of the voucher.</source>
        <translation>Kies een regel om beide registraties van de waardebon te zien.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Voucher %1 — %2</source>
        <translation>Waardebon %1 — %2</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Uitbetaald</translation>
    </message>
    <message>
        <source>%1 (counter %2) on %3</source>
        <translation>%1 (kassa %2) op %3</translation>
    </message>
    <message>
        <source>accepted offline on %1</source>
        <translation>offline geaccepteerd op %1</translation>
    </message>
    <message>
        <source>Not paid to any shop; the coins went back to the resident.</source>
        <translation>Aan geen enkele winkel uitbetaald; de munten zijn teruggegaan naar de bewoner.</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>Niet uitbetaald</translation>
    </message>
    <message>
        <source>%1 (counter %2) accepted it offline on %3; the counter reported it on %4.</source>
        <translation>%1 (kassa %2) heeft de bon offline geaccepteerd op %3; de kassa heeft dit gemeld op %4.</translation>
    </message>
    <message>
        <source>Mark &amp;settled</source>
        <translation>Als &amp;afgehandeld markeren</translation>
    </message>
    <message>
        <source>How it was settled with the shop, e.g. paid at the monthly settlement</source>
        <translation>Hoe het met de winkel is afgehandeld, bijv. betaald bij de maandafrekening</translation>
    </message>
    <message>
        <source>How the conflict was settled</source>
        <translation>Hoe het conflict is afgehandeld</translation>
    </message>
    <message>
        <source>Settle the selected conflict:</source>
        <translation>Het gekozen conflict afhandelen:</translation>
    </message>
    <message>
        <source>The conflict was not marked settled: %1</source>
        <translation>Het conflict is niet als afgehandeld gemarkeerd: %1</translation>
    </message>
    <message>
        <source>No open conflicts: every one is settled with its shop.</source>
        <translation>Geen open conflicten: elk conflict is met de winkel afgehandeld.</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <source>On %1 by %2: %3</source>
        <translation>Op %1 door %2: %3</translation>
    </message>
</context>
<context>
    <name>buurtmunt::VoucherPage</name>
    <message>
        <source>Voucher %1</source>
        <translation>Waardebon %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Geldig tot %1</translation>
    </message>
    <message>
        <source>Voucher cancelled. %1 went back to your balance.</source>
        <translation>Waardebon geannuleerd. %1 staat weer in je saldo.</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>Dat is niet gelukt: %1</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>laden…</translation>
    </message>
    <message>
        <source>Stays on your balance: %1</source>
        <translation>Blijft in je saldo: %1</translation>
    </message>
    <message>
        <source>Cancel the voucher of %1? The coins go back to your balance. A printed slip of it stops working.</source>
        <translation>De waardebon van %1 annuleren? De munten gaan terug naar je saldo. Een afgedrukte bon werkt dan niet meer.</translation>
    </message>
    <message>
        <source>You do not have enough coins for that. Your balance is %1.</source>
        <translation>Daarvoor heb je niet genoeg munten. Je saldo is %1.</translation>
    </message>
    <message numerus="yes">
        <source>You already have %n unused voucher(s). Use or cancel one first.</source>
        <translation>
            <numerusform>Je hebt al %n ongebruikte waardebon. Gebruik of annuleer die eerst.</numerusform>
            <numerusform>Je hebt al %n ongebruikte waardebonnen. Gebruik of annuleer er eerst een.</numerusform>
        </translation>
    </message>
    <message>
        <source>This voucher has already been spent.</source>
        <translation>Deze waardebon is al besteed.</translation>
    </message>
    <message>
        <source>This voucher has expired. The coins are back on your balance.</source>
        <translation>Deze waardebon is verlopen. De munten staan weer in je saldo.</translation>
    </message>
    <message>
        <source>This voucher was already cancelled.</source>
        <translation>Deze waardebon was al geannuleerd.</translation>
    </message>
    <message>
        <source>coins</source>
        <translation>munten</translation>
    </message>
    <message>
        <source>Spend your %1</source>
        <extracomment>%1 is the coin&apos;s plural name, e.g. &quot;Heitjes&quot;</extracomment>
        <translation>Besteed je %1</translation>
    </message>
    <message>
        <source>Back to all tasks</source>
        <translation>Terug naar alle taken</translation>
    </message>
    <message>
        <source>Back to the task list</source>
        <translation>Terug naar de takenlijst</translation>
    </message>
    <message>
        <source>Make a voucher</source>
        <translation>Een waardebon maken</translation>
    </message>
    <message>
        <source>You have</source>
        <translation>Je hebt</translation>
    </message>
    <message>
        <source>How much do you want to spend?</source>
        <translation>Hoeveel wil je besteden?</translation>
    </message>
    <message>
        <source>One coin less</source>
        <translation>Eén munt minder</translation>
    </message>
    <message>
        <source>One coin more</source>
        <translation>Eén munt meer</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Everything on my balance</source>
        <translation>Mijn hele saldo</translation>
    </message>
    <message>
        <source>Make voucher</source>
        <translation>Bon maken</translation>
    </message>
    <message>
        <source>Make a voucher of the chosen amount</source>
        <translation>Een waardebon maken voor het gekozen bedrag</translation>
    </message>
    <message>
        <source>Your vouchers</source>
        <translation>Je waardebonnen</translation>
    </message>
    <message>
        <source>Your unused vouchers</source>
        <translation>Je ongebruikte waardebonnen</translation>
    </message>
    <message>
        <source>You have no unused vouchers.</source>
        <translation>Je hebt geen ongebruikte waardebonnen.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Show the chosen voucher with its QR code</source>
        <translation>De gekozen waardebon met de QR-code tonen</translation>
    </message>
    <message>
        <source>Cancel voucher</source>
        <translation>Bon annuleren</translation>
    </message>
    <message>
        <source>Cancel the chosen voucher and get the coins back</source>
        <translation>De gekozen waardebon annuleren en de munten terugkrijgen</translation>
    </message>
    <message>
        <source>Yes, cancel it</source>
        <translation>Ja, annuleren</translation>
    </message>
    <message>
        <source>Yes, cancel the voucher</source>
        <translation>Ja, de waardebon annuleren</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>Nee, bewaren</translation>
    </message>
    <message>
        <source>Keep the voucher</source>
        <translation>De waardebon bewaren</translation>
    </message>
</context>
<context>
    <name>buurtmunt::VoucherReadyPage</name>
    <message>
        <source>The QR code cannot be shown: %1 The shop can type the code instead.</source>
        <translation>De QR-code kan niet worden getoond: %1 De winkel kan ook de code typen.</translation>
    </message>
    <message>
        <source>Your voucher is printing. Take it with you.</source>
        <translation>Je waardebon wordt afgedrukt. Neem hem mee.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>De map %1 kan niet worden gemaakt.</translation>
    </message>
    <message>
        <source>There is no printer here; the slip was saved for staff to print.</source>
        <translation>Hier is geen printer. De bon is bewaard, zodat een medewerker hem kan afdrukken.</translation>
    </message>
    <message>
        <source>This kiosk has no printer.</source>
        <translation>Deze kiosk heeft geen printer.</translation>
    </message>
    <message>
        <source>This kiosk has no printer. Show this screen at the shop&apos;s counter, or write down the code.</source>
        <translation>Deze kiosk heeft geen printer. Laat dit scherm zien aan de kassa van de winkel, of schrijf de code op.</translation>
    </message>
    <message>
        <source>The voucher could not be printed: %1 The shop can scan it from this screen, or write down the code.</source>
        <translation>De waardebon kon niet worden afgedrukt: %1 De winkel kan hem van dit scherm scannen. Je kunt ook de code opschrijven.</translation>
    </message>
    <message>
        <source>Your voucher is ready!</source>
        <translation>Je waardebon is klaar!</translation>
    </message>
    <message>
        <source>Your voucher</source>
        <translation>Je waardebon</translation>
    </message>
    <message>
        <source>Code for typing at the shop:</source>
        <translation>Code om in de winkel te typen:</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <extracomment>%1 is a date, e.g. &quot;21 februari 2027&quot;</extracomment>
        <translation>Geldig tot %1</translation>
    </message>
    <message>
        <source>Spend it at the shops taking part.</source>
        <translation>Te besteden bij de winkels die meedoen.</translation>
    </message>
    <message>
        <source>Spend it at: %1</source>
        <translation>Te besteden bij: %1</translation>
    </message>
    <message>
        <source>Show the QR code at the shop, or print it. Use it once. Keep it safe like cash.</source>
        <translation>Laat de QR-code zien in de winkel, of druk hem af. Je kunt hem één keer gebruiken. Bewaar hem goed, net als geld.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>Print the voucher</source>
        <translation>De waardebon afdrukken</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Done with this voucher</source>
        <translation>Klaar met deze waardebon</translation>
    </message>
    <message>
        <source>QR code of the voucher</source>
        <translation>QR-code van de waardebon</translation>
    </message>
    <message>
        <source>Voucher code</source>
        <translation>Code van de waardebon</translation>
    </message>
</context>
</TS>
