// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "DemoData.h"

#include "core/domain/Clock.h"
#include "core/domain/Crypto.h"
#include "core/domain/Iban.h"
#include "core/domain/PassToken.h"
#include "core/domain/Task.h"
#include "server/ClaimService.h"
#include "server/LedgerService.h"
#include "server/MunicipalitySettings.h"
#include "server/TaskService.h"

#include <QDir>
#include <algorithm>
#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace buurtmunt::server {

namespace {

struct DemoTask {
    const char* title;
    const char* category;
    const char* neighbourhood;
    const char* address;
    double latitude;
    double longitude;
    int rewardCoins;
    int minutes;
    int capacity;
    bool toolbox;
    const char* description;
    const char* safety;
};

// Rewards follow Heerlen's pilot (painting a bench 15, cleaning play
// equipment 12) and stay within €5 an hour of the estimated time.
const DemoTask kTasks[] = {
    {"Bank schilderen in het Grasbroekpark", "painting", "Grasbroek", "Grasbroekerweg 40, Heerlen", 50.8905, 5.9688, 15, 180, 2, true,
     "Schuur de oude verf van de houten parkbank en breng twee lagen groene buitenverf aan. Verf en kwasten zitten in de klusbox.",
     "Draag handschoenen. Zet de bank af met het lint uit de klusbox tot de verf droog is."},
    {"Speeltoestellen schoonmaken bij speeltuin Musschemig", "cleaning", "Musschemig", "Musschemigerweg 12, Heerlen", 50.8830, 5.9950, 12, 150, 3, true,
     "Maak de glijbaan, schommels en het klimrek schoon met water en de milde zeep uit de klusbox.",
     "Gebruik geen schoonmaakmiddel met chloor. Let op spelende kinderen."},
    {"Onkruid wieden langs de Akerstraat", "greenery", "Centrum", "Akerstraat 50, Heerlen", 50.8880, 5.9810, 10, 120, 4, true,
     "Verwijder onkruid tussen de stoeptegels en uit de plantvakken. Afval gaat in de groene zakken.",
     "Werk alleen op de stoep, niet op de rijbaan. Draag het veiligheidshesje."},
    {"Wandelen met een oudere buurtbewoner", "social", "Schandelen", "Schandelerboord 3, Heerlen", 50.8975, 5.9760, 8, 90, 1, false,
     "Maak een wandeling van een uur met een oudere bewoner die graag naar buiten gaat. De buurtcoach stelt u voor.",
     "Pas het tempo aan. Bel bij onwel worden 112."},
    {"Zwerfafval prikken in het Aambos", "litter", "Aarveld", "Aambos, ingang Aarveldsweg, Heerlen", 50.8800, 5.9700, 10, 120, 6, true,
     "Ruim zwerfafval op langs de wandelpaden. Prikstok en zakken in de klusbox; volle zakken bij de container aan de ingang.",
     "Raak naalden en glas niet met de hand aan; meld ze aan de buurtbeheerder."},
    {"Afvalbakken schilderen op het Pancratiusplein", "painting", "Centrum", "Pancratiusplein, Heerlen", 50.8874, 5.9799, 14, 160, 2, true,
     "Geef de vier vaste afvalbakken op het plein een nieuwe laag antraciet verf.",
     "Alleen bij droog weer. Zet de werkplek af met lint."},
    {"Paaltjes (anti-parkeerpalen) schilderen", "painting", "Hoensbroek", "Hoofdstraat 90, Hoensbroek", 50.9230, 5.9290, 12, 140, 2, true,
     "Schilder de rood-witte paaltjes langs de Hoofdstraat opnieuw. Sjablonen zitten in de klusbox.",
     "Draag het veiligheidshesje; werk aan de stoepkant."},
    {"Boodschappen doen voor een buurtgenoot", "social", "Hoensbroek", "Kouvenderstraat 20, Hoensbroek", 50.9200, 5.9320, 5, 60, 1, false,
     "Doe een keer per week boodschappen voor een buurtgenoot die slecht ter been is. Het boodschappenlijstje en geld krijgt u van de bewoner.",
     "Bewaar de kassabon voor de bewoner."},
    {"Plantenbakken beplanten in de Saroleastraat", "greenery", "Centrum", "Saroleastraat, Heerlen", 50.8868, 5.9832, 12, 150, 3, true,
     "Zet nieuwe vaste planten in de zes plantenbakken en geef ze water. Planten worden op de ochtend zelf gebracht.",
     "Til de zakken potgrond met twee personen."},
    {"Graffiti verwijderen bij het fietspad", "cleaning", "Meezenbroek", "Meezenbroekerweg 1, Heerlen", 50.8760, 5.9900, 15, 180, 2, true,
     "Verwijder graffiti van de geluidswal met de graffitireiniger uit de klusbox.",
     "Draag handschoenen en veiligheidsbril; werk niet in de wind."},
    {"Bladeren ruimen in het Burgemeester van Grunsvenpark", "greenery", "Centrum", "Burgemeester van Grunsvenplein, Heerlen", 50.8890, 5.9770, 10, 120, 5, true,
     "Hark de bladeren van de paden en het gazon bijeen en schep ze in de bladkorven.",
     "Let op fietsers op het pad."},
    {"Voorlezen in de bibliotheek", "social", "Centrum", "Glaspaleis, Bongerd 18, Heerlen", 50.8887, 5.9793, 6, 60, 2, false,
     "Lees op woensdagmiddag voor aan kinderen tussen 4 en 8 jaar in de jeugdhoek van de bibliotheek.",
     "Er is altijd een medewerker van de bibliotheek aanwezig."},
    {"Hekwerk schilderen bij de volkstuinen", "painting", "Heksenberg", "Heksenbergerweg 60, Heerlen", 50.9050, 6.0000, 15, 180, 3, true,
     "Schilder het groene hekwerk rond de volkstuinen aan de straatkant.",
     "Draag handschoenen; sluit het hek na afloop."},
    {"Speelplaats vegen bij basisschool De Vlieger", "cleaning", "Zeswegen", "Zeswegenstraat 10, Heerlen", 50.8720, 5.9600, 6, 60, 2, true,
     "Veeg het schoolplein buiten schooltijd schoon en leeg de prullenbakken.",
     "Alleen na 16.00 uur, als de kinderen weg zijn."},
    {"Zwerfafval rond het station opruimen", "litter", "Centrum", "Stationsplein, Heerlen", 50.8912, 5.9812, 8, 90, 4, true,
     "Ruim zwerfafval op rond de fietsenstalling en de bushaltes.",
     "Blijf uit de busbaan; draag het veiligheidshesje."},
    {"Bankjes schrobben in het Schelsbeekpark", "cleaning", "Schandelen", "Schelsbeekweg, Heerlen", 50.9000, 5.9700, 8, 90, 2, true,
     "Schrob de acht parkbanken schoon met borstel en zeepsop.",
     "Gebruik alleen het schoonmaakmiddel uit de klusbox."},
    {"Moestuinbakken onderhouden bij het buurthuis", "greenery", "Meezenbroek", "Buurthuis Meezenbroek, Heerlen", 50.8770, 5.9920, 10, 120, 3, true,
     "Wied, water en oogst in de moestuinbakken bij het buurthuis. Oogst gaat naar de voedselbank.",
     "Was uw handen na het werk."},
    {"Koffie schenken bij de buurtsoos", "social", "Hoensbroek", "Buurthuis De Koumen, Hoensbroek", 50.9170, 5.9350, 6, 120, 2, false,
     "Help op dinsdagmiddag bij de buurtsoos: koffie en thee schenken en een praatje maken.",
     "Geen bijzonderheden."},
    {"Speeltuin Molenberg: zandbak omscheppen", "cleaning", "Molenberg", "Molenberglaan, Heerlen", 50.8990, 5.9550, 10, 120, 2, true,
     "Schep de zandbak om en verwijder afval uit het zand.",
     "Draag handschoenen; glas en naalden niet met de hand oppakken."},
    {"Lantaarnpalen schoonmaken (onderste deel)", "cleaning", "Grasbroek", "Grasbroekerweg, Heerlen", 50.8900, 5.9660, 8, 90, 2, true,
     "Verwijder stickers en vuil van de onderste twee meter van de lantaarnpalen.",
     "Gebruik geen ladder."},
    {"Fietsenrekken repareren (klein onderhoud)", "repair", "Centrum", "Promenade, Heerlen", 50.8860, 5.9820, 12, 120, 2, true,
     "Draai losse bouten van de fietsenrekken vast en meld kapotte rekken via de app van de buurtbeheerder.",
     "Gereedschap zit in de klusbox; werk met twee personen."},
    {"Bloembollen planten in de berm", "greenery", "Heerlerheide", "Heerlerbaan, Heerlerheide", 50.9100, 5.9650, 10, 120, 8, true,
     "Plant krokussen en narcissen in de brede berm langs de Heerlerbaan.",
     "Blijf achter de afzetting, uit de buurt van de rijbaan."},
    {"Zitbank opknappen bij de vijver", "repair", "Heerlerheide", "Vijverpark, Heerlerheide", 50.9120, 5.9620, 15, 180, 2, true,
     "Vervang twee losse latten van de bank bij de vijver en schilder ze.",
     "Zaag alleen met de handzaag uit de klusbox."},
    {"Gezelschap bij een wandeling in het Vrieheidepark", "social", "Heerlerheide", "Vrieheidepark, Heerlerheide", 50.9140, 5.9570, 6, 60, 2, false,
     "Loop mee met de wekelijkse beweeggroep voor ouderen in het park.",
     "Een begeleider van de beweeggroep is aanwezig."},
    {"Stoeptegels vrijmaken van mos", "cleaning", "Heksenberg", "Heksenbergerweg, Heerlen", 50.9040, 5.9990, 8, 90, 3, true,
     "Krab mos en onkruid uit de voegen van het trottoir.",
     "Draag werkhandschoenen."},
    {"Zwerfafval langs de Geleenbeek", "litter", "Welten", "Geleenbeeklaan, Heerlen", 50.8730, 5.9750, 10, 120, 5, true,
     "Ruim afval op langs het wandelpad aan de Geleenbeek.",
     "Niet in de beek stappen."},
    {"Vogelhuisjes ophangen in het park", "repair", "Welten", "Weltertuynstraat, Heerlen", 50.8700, 5.9720, 10, 120, 2, true,
     "Hang twaalf vogelhuisjes op volgens de kaart in de klusbox.",
     "Gebruik de trapladder alleen met iemand die hem vasthoudt."},
    {"Buurtbibliotheekkastje bijhouden", "social", "Schandelen", "Schandelerboord, Heerlen", 50.8970, 5.9770, 4, 45, 1, false,
     "Ruim het minibibliotheekkastje op en vul het aan met boeken uit de bibliotheek.",
     "Geen bijzonderheden."},
    {"Trapleuning schilderen bij de Caumerbeek", "painting", "Caumerveld", "Caumerbeek, Heerlen", 50.8950, 5.9960, 14, 160, 2, true,
     "Schuur en schilder de stalen trapleuning naar het wandelpad.",
     "Draag handschoenen en een stofmasker bij het schuren."},
    {"Ramen wassen van het buurthuis", "cleaning", "Caumerveld", "Buurthuis Caumerveld, Heerlen", 50.8940, 5.9980, 8, 90, 2, true,
     "Was de ramen aan de buitenkant van het buurthuis, tot op reikhoogte.",
     "Niet op ladders of stoelen staan."},
    {"Tuin bijhouden voor een buurtgenoot", "greenery", "Musschemig", "Musschemigerweg, Heerlen", 50.8820, 5.9930, 10, 120, 1, true,
     "Maai het gras en knip de heg van een buurtgenoot die dat zelf niet meer kan.",
     "Gebruik de handmaaier uit de klusbox."},
    {"Zwerfafval op het Maankwartier", "litter", "Centrum", "Maankwartier, Heerlen", 50.8915, 5.9830, 8, 90, 4, true,
     "Ruim zwerfafval op rond het Maankwartier en de trappen.",
     "Let op verkeer op de Spoorsingel."},
    {"Bankjes schilderen bij Kasteel Hoensbroek (parkzijde)", "painting", "Hoensbroek", "Klinkertstraat, Hoensbroek", 50.9240, 5.9250, 15, 180, 2, true,
     "Schilder drie parkbanken aan de parkzijde van het kasteel.",
     "Niet op de kasteelgrond zelf werken."},
    {"Computerhulp voor buurtgenoten", "social", "Centrum", "Glaspaleis, Bongerd 18, Heerlen", 50.8887, 5.9793, 8, 90, 2, false,
     "Help buurtgenoten in de bibliotheek met e-mail, DigiD en videobellen.",
     "Vraag nooit naar wachtwoorden of pincodes."},
    {"Hagen knippen bij het speelveld", "greenery", "Zeswegen", "Zeswegenstraat, Heerlen", 50.8710, 5.9610, 12, 150, 3, true,
     "Knip de hagen rond het speelveld op hoogte en ruim het snoeiafval op.",
     "Gebruik alleen de handheggenschaar."},
    {"Putdeksels en goten vrijmaken van blad", "cleaning", "Molenberg", "Molenberglaan, Heerlen", 50.8985, 5.9560, 6, 60, 2, true,
     "Haal bladeren en takken van de straatkolken zodat regenwater weg kan.",
     "Werk alleen vanaf de stoep."},
    {"Kinderboerderij: hokken uitmesten", "cleaning", "Aarveld", "Kinderboerderij Aarveld, Heerlen", 50.8810, 5.9680, 10, 120, 2, false,
     "Help de vrijwilligers van de kinderboerderij met het uitmesten van de hokken.",
     "Was uw handen na afloop; laarzen zijn aanwezig."},
    {"Muurschildering opfrissen bij de tunnel", "painting", "Meezenbroek", "Tunnel Meezenbroekerweg, Heerlen", 50.8755, 5.9890, 15, 180, 3, true,
     "Fris de muurschildering in de voetgangerstunnel op volgens het ontwerp in de klusbox.",
     "Draag het veiligheidshesje en zet de tunnel half af."},
    {"Zwerfafval rond de Schaesbergerweg", "litter", "Schaesbergerveld", "Schaesbergerweg, Heerlen", 50.8950, 5.9500, 8, 90, 4, true,
     "Ruim zwerfafval op in de bermen en rond de bushaltes.",
     "Blijf uit de berm bij de rotonde."},
    {"Bankje bij het bushokje vastzetten", "repair", "Schaesbergerveld", "Schaesbergerweg 100, Heerlen", 50.8955, 5.9520, 10, 90, 1, true,
     "Zet de losgeraakte bank bij het bushokje weer vast met de ankers uit de klusbox.",
     "Werk met twee personen bij het tillen."},
    {"Taalmaatje: samen Nederlands oefenen", "social", "Heerlerheide", "Buurthuis Heerlerheide", 50.9110, 5.9640, 8, 90, 2, false,
     "Oefen een uur Nederlands in gesprek met een nieuwe buurtbewoner.",
     "Geen bijzonderheden."},
    {"Wilde bloemenstrook zaaien", "greenery", "Grasbroek", "Grasbroekerweg 70, Heerlen", 50.8910, 5.9700, 10, 120, 6, true,
     "Zaai een strook inheemse wilde bloemen langs het fietspad.",
     "Blijf van het fietspad af tijdens het werk."},
    {"Speelhuisje schilderen in speeltuin Welten", "painting", "Welten", "Weltertuynstraat, Heerlen", 50.8705, 5.9730, 15, 180, 2, true,
     "Schilder het houten speelhuisje in de kleuren van het oude ontwerp.",
     "Gebruik alleen de kindvriendelijke verf uit de klusbox."},
    {"Fietsroute langs het Caumerdal vrijmaken", "greenery", "Caumerveld", "Caumerdal, Heerlen", 50.8960, 6.0000, 12, 150, 4, true,
     "Knip overhangende takken en braamstruiken langs de fietsroute terug.",
     "Draag handschoenen en veiligheidsbril."},
};

struct DemoShop {
    const char* name;
    const char* address;
    const char* category;
    const char* bban;
};

const DemoShop kShops[] = {
    {"Bakkerij Bongers", "Saroleastraat 12, Heerlen", "bakery", "INGB0001234567"},
    {"Groenteboer 't Veldje", "Akerstraat 88, Heerlen", "greengrocer", "RABO0123456789"},
    {"Fietsenmaker Hoensbroek", "Hoofdstraat 45, Hoensbroek", "bicycles", "ABNA0417164300"},
    {"Boekhandel Het Glaspaleis", "Bongerd 20, Heerlen", "books", "TRIO0198765432"},
};

struct DemoResident {
    const char* name;
    const char* neighbourhood;
    const char* pin;
    // Tasks (1-based, in kTasks order) the resident has already done and
    // had approved, so the kiosk has coins to spend; all have room for
    // many, so the tests' own claims still find free places.
    QList<int> doneTasks;
};

// Only Ria has earned so far: the Earn tests count Anja's, Mohammed's and
// Joep's earnings from zero.
const DemoResident kResidents[] = {
    {"Anja Dreessen", "Grasbroek", "2468", {}},
    {"Mohammed El Idrissi", "Musschemig", "1357", {}},
    {"Ria Schepers", "Hoensbroek", "8642", {22, 42, 5}},
    {"Joep Vliegen", "Centrum", "9731", {}},
};

constexpr auto kStaffUser = "demo";
constexpr auto kStaffPassword = "heitje-demo";

QString credentialsPath(const QString& dataDir)
{
    return QDir(dataDir).filePath(u"demo-credentials.txt"_s);
}

} // namespace

QString DemoData::ibanWithCheckDigits(const QString& country, const QString& bban)
{
    return Iban::withCheckDigits(country, bban);
}

Status DemoData::ensure(Database& database, const QString& dataDir)
{
    QStringList credentials;
    bool created = false;
    Status status = database.transaction([&](QSqlDatabase& db) -> Status {
        auto existing = execSql(db, u"SELECT COUNT(*) FROM tasks"_s);
        if (!existing)
            return existing.error();
        if (existing.value().next() && existing.value().value(0).toLongLong() > 0)
            return {};
        created = true;
        MunicipalitySettings municipality;
        municipality.name = u"Heerlen"_s;
        municipality.coinName = u"Heitje"_s;
        municipality.coinNamePlural = u"Heitjes"_s;
        municipality.euroCentsPerCoin = 100;
        if (Status s = municipality.save(db); !s)
            return s;

        const QDate today = Clock::instance().todayUtc();
        int index = 0;
        for (const DemoTask& demo : kTasks) {
            Task task;
            task.title = QString::fromUtf8(demo.title);
            task.description = QString::fromUtf8(demo.description);
            task.category = QString::fromLatin1(demo.category);
            task.neighbourhood = QString::fromUtf8(demo.neighbourhood);
            task.address = QString::fromUtf8(demo.address);
            task.latitude = demo.latitude;
            task.longitude = demo.longitude;
            task.reward = Coins(demo.rewardCoins * 100LL);
            // At €5 an hour a reward of R coins stands for at least 12·R minutes.
            task.estimatedMinutes = std::max(demo.minutes, demo.rewardCoins * 12);
            task.capacity = demo.capacity;
            task.windowStart = today.addDays(-7);
            task.windowEnd = today.addDays(21 + (index * 7) % 42);
            task.safetyNotes = QString::fromUtf8(demo.safety);
            task.toolboxNeeded = demo.toolbox;
            task.status = TaskStatus::Published;
            if (auto made = TaskService::create(db, task); !made)
                return made.error();
            ++index;
        }

        const qint64 now = Clock::instance().nowMsecs();
        credentials << u"Shops:"_s;
        for (const DemoShop& shop : kShops) {
            const QString iban = ibanWithCheckDigits(u"NL"_s, QString::fromLatin1(shop.bban));
            auto inserted = execSql(db, u"INSERT INTO shops (name, address, category, iban, active, created_at) "
                                         "VALUES (?, ?, ?, ?, 1, ?) RETURNING id"_s,
                                    {QString::fromUtf8(shop.name), QString::fromUtf8(shop.address),
                                     QString::fromLatin1(shop.category), iban, now});
            if (!inserted)
                return inserted.error();
            inserted.value().next();
            const qint64 shopId = inserted.value().value(0).toLongLong();
            if (auto account = LedgerService::account(db, AccountKind::Shop, shopId); !account)
                return account.error();
            credentials << u"  shop %1: %2 (%3)"_s.arg(shopId).arg(QString::fromUtf8(shop.name), iban);
        }

        credentials << u"Residents (pass number / PIN):"_s;
        struct Earner {
            qint64 residentId;
            QString name;
            QList<int> doneTasks;
        };
        QList<Earner> earners;
        for (const DemoResident& resident : kResidents) {
            const PassToken pass = PassToken::generate();
            auto inserted = execSql(db, u"INSERT INTO residents (display_name, neighbourhood, pass_hash, pin_hash, created_at) "
                                         "VALUES (?, ?, ?, ?, ?) RETURNING id"_s,
                                    {QString::fromUtf8(resident.name), QString::fromUtf8(resident.neighbourhood),
                                     pass.hash(), crypto::hashSecret(QString::fromLatin1(resident.pin)), now});
            if (!inserted)
                return inserted.error();
            inserted.value().next();
            const qint64 residentId = inserted.value().value(0).toLongLong();
            if (auto account = LedgerService::account(db, AccountKind::Resident, residentId); !account)
                return account.error();
            earners.append({residentId, QString::fromUtf8(resident.name), resident.doneTasks});
            credentials << u"  %1 (%2): pass %3  PIN %4"_s.arg(QString::fromUtf8(resident.name),
                                                               QString::fromUtf8(resident.neighbourhood), pass.display(),
                                                               QString::fromLatin1(resident.pin));
        }

        auto staff = execSql(db, u"INSERT INTO staff (username, display_name, password_hash, roles, created_at) "
                                  "VALUES (?, ?, ?, ?, ?) RETURNING id"_s,
                             {QString::fromLatin1(kStaffUser), u"Demo medewerker"_s,
                              crypto::hashSecret(QString::fromLatin1(kStaffPassword)),
                              u"coordinator,approver,finance,admin"_s, now});
        if (!staff)
            return staff.error();
        if (!staff.value().next())
            return Status::failure(u"database-error"_s, u"The demo staff member got no id."_s);
        const qint64 staffId = staff.value().value(0).toLongLong();

        // Earned balances the honest way: claimed, marked done and approved
        // through ClaimService, so the ledger, the cap meter and the audit
        // log agree with what the kiosk shows.
        credentials << u"Balances after approved demo claims:"_s;
        for (const auto& [residentId, name, done] : earners) {
            for (int task : done) {
                auto claim = ClaimService::claim(db, residentId, task, 0, u"demo-data"_s);
                if (!claim)
                    return claim.error();
                if (auto submitted = ClaimService::submit(db, residentId, claim.value().id, u"Gedaan."_s, u"demo-data"_s);
                    !submitted)
                    return submitted.error();
                if (auto approved = ClaimService::approve(db, claim.value().id, staffId, u"demo-data"_s); !approved)
                    return approved.error();
            }
            auto account = LedgerService::account(db, AccountKind::Resident, residentId);
            if (!account)
                return account.error();
            auto balance = LedgerService::balance(db, account.value());
            if (!balance)
                return balance.error();
            credentials << u"  %1: balance %2 cents"_s.arg(name).arg(balance.value().cents());
        }
        credentials << u"Staff: user %1, password %2 (all roles)"_s.arg(QString::fromLatin1(kStaffUser),
                                                                          QString::fromLatin1(kStaffPassword));
        for (AccountKind kind : {AccountKind::Issuer, AccountKind::Escrow, AccountKind::Settlement}) {
            if (auto account = LedgerService::account(db, kind); !account)
                return account.error();
        }
        return {};
    });
    if (!status || !created)
        return status;
    QSaveFile file(credentialsPath(dataDir));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return Status::failure(u"file-not-writable"_s, u"Cannot write %1"_s.arg(credentialsPath(dataDir)));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write((u"Demo data for Heerlen (%1 tasks)\n"_s.arg(std::size(kTasks)) + credentials.join(u'\n') + u'\n').toUtf8());
    if (!file.commit())
        return Status::failure(u"file-not-writable"_s, u"Cannot write %1"_s.arg(credentialsPath(dataDir)));
    return {};
}

QStringList DemoData::summary(const QString& dataDir)
{
    QFile file(credentialsPath(dataDir));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {u"Demo data: credentials were not kept with this database (%1)."_s.arg(credentialsPath(dataDir))};
    return QString::fromUtf8(file.readAll()).trimmed().split(u'\n');
}

} // namespace buurtmunt::server
