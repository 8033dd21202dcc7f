<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CategoryNames</name>
    <message>
        <source>Painting</source>
        <translation>Painting</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>Cleaning</translation>
    </message>
    <message>
        <source>Greenery</source>
        <translation>Greenery</translation>
    </message>
    <message>
        <source>Litter picking</source>
        <translation>Litter picking</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>Repairs</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>DashboardReport</name>
    <message>
        <source>Buurtmunt</source>
        <translation type="unfinished">Buurtmunt</translation>
    </message>
    <message>
        <source>Municipality of %1 — Buurtmunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures in this period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedemptionText</name>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted without the server: it will be sent when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired: it could be used until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This voucher has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the resident: the coins went back to their account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voucher has this code. Check the code on the slip and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code needs a connection to the server. Scan the QR code instead, or try again when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above the offline limit of %1: without a connection only smaller vouchers can be accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many offline sales in a row (%n): wait until the connection is back.</source>
        <translation>
            <numerusform>Too many offline sales in a row (%n): wait until the connection is back.</numerusform>
            <numerusform>Too many offline sales in a row (%n): wait until the connection is back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted offline, but the server refused it afterwards: the voucher had already been used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted offline, but the server refused it afterwards: the voucher was already used on %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff have been told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This counter could not record the sale, so nothing was accepted. Restart the counter; if it happens again, call the municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not identify itself as the municipality&apos;s server. Nothing was accepted; call the municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This counter is no longer enrolled. Ask the municipality to enrol it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shop is not active in Buurtmunt at the moment. Call the municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voucher could not be checked (%1). Try again; if it keeps happening, call the municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already used at this counter on %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already used at this counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already used on %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already used on %1 at %2, at this shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already used on %1 at %2, at another shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a genuine voucher: the code is damaged or incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a genuine voucher: it was not issued by this municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a genuine voucher: the code has been altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a voucher code: a typed code has 10 characters, like 7KD4M-2QX9P.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a voucher code: one of the characters is mistyped. Check the code on the slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a voucher code: it contains a character voucher codes never use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a voucher code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued (offline)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPrinter</name>
    <message>
        <source>%1 could not be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlipPrinter</name>
    <message>
        <source>The slip has no title, no lines and no code; there is nothing to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slip has no valid paper size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code would be smaller than %1 mm on this paper size; shorten the text of the slip or use larger paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text in the QR code (%1 characters) is too long to print readably on this paper size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of the slip does not fit on the paper; shorten it or use larger paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file name was given for the slip&apos;s PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the slip to %1: that is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the slip to %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the slip to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a PDF for the slip at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer was chosen for the slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer %1 did not accept the slip. Check that it is switched on and has paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer stopped while printing the slip.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffLook</name>
    <message>
        <source>The PIN must be 4 to 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the PIN twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementDocument</name>
    <message>
        <source>1 %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality of %1 — Buurtmunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid to IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total: %n voucher(s)</source>
        <translation>
            <numerusform>Total: %n voucher</numerusform>
            <numerusform>Total: %n vouchers</numerusform>
        </translation>
    </message>
    <message>
        <source>Total in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid in euros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality transfers this amount to the IBAN above by SEPA credit transfer. Questions: contact the municipality and quote %1, settlement %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskText</name>
    <message>
        <source>Time not known</source>
        <translation>Time not known</translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s)</source>
        <translation>
            <numerusform>About %n minute</numerusform>
            <numerusform>About %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n hour(s)</source>
        <translation>
            <numerusform>About %n hour</numerusform>
            <numerusform>About %n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1 h %2 min</source>
        <extracomment>%1 hours and %2 minutes, e.g. &quot;About 1 h 30 min&quot;</extracomment>
        <translation>About %1 h %2 min</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Full</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) left</source>
        <translation>
            <numerusform>%n place left</numerusform>
            <numerusform>%n places left</numerusform>
        </translation>
    </message>
    <message>
        <source>Toolbox needed</source>
        <translation>Toolbox needed</translation>
    </message>
    <message>
        <source>No toolbox needed</source>
        <translation>No toolbox needed</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Until %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>From %1</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
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
            <numerusform>%n shop</numerusform>
            <numerusform>%n shops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <extracomment>%1 is a list of shop names, %n how many more shops take the voucher</extracomment>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>coin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 voucher</source>
        <extracomment>%1 is the municipality, %2 the coin&apos;s name, e.g. &quot;Heerlen&quot;, &quot;Heitje&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality of %1 — %2 voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend it at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shops taking part (ask at the kiosk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single use. Keep it safe like cash.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buurtmunt::AuditLogView</name>
    <message>
        <source>&amp;Between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor, object, request id or details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log entries, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day must not come after the last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be searched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown; older ones follow.</source>
        <translation>
            <numerusform>%n entry shown; older ones follow.</numerusform>
            <numerusform>%n entries shown; older ones follow.</numerusform>
        </translation>
    </message>
    <message>
        <source>No entry matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown; that is all that match.</source>
        <translation>
            <numerusform>%n entry shown; that is all that match.</numerusform>
            <numerusform>%n entries shown; that is all that match.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking every entry of the log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The log is intact: %n entry(ies), each linked to the one before.</source>
        <translation>
            <numerusform>The log is intact: %n entry, linked to the one before.</numerusform>
            <numerusform>The log is intact: %n entries, each linked to the one before.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry #%1 has been changed or removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(It is not among the entries shown; load more or widen the search to see it.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buurtmunt::CameraView</name>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the QR code in front of the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera found. Type the number instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera is not working. Type the number instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buurtmunt::CapMeter</name>
    <message>
        <source>This year you have earned %1 of your %2 limit.</source>
        <extracomment>%1 earned this year, %2 the yearly limit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is waiting for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can still earn %1 this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earnings against the yearly limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buurtmunt::ClaimConfirmPage</name>
    <message>
        <source>This task would take you over your limit for volunteer rewards, which protects your benefits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month you can still earn %1; this task pays %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year you can still earn %1; this task pays %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a task with a smaller reward, or ask staff at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else just took the last place for this task. Please choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You already have %n task(s) to do. Finish or give back one first.</source>
        <translation>
            <numerusform>You already have %n task to do. Finish or give it back first.</numerusform>
            <numerusform>You already have %n tasks to do. Finish or give back one first.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have already claimed this task. You find it under My tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task is no longer offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk cannot reach the municipality&apos;s server right now. Tap the button again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task could not be claimed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to do this task?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So far this year: %1 (including tasks waiting for approval). Your yearly limit is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After this task you have earned %1 of your %2 limit; %3 is left.</source>
        <extracomment>%1 earnings after this task, %2 the yearly limit, %3 what is left</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, claim this task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim this task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the task list without claiming</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buurtmunt::ClaimedPage</name>
    <message>
        <source>Claim slip: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward</source>
        <translation type="unfinished">Reward</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished">Where</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">When</translation>
    </message>
    <message>
        <source>Done and reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished">Safety</translation>
    </message>
    <message>
        <source>Show this code at the community centre to pick up the toolbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the task as done at a kiosk when you have finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim slip is printing. Take it with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no printer here; the slip was saved for staff to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk has no printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slip could not be printed: %1 Write down the code above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task is yours!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do the task within its time window, then tap &quot;I have done this&quot; under My tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick up the toolbox at the community centre with the code below, do the task within its time window, then tap &quot;I have done this&quot; under My tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report it done by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbox pickup code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print claim slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the claim slip with the toolbox code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show my tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to all tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the task list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbox pickup code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buurtmunt::CounterWindow</name>
    <message>
        <source>The counter could not read the shop&apos;s details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coins</source>
        <translation type="unfinished">coins</translation>
    </message>
    <message>
        <source>Shop counter</source>
        <translation type="unfinished">Shop counter</translation>
    </message>
    <message>
        <source>Balance: not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for payout: not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance: %1 (as of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Confirmed today: %n voucher(s), %1</source>
        <translation>
            <numerusform>Confirmed today: %n voucher, %1</numerusform>
            <numerusform>Confirmed today: %n vouchers, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for payout: %1. The municipality pays the shop&apos;s balance out in euros; paid amounts are listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n offline sale(s) waiting to be sent</source>
        <translation>
            <numerusform>%n offline sale waiting to be sent</numerusform>
            <numerusform>%n offline sales waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Vouchers can only be taken with a connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offline sales waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buurtmunt — shop counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or type the code under the QR code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 7KD4M-2QX9P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the typed voucher code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera found — use the scanner or type the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera picture for scanning vouchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to the last scanned voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s vouchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vouchers taken today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts to the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Euros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buurtmunt::DashboardView</name>
    <message>
        <source>Export dashboard as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per &amp;neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coins minted and spent per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks done and active residents per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnover per shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first month must not come after the last month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 minted, %2 spent over %n month(s).</source>
        <translation>
            <numerusform>%1 minted, %2 spent over %n month.</numerusform>
            <numerusform>%1 minted, %2 spent over %n months.</numerusform>
        </translation>
    </message>
    <message>
        <source>Coins minted and spent (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks done and active residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export dashboard as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buurtmunt::DeskStatusWindow</name>
    <message>
        <source>Shop counter</source>
        <translation>Shop counter</translation>
    </message>
    <message>
        <source>Staff desk</source>
        <translation>Staff desk</translation>
    </message>
    <message>
        <source>Resident kiosk</source>
        <translation>Resident kiosk</translation>
    </message>
    <message>
        <source>Buurtmunt — %1</source>
        <translation>Buurtmunt — %1</translation>
    </message>
    <message>
        <source>This device is enrolled as: %1</source>
        <translation>This device is enrolled as: %1</translation>
    </message>
    <message>
        <source>Shop number: %1</source>
        <translation>Shop number: %1</translation>
    </message>
    <message>
        <source>Device: %1 (number %2)</source>
        <translation>Device: %1 (number %2)</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Municipality: %1</source>
        <translation>Municipality: %1</translation>
    </message>
    <message>
        <source>Enrolment details</source>
        <translation>Enrolment details</translation>
    </message>
    <message>
        <source>Accepting vouchers at the counter is not available in this version of Buurtmunt yet. This device stays enrolled and keeps its connection with the server; a later version adds the counter&apos;s functions.</source>
        <translation>Accepting vouchers at the counter is not available in this version of Buurtmunt yet. This device stays enrolled and keeps its connection with the server; a later version adds the counter&apos;s functions.</translation>
    </message>
    <message>
        <source>The staff desk&apos;s functions are not available in this version of Buurtmunt yet. This device stays enrolled and keeps its connection with the server; a later version adds them.</source>
        <translation>The staff desk&apos;s functions are not available in this version of Buurtmunt yet. This device stays enrolled and keeps its connection with the server; a later version adds them.</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Availability</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
</context>
<context>
    <name>buurtmunt::DesktopLauncher</name>
    <message>
        <source>Buurtmunt cannot start</source>
        <translation>Buurtmunt cannot start</translation>
    </message>
    <message>
        <source>The keychain is not available</source>
        <translation>The keychain is not available</translation>
    </message>
    <message>
        <source>The device secret is missing</source>
        <translation>The device secret is missing</translation>
    </message>
    <message>
        <source>This device is enrolled, but its secret is not in the keychain of this user. Enrol the device again with a new code from staff.</source>
        <translation>This device is enrolled, but its secret is not in the keychain of this user. Enrol the device again with a new code from staff.</translation>
    </message>
</context>
<context>
    <name>buurtmunt::DevicesView</name>
    <message>
        <source>&amp;New enrolment code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the desk you are working at; revoke it from another desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The devices could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) active</source>
        <translation>
            <numerusform>%n device active</numerusform>
            <numerusform>%n devices active</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revoked</source>
        <translation>
            <numerusform>%n revoked</numerusform>
            <numerusform>%n revoked</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke “%1” (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device stops working at once: its next call to the server is refused, and whoever is logged in on it is logged out. It can only be used again after it is enrolled with a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device was not revoked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is revoked: it can no longer reach the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buurtmunt::EnrolmentCodeDialog</name>
    <message>
        <source>&amp;Create code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New enrolment code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation type="unfinished">Neighbourhood</translation>
    </message>
    <message>
        <source>where a kiosk stands, e.g. Heerlerheide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device name</source>
        <translation type="unfinished">Device name</translation>
    </message>
    <message>
        <source>e.g. Kiosk library entrance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neighbourhood:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment code as a QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading shops…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shops could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active shop: register one first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shop counter needs an active shop. Register the shop first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No code was made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code could not be drawn (%1); type the code instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Enter or scan this code in the new device&apos;s set-up. It works once and expires at %1 (in about %n hour(s)).</source>
        <translation>
            <numerusform>Enter or scan this code in the new device&apos;s set-up. It works once and expires at %1 (in about %n hour).</numerusform>
            <numerusform>Enter or scan this code in the new device&apos;s set-up. It works once and expires at %1 (in about %n hours).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enter or scan this code in the new device&apos;s set-up. It works once and expires at %1 (in about %n minute(s)).</source>
        <translation>
            <numerusform>Enter or scan this code in the new device&apos;s set-up. It works once and expires at %1 (in about %n minute).</numerusform>
            <numerusform>Enter or scan this code in the new device&apos;s set-up. It works once and expires at %1 (in about %n minutes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>buurtmunt::EnrolmentFingerprintPage</name>
    <message>
        <source>Check the server&apos;s fingerprint</source>
        <translation>Check the server&apos;s fingerprint</translation>
    </message>
    <message>
        <source>When it started, the server printed the SHA-256 fingerprint of its certificate. Compare it with the one below, pair by pair. If even one character differs, do not continue: you may be talking to another computer.</source>
        <translation>When it started, the server printed the SHA-256 fingerprint of its certificate. Compare it with the one below, pair by pair. If even one character differs, do not continue: you may be talking to another computer.</translation>
    </message>
    <message>
        <source>Contacting %1…</source>
        <translation>Contacting %1…</translation>
    </message>
    <message>
        <source>Fingerprint of %1:</source>
        <translation>Fingerprint of %1:</translation>
    </message>
    <message>
        <source>Could not read the certificate of %1.</source>
        <translation>Could not read the certificate of %1.</translation>
    </message>
    <message>
        <source>Server certificate fingerprint</source>
        <translation>Server certificate fingerprint</translation>
    </message>
    <message>
        <source>The fingerprint matches the one the server printed</source>
        <translation>The fingerprint matches the one the server printed</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Try contacting the server again</source>
        <translation>Try contacting the server again</translation>
    </message>
</context>
<context>
    <name>buurtmunt::EnrolmentResultPage</name>
    <message>
        <source>The server did not accept the enrolment code: it is wrong, already used, or older than 24 hours. Ask staff for a new code and go back to enter it.</source>
        <translation>The server did not accept the enrolment code: it is wrong, already used, or older than 24 hours. Ask staff for a new code and go back to enter it.</translation>
    </message>
    <message>
        <source>The server presented a different certificate from the fingerprint you confirmed, so nothing was sent. Check the server address and the fingerprint with staff.</source>
        <translation>The server presented a different certificate from the fingerprint you confirmed, so nothing was sent. Check the server address and the fingerprint with staff.</translation>
    </message>
    <message>
        <source>The server could not be reached: %1 Check the network and the server address, then try again.</source>
        <translation>The server could not be reached: %1 Check the network and the server address, then try again.</translation>
    </message>
    <message>
        <source>%1 (error: %2)</source>
        <extracomment>%1 is a sentence, %2 a technical error code for support staff</extracomment>
        <translation>%1 (error: %2)</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>resident kiosk</source>
        <translation>resident kiosk</translation>
    </message>
    <message>
        <source>shop counter</source>
        <translation>shop counter</translation>
    </message>
    <message>
        <source>staff desk</source>
        <translation>staff desk</translation>
    </message>
    <message>
        <source>This device is now enrolled as %1 &quot;%2&quot; (device number %3) with %4. Press Finish to start.</source>
        <translation>This device is now enrolled as %1 &quot;%2&quot; (device number %3) with %4. Press Finish to start.</translation>
    </message>
    <message>
        <source>Enrolling</source>
        <translation>Enrolling</translation>
    </message>
    <message>
        <source>Enrolling this device with the server…</source>
        <translation>Enrolling this device with the server…</translation>
    </message>
    <message>
        <source>Enrolment failed</source>
        <translation>Enrolment failed</translation>
    </message>
    <message>
        <source>This device is not enrolled. Nothing was saved.</source>
        <translation>This device is not enrolled. Nothing was saved.</translation>
    </message>
    <message>
        <source>Enrolment result</source>
        <translation>Enrolment result</translation>
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
        <translation>Enter the server address, for example https://buurtmunt.example.nl:8443.</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; is not a valid web address.</source>
        <translation>The server address &quot;%1&quot; is not a valid web address.</translation>
    </message>
    <message>
        <source>The server address must start with https://: devices only talk to the server over an encrypted connection.</source>
        <translation>The server address must start with https://: devices only talk to the server over an encrypted connection.</translation>
    </message>
    <message>
        <source>The server address must not contain &quot;?&quot; or &quot;#&quot;.</source>
        <translation>The server address must not contain &quot;?&quot; or &quot;#&quot;.</translation>
    </message>
    <message>
        <source>Enter the enrolment code that staff gave you.</source>
        <translation>Enter the enrolment code that staff gave you.</translation>
    </message>
    <message>
        <source>The enrolment code &quot;%1&quot; does not look right: it is three groups of four letters and digits, like K7DM-4QXP-9TR2.</source>
        <translation>The enrolment code &quot;%1&quot; does not look right: it is three groups of four letters and digits, like K7DM-4QXP-9TR2.</translation>
    </message>
    <message>
        <source>Enter a name for this device, for example &quot;Kiosk Bibliotheek Centrum&quot;, so staff can recognise it.</source>
        <translation>Enter a name for this device, for example &quot;Kiosk Bibliotheek Centrum&quot;, so staff can recognise it.</translation>
    </message>
    <message>
        <source>The device name is too long: at most %1 characters.</source>
        <translation>The device name is too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>Connect this device</source>
        <translation>Connect this device</translation>
    </message>
    <message>
        <source>Staff create an enrolment code for this device in the staff desk or with &quot;buurtmunt-server enrolment-code&quot;. Enter it here with the server&apos;s address.</source>
        <translation>Staff create an enrolment code for this device in the staff desk or with &quot;buurtmunt-server enrolment-code&quot;. Enter it here with the server&apos;s address.</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>&amp;Server address</translation>
    </message>
    <message>
        <source>&amp;Enrolment code</source>
        <translation>&amp;Enrolment code</translation>
    </message>
    <message>
        <source>Device &amp;name</source>
        <translation>Device &amp;name</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Device name</translation>
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
        <translation>Buurtmunt — enrol this device</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Previous step</translation>
    </message>
    <message>
        <source>Finish and start</source>
        <translation>Finish and start</translation>
    </message>
    <message>
        <source>Cancel enrolment</source>
        <translation>Cancel enrolment</translation>
    </message>
</context>
<context>
    <name>buurtmunt::IdleWarningOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You will be logged out in %n second(s).</source>
        <translation>
            <numerusform>You will be logged out in %n second.</numerusform>
            <numerusform>You will be logged out in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am still here: stay logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logout warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buurtmunt::KioskWindow</name>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 tasks</source>
        <translation>%1 of %2 tasks</translation>
    </message>
    <message>
        <source>coins</source>
        <translation>coins</translation>
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
        <translation>Municipality of %1</translation>
    </message>
    <message>
        <source>Earn %1 with tasks in your neighbourhood</source>
        <extracomment>%1 is the coin&apos;s plural name, e.g. &quot;Heitjes&quot;</extracomment>
        <translation>Earn %1 with tasks in your neighbourhood</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Fetch the latest tasks now</source>
        <translation>Fetch the latest tasks now</translation>
    </message>
    <message>
        <source>Task list</source>
        <translation>Task list</translation>
    </message>
    <message>
        <source>Number of tasks</source>
        <translation>Number of tasks</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance: loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with your pass and PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My tasks, balance and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend %1: make a voucher for a shop</source>
        <extracomment>%1 is the coin&apos;s plural name, e.g. &quot;Heitjes&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this page aloud</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buurtmunt::LanguageBar</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>buurtmunt::LoginPage</name>
    <message>
        <source>This code is not a Buurtmunt pass. Hold your pass card to the camera, or type the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number printed under the code on your pass card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pass number has %1 characters; you typed %2. Please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pass number only has digits and capital letters. Please check what you typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a typing mistake in the pass number. Please check it character by character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with your pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the code on your pass card in front of the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk has no camera. Please type the number on your pass card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or type the number printed on your pass card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 7KD 4M2 QX9 ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue to the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>Cancel logging in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera picture for scanning the pass card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the pass number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buurtmunt::MyTasksPage</name>
    <message>
        <source>To do: report it done by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done, waiting for the municipality&apos;s check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: the reward is in your balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired: not reported done in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbox code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward</source>
        <translation type="unfinished">Reward</translation>
    </message>
    <message>
        <source>Voucher made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher cancelled or expired: coins back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Other</translation>
    </message>
    <message>
        <source>Thank you! The municipality will check the task; then the reward is added to your balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You gave the task back. Someone else can do it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of %1</source>
        <extracomment>the time the balance was fetched from the server</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance: loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My tasks and coins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to all tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the task list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My claimed tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no tasks yet. Choose one in the task list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have done this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report the selected task as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected task back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything the municipality should know? (You may leave this empty.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note about the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done; the toolbox is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done, but something is broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly done; please have a look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report the task as done with this note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>Do not report the task yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your yearly limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coin history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coins yet. Rewards appear here once a task is approved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buurtmunt::PassCardDialog</name>
    <message>
        <source>&amp;Print pass card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass card for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this pass card now and hand it to %1. The code is shown only this once; without it the card cannot be printed again (make a new card instead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of the pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pass card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save pass card as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buurtmunt</source>
        <translation type="unfinished">Buurtmunt</translation>
    </message>
    <message>
        <source>%1 resident pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan at a kiosk and enter your PIN. Lost? Ask staff for a new card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pass card was not printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the pass card to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pass card was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass-card.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without printing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pass card has not been printed or saved. Once this window is closed the code cannot be shown again; %1 would need a new card. Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buurtmunt::PinPadPage</name>
    <message>
        <source>A PIN has at least 4 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. You can try %n more time(s) before the pass is locked for 15 minutes.</source>
        <translation>
            <numerusform>That PIN is not right. You can try %n more time before the pass is locked for 15 minutes.</numerusform>
            <numerusform>That PIN is not right. You can try %n more times before the pass is locked for 15 minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pass is locked after too many wrong PINs. Try again after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pass is locked after too many wrong PINs. Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pass is locked after too many wrong PINs. Staff at the desk can unlock it for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pass cannot be used. Please ask staff at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pass is not known. Go back and check the number, or ask staff at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk cannot reach the municipality&apos;s server right now. Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in did not work: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>%n digit entered</numerusform>
            <numerusform>%n digits entered</numerusform>
        </translation>
    </message>
    <message>
        <source>Type your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the last digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with this PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the pass number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buurtmunt::ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>Write a reason of %1 to %2 characters; it is %3 now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buurtmunt::ResidentFormDialog</name>
    <message>
        <source>Register resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation type="unfinished">Neighbourhood</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nei&amp;ghbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN (4–6 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the resident type the PIN themselves. The pass card that follows carries no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the resident type the new PIN themselves. The old PIN stops working at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>Enter the resident&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name may be at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the resident&apos;s neighbourhood.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buurtmunt::ResidentsView</name>
    <message>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward</source>
        <translation type="unfinished">Reward</translation>
    </message>
    <message>
        <source>Voucher created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coin history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register resident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Block…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;nblock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pass &amp;card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The residents could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) found.</source>
        <translation>
            <numerusform>%n resident found.</numerusform>
            <numerusform>%n residents found.</numerusform>
        </translation>
    </message>
    <message>
        <source>The resident&apos;s details could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a resident to see their details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhood: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned this year: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned this month: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident was not registered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is registered. Print the pass card now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a new PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is %1&apos;s pass blocked? Staff see this reason in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s pass is blocked; it no longer logs in at kiosks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s pass works again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s pass is unlocked; the wrong PIN count starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pass card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new pass card for %1? Their current card stops working at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new pass card was made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pass card for %1; the old one no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buurtmunt::ReviewQueueView</name>
    <message>
        <source>Tick &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve &amp;ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim details</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Approve %n ticked</source>
        <translation>
            <numerusform>Approve %n ticked</numerusform>
            <numerusform>Approve %n ticked</numerusform>
        </translation>
    </message>
    <message>
        <source>Untick &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claims are waiting for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a claim to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Estimated time: %n minute(s)</source>
        <translation>
            <numerusform>Estimated time: %n minute</numerusform>
            <numerusform>Estimated time: %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first approval is given; a different approver must give the second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reward needs two approvers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note from the resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review queue could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was approved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First approval given; needs a second approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 approved, %2 waiting for a second approver, %3 not approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already gave the first approval for %1&apos;s claim; a different approver must give the second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s claim was not approved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First approval for %1&apos;s claim recorded. A different approver must give the second before the coins are paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: %1 receives %2 for “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is %1&apos;s work on “%2” not approved? The resident reads this reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s claim was not rejected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected %1&apos;s claim on “%2”; the place is free again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buurtmunt::ScanResultPanel</name>
    <message>
        <source>Ready to scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the voucher&apos;s QR code in front of the camera or the scanner, or type its code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One moment, the voucher is being checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buurtmunt::SettlementView</name>
    <message>
        <source>C&amp;lose month…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;SEPA file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement C&amp;SV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts per shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a closed month to see what each shop is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settlements could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No month has been closed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settlement could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n shop(s) paid %2 for %3 at %4 per %5. Closed by %6 on %7.</source>
        <translation>
            <numerusform>%1: %n shop paid %2 for %3 at %4 per %5. Closed by %6 on %7.</numerusform>
            <numerusform>%1: %n shops paid %2 for %3 at %4 per %5. Closed by %6 on %7.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a shop&apos;s line for its statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shops&apos; balances could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close %1? No shop holds coins from vouchers, so nobody is paid; the month is recorded as closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Close %1? %n shop(s) hold %2 from vouchers, worth %3:</source>
        <translation>
            <numerusform>Close %1? %n shop holds %2 from vouchers, worth %3:</numerusform>
            <numerusform>Close %1? %n shops hold %2 from vouchers, worth %3:</numerusform>
        </translation>
    </message>
    <message>
        <source>Vouchers redeemed after the end of %1 wait for the next month, so the server may pay less than this. The coins move to the settlement account at once; the SEPA file pays the shops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not ended yet; it can be closed from the first day of the next month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not closed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already closed on %2; nothing was paid twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is closed: %n shop(s) are paid %2. Save the SEPA file for the bank.</source>
        <translation>
            <numerusform>%1 is closed: %n shop is paid %2. Save the SEPA file for the bank.</numerusform>
            <numerusform>%1 is closed: %n shops are paid %2. Save the SEPA file for the bank.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save SEPA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEPA XML (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SEPA file was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>SEPA file for %1 saved as %2: %n transfer(s), %3 in total. Upload it to the bank.</source>
        <translation>
            <numerusform>SEPA file for %1 saved as %2: %n transfer, %3 in total. Upload it to the bank.</numerusform>
            <numerusform>SEPA file for %1 saved as %2: %n transfers, %3 in total. Upload it to the bank.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save statement for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statement was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement for %1 saved as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buurtmunt::ShopFormDialog</name>
    <message>
        <source>Register shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NL91 ABNA 0417 1643 00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IBAN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IBAN is needed: the shop is paid to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This IBAN fails the mod-97 check: a character is probably mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This IBAN has %1 characters; IBANs from %2 have %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This IBAN has %1 characters; an IBAN has %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an IBAN: it starts with two letters and two digits, followed by letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buurtmunt::ShopsView</name>
    <message>
        <source>&amp;Register shop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shops could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IBAN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is registered. Give its counter PC an enrolment code to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate %1 again? Kiosks list it and its counter PCs can accept vouchers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1? Kiosks stop listing it and its counter PCs are refused at once. Its payouts and history stay; coins it holds are paid out when the month is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deactivated; its counters are refused from now on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buurtmunt::StaffLoginPage</name>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name and your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buurtmunt::StaffTasksView</name>
    <message>
        <source>&amp;New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished">Tasks</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation type="unfinished">Search tasks</translation>
    </message>
    <message>
        <source>Search title, description or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhood filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All neighbourhoods</source>
        <translation type="unfinished">All neighbourhoods</translation>
    </message>
    <message>
        <source>The tasks could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s).</source>
        <translation>
            <numerusform>%n task.</numerusform>
            <numerusform>%n tasks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft “%1” created. Publish it to show it on the kiosks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close “%1”? Residents can no longer claim it; claims already made can still be finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel “%1”? It disappears from the kiosks and cannot be published again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buurtmunt::StaffWindow</name>
    <message>
        <source>%1 staff desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buurtmunt</source>
        <translation type="unfinished">Buurtmunt</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buurtmunt staff desk – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff desk sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;sidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account has no role that this desk serves yet (tasks, review or residents). Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are logged out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline &amp;conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dev&amp;ices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buurtmunt::SyncStatusLabel</name>
    <message>
        <source>%1 at %2</source>
        <extracomment>%1 is a date such as 21-11-2026, %2 a time such as 10:15</extracomment>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>Offline — last updated at %1</source>
        <extracomment>%1 is a time such as 10:15</extracomment>
        <translation>Offline — last updated at %1</translation>
    </message>
    <message>
        <source>Offline — no tasks received yet</source>
        <translation>Offline — no tasks received yet</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Updated at %1</translation>
    </message>
    <message>
        <source>Fetching tasks…</source>
        <translation>Fetching tasks…</translation>
    </message>
    <message>
        <source>Update status</source>
        <translation>Update status</translation>
    </message>
</context>
<context>
    <name>buurtmunt::TaskDetailsView</name>
    <message>
        <source>Tap a task to see everything about it.</source>
        <translation>Tap a task to see everything about it.</translation>
    </message>
    <message>
        <source>What you do</source>
        <translation>What you do</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>How long</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Toolbox</source>
        <translation>Toolbox</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Safety</translation>
    </message>
    <message>
        <source>Task details</source>
        <translation>Task details</translation>
    </message>
    <message>
        <source>No description given.</source>
        <translation>No description given.</translation>
    </message>
    <message>
        <source>Pick up the toolbox at the community centre before you start.</source>
        <translation>Pick up the toolbox at the community centre before you start.</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>How it works</translation>
    </message>
    <message>
        <source>1. Choose a task near you.
2. If it needs the toolbox, pick it up at the community centre.
3. Do the task within its time window.
4. The municipality checks the result; then the reward is yours to spend in local shops.</source>
        <translation>1. Choose a task near you.
2. If it needs the toolbox, pick it up at the community centre.
3. Do the task within its time window.
4. The municipality checks the result; then the reward is yours to spend in local shops.</translation>
    </message>
    <message>
        <source>Claim this task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buurtmunt::TaskEditorDialog</name>
    <message>
        <source>Residents pick up a toolbox for this task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit task “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reward (coins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Estimated time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;pacity (people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Safety notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbox</source>
        <translation type="unfinished">Toolbox</translation>
    </message>
    <message>
        <source>Create draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>Enter the reward in coins, for example %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount of coins; write for example %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Please correct the %n marked field(s).</source>
        <translation>
            <numerusform>Please correct the %n marked field.</numerusform>
            <numerusform>Please correct the %n marked fields.</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone else changed this task while you were editing it, so your changes were not saved. Close this window, reload the task list and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused some fields; see the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buurtmunt::TaskFilterBar</name>
    <message>
        <source>Neighbourhood</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <source>Kind of task</source>
        <translation>Kind of task</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Reward</translation>
    </message>
    <message>
        <source>All neighbourhoods</source>
        <translation>All neighbourhoods</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Any reward</source>
        <translation>Any reward</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <extracomment>Minimum reward filter, %1 is an amount with the coin name: &quot;10 Heitjes or more&quot;</extracomment>
        <translation>%1 or more</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>Filter by neighbourhood</source>
        <translation>Filter by neighbourhood</translation>
    </message>
    <message>
        <source>Filter by kind of task</source>
        <translation>Filter by kind of task</translation>
    </message>
    <message>
        <source>Filter by minimum reward</source>
        <translation>Filter by minimum reward</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>Search tasks</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Clear all filters</translation>
    </message>
    <message>
        <source>Task filters</source>
        <translation>Task filters</translation>
    </message>
</context>
<context>
    <name>buurtmunt::VoucherConflictsView</name>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vouchers accepted offline that did not pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both records of the voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open conflicts: every voucher accepted offline was paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n voucher(s) accepted offline did not pay. The shop is owed the amount; settle it with the shop and look into the resident&apos;s use.</source>
        <translation>
            <numerusform>%n voucher accepted offline did not pay. The shop is owed the amount; settle it with the shop and look into the resident&apos;s use.</numerusform>
            <numerusform>%n vouchers accepted offline did not pay. The shop is owed the amount; settle it with the shop and look into the resident&apos;s use.</numerusform>
        </translation>
    </message>
    <message>
        <source>No voucher accepted offline has failed to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see both records of the voucher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (counter %2) on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted offline on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not paid to any shop; the coins went back to the resident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (counter %2) accepted it offline on %3; the counter reported it on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was settled with the shop, e.g. paid at the monthly settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the conflict was settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle the selected conflict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict was not marked settled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open conflicts: every one is settled with its shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buurtmunt::VoucherPage</name>
    <message>
        <source>Voucher %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher cancelled. %1 went back to your balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays on your balance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the voucher of %1? The coins go back to your balance. A printed slip of it stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have enough coins for that. Your balance is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You already have %n unused voucher(s). Use or cancel one first.</source>
        <translation>
            <numerusform>You already have %n unused voucher. Use or cancel it first.</numerusform>
            <numerusform>You already have %n unused vouchers. Use or cancel one first.</numerusform>
        </translation>
    </message>
    <message>
        <source>This voucher has already been spent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This voucher has expired. The coins are back on your balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This voucher was already cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coins</source>
        <translation type="unfinished">coins</translation>
    </message>
    <message>
        <source>Spend your %1</source>
        <extracomment>%1 is the coin&apos;s plural name, e.g. &quot;Heitjes&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to all tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the task list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much do you want to spend?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One coin less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One coin more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything on my balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a voucher of the chosen amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vouchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unused vouchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no unused vouchers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the chosen voucher with its QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the chosen voucher and get the coins back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, cancel it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, cancel the voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the voucher</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buurtmunt::VoucherReadyPage</name>
    <message>
        <source>The QR code cannot be shown: %1 The shop can type the code instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your voucher is printing. Take it with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no printer here; the slip was saved for staff to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk has no printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk has no printer. Show this screen at the shop&apos;s counter, or write down the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voucher could not be printed: %1 The shop can scan it from this screen, or write down the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your voucher is ready!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code for typing at the shop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <extracomment>%1 is a date, e.g. &quot;21 februari 2027&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend it at the shops taking part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend it at: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the QR code at the shop, or print it. Use it once. Keep it safe like cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done with this voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of the voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
