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
</context>
<context>
    <name>buurtmunt::LanguageBar</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
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
</TS>
