CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);

CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "Naam" TEXT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
);

CREATE TABLE "AuditLog" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AuditLog" PRIMARY KEY AUTOINCREMENT,
    "Moment" INTEGER NOT NULL,
    "Gebruiker" TEXT NOT NULL,
    "Entiteit" TEXT NOT NULL,
    "Sleutel" TEXT NOT NULL,
    "Actie" TEXT NOT NULL,
    "Voor" TEXT NULL,
    "Na" TEXT NULL,
    "VorigeHash" TEXT NOT NULL,
    "Hash" TEXT NOT NULL
);

CREATE TABLE "DataProtectionKeys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY AUTOINCREMENT,
    "FriendlyName" TEXT NULL,
    "Xml" TEXT NULL
);

CREATE TABLE "Eenheden" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_Eenheden" PRIMARY KEY,
    "Omschrijving" TEXT NOT NULL,
    "Naam" TEXT NOT NULL
);

CREATE TABLE "Gemeenten" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_Gemeenten" PRIMARY KEY,
    "Naam" TEXT NOT NULL,
    "Provincie" TEXT NULL
);

CREATE TABLE "Importruns" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Importruns" PRIMARY KEY AUTOINCREMENT,
    "Bestandsnaam" TEXT NOT NULL,
    "Sha256" TEXT NOT NULL,
    "Formaat" TEXT NOT NULL,
    "Gebruiker" TEXT NOT NULL,
    "Gestart" INTEGER NOT NULL,
    "Beeindigd" INTEGER NULL,
    "Regels" INTEGER NOT NULL,
    "Toegevoegd" INTEGER NOT NULL,
    "AlAanwezig" INTEGER NOT NULL,
    "Resultaat" TEXT NOT NULL,
    "Meldingen" TEXT NULL
);

CREATE TABLE "ProductCategorieen" (
    "Domein" TEXT NOT NULL,
    "Code" TEXT NOT NULL,
    "Omschrijving" TEXT NOT NULL,
    CONSTRAINT "PK_ProductCategorieen" PRIMARY KEY ("Domein", "Code")
);

CREATE TABLE "Regios" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Regios" PRIMARY KEY AUTOINCREMENT,
    "Code" TEXT NOT NULL,
    "Naam" TEXT NOT NULL
);

CREATE TABLE "Zorgaanbieders" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Zorgaanbieders" PRIMARY KEY AUTOINCREMENT,
    "Naam" TEXT NOT NULL,
    "KvkNummer" TEXT NOT NULL,
    "Vestigingsnummer" TEXT NULL,
    "AgbCode" TEXT NOT NULL,
    "Straat" TEXT NULL,
    "Huisnummer" TEXT NULL,
    "Postcode" TEXT NULL,
    "Plaats" TEXT NULL,
    "Contactpersoon" TEXT NULL,
    "Email" TEXT NULL,
    "Telefoon" TEXT NULL,
    "Website" TEXT NULL,
    "IsDemo" INTEGER NOT NULL
);

CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Aanbestedingen" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Aanbestedingen" PRIMARY KEY AUTOINCREMENT,
    "RegioId" INTEGER NOT NULL,
    "Naam" TEXT NOT NULL,
    "Omschrijving" TEXT NULL,
    "Vorm" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "TenderNedKenmerk" TEXT NULL,
    "Publicatiedatum" TEXT NULL,
    "VragenDeadline" INTEGER NULL,
    "Sluitingsmoment" INTEGER NULL,
    "GeplandeGunning" TEXT NULL,
    "ContractStart" TEXT NULL,
    "ContractEinde" TEXT NULL,
    "Verlengingsopties" TEXT NULL,
    "StandstillEinde" INTEGER NULL,
    CONSTRAINT "FK_Aanbestedingen_Regios_RegioId" FOREIGN KEY ("RegioId") REFERENCES "Regios" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Budgetten" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Budgetten" PRIMARY KEY AUTOINCREMENT,
    "RegioId" INTEGER NOT NULL,
    "Jaar" INTEGER NOT NULL,
    "Domein" TEXT NOT NULL,
    "Monitorgroep" TEXT NOT NULL,
    "BedragCent" INTEGER NOT NULL,
    CONSTRAINT "FK_Budgetten_Regios_RegioId" FOREIGN KEY ("RegioId") REFERENCES "Regios" ("Id") ON DELETE CASCADE
);

CREATE TABLE "RegioGemeente" (
    "GemeentenCode" TEXT NOT NULL,
    "RegiosId" INTEGER NOT NULL,
    CONSTRAINT "PK_RegioGemeente" PRIMARY KEY ("GemeentenCode", "RegiosId"),
    CONSTRAINT "FK_RegioGemeente_Gemeenten_GemeentenCode" FOREIGN KEY ("GemeentenCode") REFERENCES "Gemeenten" ("Code") ON DELETE CASCADE,
    CONSTRAINT "FK_RegioGemeente_Regios_RegiosId" FOREIGN KEY ("RegiosId") REFERENCES "Regios" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Segmenten" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Segmenten" PRIMARY KEY AUTOINCREMENT,
    "RegioId" INTEGER NOT NULL,
    "Domein" TEXT NOT NULL,
    "Code" TEXT NOT NULL,
    "Naam" TEXT NOT NULL,
    "Omschrijving" TEXT NULL,
    CONSTRAINT "FK_Segmenten_Regios_RegioId" FOREIGN KEY ("RegioId") REFERENCES "Regios" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Overgang" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Overgang" PRIMARY KEY AUTOINCREMENT,
    "AanbestedingId" INTEGER NOT NULL,
    "Gebeurtenis" TEXT NOT NULL,
    "Van" TEXT NOT NULL,
    "Naar" TEXT NOT NULL,
    "Moment" INTEGER NOT NULL,
    "Wie" TEXT NOT NULL,
    "Reden" TEXT NULL,
    CONSTRAINT "FK_Overgang_Aanbestedingen_AanbestedingId" FOREIGN KEY ("AanbestedingId") REFERENCES "Aanbestedingen" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Producten" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Producten" PRIMARY KEY AUTOINCREMENT,
    "RegioId" INTEGER NOT NULL,
    "Code" TEXT NOT NULL,
    "Naam" TEXT NOT NULL,
    "Domein" TEXT NOT NULL,
    "CategorieCode" TEXT NOT NULL,
    "Monitorgroep" TEXT NOT NULL,
    "EenheidCode" TEXT NOT NULL,
    "SegmentId" INTEGER NULL,
    "GeldigVan" TEXT NULL,
    "GeldigTot" TEXT NULL,
    "LandelijkeCode" TEXT NULL,
    CONSTRAINT "FK_Producten_Eenheden_EenheidCode" FOREIGN KEY ("EenheidCode") REFERENCES "Eenheden" ("Code") ON DELETE RESTRICT,
    CONSTRAINT "FK_Producten_ProductCategorieen_Domein_CategorieCode" FOREIGN KEY ("Domein", "CategorieCode") REFERENCES "ProductCategorieen" ("Domein", "Code") ON DELETE RESTRICT,
    CONSTRAINT "FK_Producten_Regios_RegioId" FOREIGN KEY ("RegioId") REFERENCES "Regios" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Producten_Segmenten_SegmentId" FOREIGN KEY ("SegmentId") REFERENCES "Segmenten" ("Id") ON DELETE SET NULL
);

CREATE TABLE "Tarieven" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Tarieven" PRIMARY KEY AUTOINCREMENT,
    "ProductId" INTEGER NOT NULL,
    "BedragCent" INTEGER NOT NULL,
    "GeldigVan" TEXT NOT NULL,
    "GeldigTot" TEXT NULL,
    CONSTRAINT "FK_Tarieven_Producten_ProductId" FOREIGN KEY ("ProductId") REFERENCES "Producten" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Toewijzingen" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Toewijzingen" PRIMARY KEY AUTOINCREMENT,
    "ImportrunId" INTEGER NOT NULL,
    "GemeenteCode" TEXT NOT NULL,
    "AgbCode" TEXT NOT NULL,
    "ToewijzingNummer" TEXT NOT NULL,
    "Client" TEXT NOT NULL,
    "CategorieCode" TEXT NULL,
    "ProductCode" TEXT NULL,
    "ProductId" INTEGER NULL,
    "Ingangsdatum" TEXT NOT NULL,
    "Einddatum" TEXT NULL,
    "Toewijzingsmoment" INTEGER NOT NULL,
    "RedenWijziging" TEXT NULL,
    "Volume" INTEGER NULL,
    "EenheidCode" TEXT NULL,
    "Frequentie" TEXT NULL,
    "BudgetCent" INTEGER NULL,
    "ZorgBegonnen" TEXT NULL,
    "ZorgGestopt" TEXT NULL,
    "RedenBeeindiging" TEXT NULL,
    "Verwijderd" INTEGER NOT NULL,
    CONSTRAINT "FK_Toewijzingen_Importruns_ImportrunId" FOREIGN KEY ("ImportrunId") REFERENCES "Importruns" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Toewijzingen_Producten_ProductId" FOREIGN KEY ("ProductId") REFERENCES "Producten" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Zorgregels" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Zorgregels" PRIMARY KEY AUTOINCREMENT,
    "ImportrunId" INTEGER NOT NULL,
    "Sleutel" TEXT NOT NULL,
    "ToewijzingNummer" TEXT NULL,
    "Client" TEXT NOT NULL,
    "Traject" TEXT NOT NULL,
    "GemeenteCode" TEXT NOT NULL,
    "AgbCode" TEXT NOT NULL,
    "ProductId" INTEGER NOT NULL,
    "Begindatum" TEXT NOT NULL,
    "Einddatum" TEXT NOT NULL,
    "Volume" INTEGER NOT NULL,
    "EenheidCode" TEXT NOT NULL,
    "BedragCent" INTEGER NOT NULL,
    "ReferentieNummer" TEXT NULL,
    "VorigReferentieNummer" TEXT NULL,
    "Afgewezen" INTEGER NOT NULL,
    CONSTRAINT "FK_Zorgregels_Importruns_ImportrunId" FOREIGN KEY ("ImportrunId") REFERENCES "Importruns" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Zorgregels_Producten_ProductId" FOREIGN KEY ("ProductId") REFERENCES "Producten" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_Aanbestedingen_RegioId" ON "Aanbestedingen" ("RegioId");

CREATE INDEX "IX_Aanbestedingen_Status" ON "Aanbestedingen" ("Status");

CREATE INDEX "IX_Aanbestedingen_TenderNedKenmerk" ON "Aanbestedingen" ("TenderNedKenmerk");

CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");

CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");

CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");

CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");

CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");

CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");

CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");

CREATE INDEX "IX_AuditLog_Entiteit_Sleutel" ON "AuditLog" ("Entiteit", "Sleutel");

CREATE UNIQUE INDEX "IX_Budgetten_RegioId_Jaar_Domein_Monitorgroep" ON "Budgetten" ("RegioId", "Jaar", "Domein", "Monitorgroep");

CREATE INDEX "IX_Importruns_Sha256" ON "Importruns" ("Sha256");

CREATE INDEX "IX_Overgang_AanbestedingId" ON "Overgang" ("AanbestedingId");

CREATE INDEX "IX_Producten_Domein_CategorieCode" ON "Producten" ("Domein", "CategorieCode");

CREATE INDEX "IX_Producten_EenheidCode" ON "Producten" ("EenheidCode");

CREATE INDEX "IX_Producten_RegioId_Code" ON "Producten" ("RegioId", "Code");

CREATE INDEX "IX_Producten_SegmentId" ON "Producten" ("SegmentId");

CREATE INDEX "IX_RegioGemeente_RegiosId" ON "RegioGemeente" ("RegiosId");

CREATE UNIQUE INDEX "IX_Regios_Code" ON "Regios" ("Code");

CREATE UNIQUE INDEX "IX_Segmenten_RegioId_Code" ON "Segmenten" ("RegioId", "Code");

CREATE UNIQUE INDEX "IX_Tarieven_ProductId_GeldigVan" ON "Tarieven" ("ProductId", "GeldigVan");

CREATE UNIQUE INDEX "IX_Toewijzingen_GemeenteCode_ToewijzingNummer" ON "Toewijzingen" ("GemeenteCode", "ToewijzingNummer");

CREATE INDEX "IX_Toewijzingen_ImportrunId" ON "Toewijzingen" ("ImportrunId");

CREATE INDEX "IX_Toewijzingen_Ingangsdatum_Einddatum" ON "Toewijzingen" ("Ingangsdatum", "Einddatum");

CREATE INDEX "IX_Toewijzingen_ProductId" ON "Toewijzingen" ("ProductId");

CREATE UNIQUE INDEX "IX_Zorgaanbieders_AgbCode" ON "Zorgaanbieders" ("AgbCode");

CREATE INDEX "IX_Zorgaanbieders_KvkNummer" ON "Zorgaanbieders" ("KvkNummer");

CREATE INDEX "IX_Zorgaanbieders_Naam" ON "Zorgaanbieders" ("Naam");

CREATE INDEX "IX_Zorgregels_ImportrunId" ON "Zorgregels" ("ImportrunId");

CREATE INDEX "IX_Zorgregels_Monitor" ON "Zorgregels" ("Begindatum", "ProductId", "GemeenteCode", "AgbCode", "Afgewezen", "Traject", "Client", "BedragCent");

CREATE INDEX "IX_Zorgregels_ProductId" ON "Zorgregels" ("ProductId");

CREATE UNIQUE INDEX "IX_Zorgregels_Sleutel" ON "Zorgregels" ("Sleutel");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261123221223_Eerste', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Aanbestedingen" ADD "HeropeningVanId" INTEGER NULL;

ALTER TABLE "Aanbestedingen" ADD "InkooptrajectId" INTEGER NULL;

ALTER TABLE "Aanbestedingen" ADD "MaxGunningenPerPerceel" INTEGER NULL;

ALTER TABLE "Aanbestedingen" ADD "StandstillDagen" INTEGER NOT NULL DEFAULT 0;

CREATE TABLE "Inkooptrajecten" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Inkooptrajecten" PRIMARY KEY AUTOINCREMENT,
    "RegioId" INTEGER NOT NULL,
    "Naam" TEXT NOT NULL,
    "Omschrijving" TEXT NULL,
    "Jeugd" INTEGER NOT NULL,
    "Wmo" INTEGER NOT NULL,
    "Openbaar" INTEGER NOT NULL,
    CONSTRAINT "FK_Inkooptrajecten_Regios_RegioId" FOREIGN KEY ("RegioId") REFERENCES "Regios" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Percelen" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Percelen" PRIMARY KEY AUTOINCREMENT,
    "AanbestedingId" INTEGER NOT NULL,
    "Nummer" INTEGER NOT NULL,
    "Naam" TEXT NOT NULL,
    "SegmentId" INTEGER NULL,
    "ProductId" INTEGER NULL,
    CONSTRAINT "CK_Percelen_SegmentOfProduct" CHECK (("SegmentId" IS NULL AND "ProductId" IS NOT NULL) OR ("SegmentId" IS NOT NULL AND "ProductId" IS NULL)),
    CONSTRAINT "FK_Percelen_Aanbestedingen_AanbestedingId" FOREIGN KEY ("AanbestedingId") REFERENCES "Aanbestedingen" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Percelen_Producten_ProductId" FOREIGN KEY ("ProductId") REFERENCES "Producten" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Percelen_Segmenten_SegmentId" FOREIGN KEY ("SegmentId") REFERENCES "Segmenten" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Rectificaties" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Rectificaties" PRIMARY KEY AUTOINCREMENT,
    "AanbestedingId" INTEGER NOT NULL,
    "Nummer" INTEGER NOT NULL,
    "Moment" INTEGER NOT NULL,
    "Wie" TEXT NOT NULL,
    "Reden" TEXT NOT NULL,
    "WijzigingenJson" TEXT NOT NULL,
    CONSTRAINT "FK_Rectificaties_Aanbestedingen_AanbestedingId" FOREIGN KEY ("AanbestedingId") REFERENCES "Aanbestedingen" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Bijeenkomsten" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Bijeenkomsten" PRIMARY KEY AUTOINCREMENT,
    "InkooptrajectId" INTEGER NOT NULL,
    "Soort" TEXT NOT NULL,
    "Titel" TEXT NOT NULL,
    "Begin" INTEGER NOT NULL,
    "Einde" INTEGER NULL,
    "SegmentId" INTEGER NULL,
    "Locatie" TEXT NULL,
    "Omschrijving" TEXT NULL,
    CONSTRAINT "FK_Bijeenkomsten_Inkooptrajecten_InkooptrajectId" FOREIGN KEY ("InkooptrajectId") REFERENCES "Inkooptrajecten" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Bijeenkomsten_Segmenten_SegmentId" FOREIGN KEY ("SegmentId") REFERENCES "Segmenten" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Documenten" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Documenten" PRIMARY KEY AUTOINCREMENT,
    "InkooptrajectId" INTEGER NULL,
    "AanbestedingId" INTEGER NULL,
    "Titel" TEXT NOT NULL,
    "Bestandsnaam" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Grootte" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "Opslagnaam" TEXT NOT NULL,
    "Moment" INTEGER NOT NULL,
    "Door" TEXT NOT NULL,
    "Ingetrokken" INTEGER NULL,
    "IntrekkingsReden" TEXT NULL,
    CONSTRAINT "FK_Documenten_Aanbestedingen_AanbestedingId" FOREIGN KEY ("AanbestedingId") REFERENCES "Aanbestedingen" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Documenten_Inkooptrajecten_InkooptrajectId" FOREIGN KEY ("InkooptrajectId") REFERENCES "Inkooptrajecten" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Fasen" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Fasen" PRIMARY KEY AUTOINCREMENT,
    "InkooptrajectId" INTEGER NOT NULL,
    "Soort" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Van" TEXT NULL,
    "Tot" TEXT NULL,
    "Samenvatting" TEXT NULL,
    CONSTRAINT "FK_Fasen_Inkooptrajecten_InkooptrajectId" FOREIGN KEY ("InkooptrajectId") REFERENCES "Inkooptrajecten" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Voortgangsberichten" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Voortgangsberichten" PRIMARY KEY AUTOINCREMENT,
    "InkooptrajectId" INTEGER NOT NULL,
    "Datum" TEXT NOT NULL,
    "Titel" TEXT NOT NULL,
    "Tekst" TEXT NOT NULL,
    "Bijgewerkt" INTEGER NOT NULL,
    CONSTRAINT "FK_Voortgangsberichten_Inkooptrajecten_InkooptrajectId" FOREIGN KEY ("InkooptrajectId") REFERENCES "Inkooptrajecten" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Aanbestedingen_HeropeningVanId" ON "Aanbestedingen" ("HeropeningVanId");

CREATE INDEX "IX_Aanbestedingen_InkooptrajectId" ON "Aanbestedingen" ("InkooptrajectId");

CREATE INDEX "IX_Bijeenkomsten_InkooptrajectId" ON "Bijeenkomsten" ("InkooptrajectId");

CREATE INDEX "IX_Bijeenkomsten_SegmentId" ON "Bijeenkomsten" ("SegmentId");

CREATE INDEX "IX_Documenten_AanbestedingId" ON "Documenten" ("AanbestedingId");

CREATE INDEX "IX_Documenten_InkooptrajectId" ON "Documenten" ("InkooptrajectId");

CREATE UNIQUE INDEX "IX_Documenten_Opslagnaam" ON "Documenten" ("Opslagnaam");

CREATE UNIQUE INDEX "IX_Fasen_InkooptrajectId_Soort" ON "Fasen" ("InkooptrajectId", "Soort");

CREATE INDEX "IX_Inkooptrajecten_RegioId" ON "Inkooptrajecten" ("RegioId");

CREATE UNIQUE INDEX "IX_Percelen_AanbestedingId_Nummer" ON "Percelen" ("AanbestedingId", "Nummer");

CREATE INDEX "IX_Percelen_ProductId" ON "Percelen" ("ProductId");

CREATE INDEX "IX_Percelen_SegmentId" ON "Percelen" ("SegmentId");

CREATE UNIQUE INDEX "IX_Rectificaties_AanbestedingId_Nummer" ON "Rectificaties" ("AanbestedingId", "Nummer");

CREATE INDEX "IX_Voortgangsberichten_InkooptrajectId_Datum" ON "Voortgangsberichten" ("InkooptrajectId", "Datum");

CREATE TABLE "ef_temp_Aanbestedingen" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Aanbestedingen" PRIMARY KEY AUTOINCREMENT,
    "ContractEinde" TEXT NULL,
    "ContractStart" TEXT NULL,
    "GeplandeGunning" TEXT NULL,
    "HeropeningVanId" INTEGER NULL,
    "InkooptrajectId" INTEGER NULL,
    "MaxGunningenPerPerceel" INTEGER NULL,
    "Naam" TEXT NOT NULL,
    "Omschrijving" TEXT NULL,
    "Publicatiedatum" TEXT NULL,
    "RegioId" INTEGER NOT NULL,
    "Sluitingsmoment" INTEGER NULL,
    "StandstillDagen" INTEGER NOT NULL,
    "StandstillEinde" INTEGER NULL,
    "Status" TEXT NOT NULL,
    "TenderNedKenmerk" TEXT NULL,
    "Verlengingsopties" TEXT NULL,
    "Vorm" TEXT NOT NULL,
    "VragenDeadline" INTEGER NULL,
    CONSTRAINT "FK_Aanbestedingen_Aanbestedingen_HeropeningVanId" FOREIGN KEY ("HeropeningVanId") REFERENCES "Aanbestedingen" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Aanbestedingen_Inkooptrajecten_InkooptrajectId" FOREIGN KEY ("InkooptrajectId") REFERENCES "Inkooptrajecten" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Aanbestedingen_Regios_RegioId" FOREIGN KEY ("RegioId") REFERENCES "Regios" ("Id") ON DELETE RESTRICT
);

INSERT INTO "ef_temp_Aanbestedingen" ("Id", "ContractEinde", "ContractStart", "GeplandeGunning", "HeropeningVanId", "InkooptrajectId", "MaxGunningenPerPerceel", "Naam", "Omschrijving", "Publicatiedatum", "RegioId", "Sluitingsmoment", "StandstillDagen", "StandstillEinde", "Status", "TenderNedKenmerk", "Verlengingsopties", "Vorm", "VragenDeadline")
SELECT "Id", "ContractEinde", "ContractStart", "GeplandeGunning", "HeropeningVanId", "InkooptrajectId", "MaxGunningenPerPerceel", "Naam", "Omschrijving", "Publicatiedatum", "RegioId", "Sluitingsmoment", "StandstillDagen", "StandstillEinde", "Status", "TenderNedKenmerk", "Verlengingsopties", "Vorm", "VragenDeadline"
FROM "Aanbestedingen";

COMMIT;

PRAGMA foreign_keys = 0;

BEGIN TRANSACTION;
DROP TABLE "Aanbestedingen";

ALTER TABLE "ef_temp_Aanbestedingen" RENAME TO "Aanbestedingen";

COMMIT;

PRAGMA foreign_keys = 1;

BEGIN TRANSACTION;
CREATE INDEX "IX_Aanbestedingen_HeropeningVanId" ON "Aanbestedingen" ("HeropeningVanId");

CREATE INDEX "IX_Aanbestedingen_InkooptrajectId" ON "Aanbestedingen" ("InkooptrajectId");

CREATE INDEX "IX_Aanbestedingen_RegioId" ON "Aanbestedingen" ("RegioId");

CREATE INDEX "IX_Aanbestedingen_Status" ON "Aanbestedingen" ("Status");

CREATE INDEX "IX_Aanbestedingen_TenderNedKenmerk" ON "Aanbestedingen" ("TenderNedKenmerk");

COMMIT;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261124203336_Inkooptrajecten', '10.0.15');

BEGIN TRANSACTION;
DELETE FROM "Zorgregels"; DELETE FROM "Importruns" WHERE "Formaat" IN ('csv', 'jw323', 'wmo323', 'jw325', 'wmo325');

DROP INDEX "IX_Zorgregels_ImportrunId";

DROP INDEX "IX_Zorgregels_Monitor";

DROP INDEX "IX_Zorgregels_ProductId";

ALTER TABLE "Zorgregels" ADD "ClientSleutel" BLOB NOT NULL DEFAULT X'';

ALTER TABLE "Zorgregels" ADD "TrajectSleutel" BLOB NOT NULL DEFAULT X'';

CREATE TABLE "ef_temp_Zorgregels" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Zorgregels" PRIMARY KEY AUTOINCREMENT,
    "Afgewezen" INTEGER NOT NULL,
    "AgbCode" TEXT NOT NULL,
    "BedragCent" INTEGER NOT NULL,
    "Begindatum" TEXT NOT NULL,
    "ClientSleutel" BLOB NOT NULL,
    "EenheidCode" TEXT NOT NULL,
    "Einddatum" TEXT NOT NULL,
    "GemeenteCode" TEXT NOT NULL,
    "ImportrunId" INTEGER NOT NULL,
    "ProductId" INTEGER NOT NULL,
    "ReferentieNummer" TEXT NULL,
    "Sleutel" BLOB NOT NULL,
    "ToewijzingNummer" TEXT NULL,
    "TrajectSleutel" BLOB NOT NULL,
    "Volume" INTEGER NOT NULL,
    "VorigReferentieNummer" TEXT NULL
);

INSERT INTO "ef_temp_Zorgregels" ("Id", "Afgewezen", "AgbCode", "BedragCent", "Begindatum", "ClientSleutel", "EenheidCode", "Einddatum", "GemeenteCode", "ImportrunId", "ProductId", "ReferentieNummer", "Sleutel", "ToewijzingNummer", "TrajectSleutel", "Volume", "VorigReferentieNummer")
SELECT "Id", "Afgewezen", "AgbCode", "BedragCent", "Begindatum", "ClientSleutel", "EenheidCode", "Einddatum", "GemeenteCode", "ImportrunId", "ProductId", "ReferentieNummer", "Sleutel", "ToewijzingNummer", "TrajectSleutel", "Volume", "VorigReferentieNummer"
FROM "Zorgregels";

COMMIT;

PRAGMA foreign_keys = 0;

BEGIN TRANSACTION;
DROP TABLE "Zorgregels";

ALTER TABLE "ef_temp_Zorgregels" RENAME TO "Zorgregels";

COMMIT;

PRAGMA foreign_keys = 1;

BEGIN TRANSACTION;
CREATE UNIQUE INDEX "IX_Zorgregels_Sleutel" ON "Zorgregels" ("Sleutel");

COMMIT;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261124215645_CompacteZorgregels', '10.0.15');

BEGIN TRANSACTION;
ALTER TABLE "AspNetUsers" ADD "ZorgaanbiederId" INTEGER NULL;

CREATE TABLE "Inschrijvingen" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Inschrijvingen" PRIMARY KEY AUTOINCREMENT,
    "AanbestedingId" INTEGER NOT NULL,
    "ZorgaanbiederId" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "Versie" INTEGER NOT NULL,
    "Sleutel" BLOB NOT NULL,
    "Kwaliteit" BLOB NULL,
    "Prijs" BLOB NULL,
    "IngediendOp" INTEGER NULL,
    "Ontvangstbewijs" TEXT NULL,
    "LaatsteVerzoek" TEXT NULL,
    "Gewijzigd" INTEGER NOT NULL,
    CONSTRAINT "FK_Inschrijvingen_Aanbestedingen_AanbestedingId" FOREIGN KEY ("AanbestedingId") REFERENCES "Aanbestedingen" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Inschrijvingen_Zorgaanbieders_ZorgaanbiederId" FOREIGN KEY ("ZorgaanbiederId") REFERENCES "Zorgaanbieders" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Inschrijvingseisen" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Inschrijvingseisen" PRIMARY KEY AUTOINCREMENT,
    "AanbestedingId" INTEGER NOT NULL,
    "Volgorde" INTEGER NOT NULL,
    "Soort" TEXT NOT NULL,
    "Tekst" TEXT NOT NULL,
    "Verplicht" INTEGER NOT NULL,
    CONSTRAINT "FK_Inschrijvingseisen_Aanbestedingen_AanbestedingId" FOREIGN KEY ("AanbestedingId") REFERENCES "Aanbestedingen" ("Id") ON DELETE CASCADE
);

CREATE TABLE "KluisOpeningen" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_KluisOpeningen" PRIMARY KEY AUTOINCREMENT,
    "AanbestedingId" INTEGER NOT NULL,
    "AangevraagdDoor" TEXT NOT NULL,
    "AangevraagdOp" INTEGER NOT NULL,
    "BevestigdDoor" TEXT NULL,
    "BevestigdOp" INTEGER NULL,
    CONSTRAINT "FK_KluisOpeningen_Aanbestedingen_AanbestedingId" FOREIGN KEY ("AanbestedingId") REFERENCES "Aanbestedingen" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Ontvangstbewijzen" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Ontvangstbewijzen" PRIMARY KEY AUTOINCREMENT,
    "InschrijvingId" INTEGER NOT NULL,
    "AanbestedingId" INTEGER NOT NULL,
    "ZorgaanbiederId" INTEGER NOT NULL,
    "Versie" INTEGER NOT NULL,
    "Moment" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "Herbevestiging" INTEGER NOT NULL,
    CONSTRAINT "FK_Ontvangstbewijzen_Inschrijvingen_InschrijvingId" FOREIGN KEY ("InschrijvingId") REFERENCES "Inschrijvingen" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "InschrijvingBestanden" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_InschrijvingBestanden" PRIMARY KEY AUTOINCREMENT,
    "InschrijvingId" INTEGER NOT NULL,
    "EisId" INTEGER NOT NULL,
    "NaamVersleuteld" BLOB NOT NULL,
    "Opslagnaam" TEXT NOT NULL,
    "Grootte" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "Moment" INTEGER NOT NULL,
    CONSTRAINT "FK_InschrijvingBestanden_Inschrijvingen_InschrijvingId" FOREIGN KEY ("InschrijvingId") REFERENCES "Inschrijvingen" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_InschrijvingBestanden_Inschrijvingseisen_EisId" FOREIGN KEY ("EisId") REFERENCES "Inschrijvingseisen" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_InschrijvingBestanden_EisId" ON "InschrijvingBestanden" ("EisId");

CREATE INDEX "IX_InschrijvingBestanden_InschrijvingId" ON "InschrijvingBestanden" ("InschrijvingId");

CREATE UNIQUE INDEX "IX_InschrijvingBestanden_Opslagnaam" ON "InschrijvingBestanden" ("Opslagnaam");

CREATE UNIQUE INDEX "IX_Inschrijvingen_AanbestedingId_ZorgaanbiederId" ON "Inschrijvingen" ("AanbestedingId", "ZorgaanbiederId");

CREATE INDEX "IX_Inschrijvingen_ZorgaanbiederId" ON "Inschrijvingen" ("ZorgaanbiederId");

CREATE INDEX "IX_Inschrijvingseisen_AanbestedingId_Volgorde" ON "Inschrijvingseisen" ("AanbestedingId", "Volgorde");

CREATE UNIQUE INDEX "IX_KluisOpeningen_AanbestedingId" ON "KluisOpeningen" ("AanbestedingId");

CREATE UNIQUE INDEX "IX_Ontvangstbewijzen_InschrijvingId_Versie" ON "Ontvangstbewijzen" ("InschrijvingId", "Versie");

CREATE INDEX "IX_Ontvangstbewijzen_Sha256" ON "Ontvangstbewijzen" ("Sha256");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261124223419_Inschrijvingen', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "NvIRondes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_NvIRondes" PRIMARY KEY AUTOINCREMENT,
    "AanbestedingId" INTEGER NOT NULL,
    "Nummer" INTEGER NOT NULL,
    "GepubliceerdOp" INTEGER NOT NULL,
    "GepubliceerdDoor" TEXT NOT NULL,
    "InhoudJson" TEXT NOT NULL,
    "Sha256" TEXT NOT NULL,
    CONSTRAINT "FK_NvIRondes_Aanbestedingen_AanbestedingId" FOREIGN KEY ("AanbestedingId") REFERENCES "Aanbestedingen" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Vragen" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Vragen" PRIMARY KEY AUTOINCREMENT,
    "AanbestedingId" INTEGER NOT NULL,
    "Volgnummer" INTEGER NOT NULL,
    "ZorgaanbiederId" INTEGER NULL,
    "GesteldDoor" TEXT NOT NULL,
    "GesteldOp" INTEGER NOT NULL,
    "PerceelNummer" INTEGER NULL,
    "Onderwerp" TEXT NULL,
    "Tekst" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "ToegewezenAan" TEXT NULL,
    "PubliekeVraag" TEXT NULL,
    "Antwoord" TEXT NULL,
    "BeantwoordDoor" TEXT NULL,
    "NvIRondeId" INTEGER NULL,
    CONSTRAINT "FK_Vragen_Aanbestedingen_AanbestedingId" FOREIGN KEY ("AanbestedingId") REFERENCES "Aanbestedingen" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Vragen_NvIRondes_NvIRondeId" FOREIGN KEY ("NvIRondeId") REFERENCES "NvIRondes" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Vragen_Zorgaanbieders_ZorgaanbiederId" FOREIGN KEY ("ZorgaanbiederId") REFERENCES "Zorgaanbieders" ("Id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "IX_NvIRondes_AanbestedingId_Nummer" ON "NvIRondes" ("AanbestedingId", "Nummer");

CREATE UNIQUE INDEX "IX_Vragen_AanbestedingId_Volgnummer" ON "Vragen" ("AanbestedingId", "Volgnummer");

CREATE INDEX "IX_Vragen_NvIRondeId" ON "Vragen" ("NvIRondeId");

CREATE INDEX "IX_Vragen_ZorgaanbiederId" ON "Vragen" ("ZorgaanbiederId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261124225842_VragenEnNvI', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "Berichten" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Berichten" PRIMARY KEY AUTOINCREMENT,
    "Sleutel" TEXT NOT NULL,
    "Aan" TEXT NOT NULL,
    "Onderwerp" TEXT NOT NULL,
    "Tekst" TEXT NOT NULL,
    "AangemaaktOp" INTEGER NOT NULL,
    "VerzondenOp" INTEGER NULL,
    "Pogingen" INTEGER NOT NULL,
    "Fout" TEXT NULL
);

CREATE UNIQUE INDEX "IX_Berichten_Sleutel" ON "Berichten" ("Sleutel");

CREATE INDEX "IX_Berichten_VerzondenOp" ON "Berichten" ("VerzondenOp");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261124230847_Berichten', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "Beoordelingen" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Beoordelingen" PRIMARY KEY AUTOINCREMENT,
    "AanbestedingId" INTEGER NOT NULL,
    "InschrijvingId" INTEGER NOT NULL,
    "Beoordelaar" TEXT NOT NULL,
    "IngediendOp" INTEGER NULL,
    CONSTRAINT "FK_Beoordelingen_Inschrijvingen_InschrijvingId" FOREIGN KEY ("InschrijvingId") REFERENCES "Inschrijvingen" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Bezwaren" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Bezwaren" PRIMARY KEY AUTOINCREMENT,
    "AanbestedingId" INTEGER NOT NULL,
    "ZorgaanbiederId" INTEGER NULL,
    "Soort" TEXT NOT NULL,
    "Omschrijving" TEXT NOT NULL,
    "IngediendOp" INTEGER NOT NULL,
    "GeregistreerdDoor" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Afhandeling" TEXT NULL,
    "AfgehandeldOp" INTEGER NULL,
    "AfgehandeldDoor" TEXT NULL,
    CONSTRAINT "FK_Bezwaren_Aanbestedingen_AanbestedingId" FOREIGN KEY ("AanbestedingId") REFERENCES "Aanbestedingen" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Bezwaren_Zorgaanbieders_ZorgaanbiederId" FOREIGN KEY ("ZorgaanbiederId") REFERENCES "Zorgaanbieders" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Criteria" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Criteria" PRIMARY KEY AUTOINCREMENT,
    "AanbestedingId" INTEGER NOT NULL,
    "PerceelNummer" INTEGER NULL,
    "Volgorde" INTEGER NOT NULL,
    "Soort" TEXT NOT NULL,
    "Naam" TEXT NOT NULL,
    "Omschrijving" TEXT NULL,
    "Weging" INTEGER NOT NULL,
    "SchaalMax" INTEGER NOT NULL,
    CONSTRAINT "FK_Criteria_Aanbestedingen_AanbestedingId" FOREIGN KEY ("AanbestedingId") REFERENCES "Aanbestedingen" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Gunningsbesluiten" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Gunningsbesluiten" PRIMARY KEY AUTOINCREMENT,
    "AanbestedingId" INTEGER NOT NULL,
    "InschrijvingId" INTEGER NOT NULL,
    "ZorgaanbiederId" INTEGER NOT NULL,
    "PerceelNummer" INTEGER NOT NULL,
    "Uitkomst" TEXT NOT NULL,
    "Positie" INTEGER NULL,
    "KwaliteitPunten" INTEGER NOT NULL,
    "PrijsPunten" INTEGER NOT NULL,
    "TotaalPunten" INTEGER NOT NULL,
    "Reden" TEXT NOT NULL,
    "Gelijkspel" TEXT NULL,
    "VerzondenOp" INTEGER NOT NULL,
    CONSTRAINT "FK_Gunningsbesluiten_Aanbestedingen_AanbestedingId" FOREIGN KEY ("AanbestedingId") REFERENCES "Aanbestedingen" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Gunningsbesluiten_Inschrijvingen_InschrijvingId" FOREIGN KEY ("InschrijvingId") REFERENCES "Inschrijvingen" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Gunningsdossiers" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Gunningsdossiers" PRIMARY KEY AUTOINCREMENT,
    "AanbestedingId" INTEGER NOT NULL,
    "Gelijkspelregel" TEXT NOT NULL,
    "KwaliteitDefinitiefOp" INTEGER NULL,
    "KwaliteitDefinitiefDoor" TEXT NULL,
    CONSTRAINT "FK_Gunningsdossiers_Aanbestedingen_AanbestedingId" FOREIGN KEY ("AanbestedingId") REFERENCES "Aanbestedingen" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Lotingen" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Lotingen" PRIMARY KEY AUTOINCREMENT,
    "AanbestedingId" INTEGER NOT NULL,
    "PerceelNummer" INTEGER NOT NULL,
    "Volgorde" TEXT NOT NULL,
    "Door" TEXT NOT NULL,
    "Getuige" TEXT NOT NULL,
    "Moment" INTEGER NOT NULL,
    CONSTRAINT "FK_Lotingen_Aanbestedingen_AanbestedingId" FOREIGN KEY ("AanbestedingId") REFERENCES "Aanbestedingen" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Raamovereenkomsten" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Raamovereenkomsten" PRIMARY KEY AUTOINCREMENT,
    "AanbestedingId" INTEGER NOT NULL,
    "PerceelNummer" INTEGER NOT NULL,
    "ZorgaanbiederId" INTEGER NOT NULL,
    "Herkomst" TEXT NOT NULL,
    "Start" TEXT NOT NULL,
    "Einde" TEXT NOT NULL,
    "OorspronkelijkEinde" TEXT NOT NULL,
    "VerlengingenMogelijk" INTEGER NOT NULL,
    "VerlengingMaanden" INTEGER NOT NULL,
    "VerlengingenGebruikt" INTEGER NOT NULL,
    "NietVerlengen" INTEGER NOT NULL,
    "BeeindigdPer" TEXT NULL,
    "BeeindigingsReden" TEXT NULL,
    "Consortium" TEXT NULL,
    "Transformatieplan" TEXT NULL,
    "TransformatiebudgetCent" INTEGER NULL,
    "Versie" INTEGER NOT NULL,
    CONSTRAINT "FK_Raamovereenkomsten_Aanbestedingen_AanbestedingId" FOREIGN KEY ("AanbestedingId") REFERENCES "Aanbestedingen" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Raamovereenkomsten_Zorgaanbieders_ZorgaanbiederId" FOREIGN KEY ("ZorgaanbiederId") REFERENCES "Zorgaanbieders" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Toelatingsaanvragen" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Toelatingsaanvragen" PRIMARY KEY AUTOINCREMENT,
    "AanbestedingId" INTEGER NOT NULL,
    "ZorgaanbiederId" INTEGER NOT NULL,
    "Percelen" TEXT NOT NULL,
    "IngediendOp" INTEGER NOT NULL,
    "IngediendDoor" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "BesluitOp" INTEGER NULL,
    "BesluitDoor" TEXT NULL,
    "Reden" TEXT NULL,
    CONSTRAINT "FK_Toelatingsaanvragen_Aanbestedingen_AanbestedingId" FOREIGN KEY ("AanbestedingId") REFERENCES "Aanbestedingen" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Toelatingsaanvragen_Zorgaanbieders_ZorgaanbiederId" FOREIGN KEY ("ZorgaanbiederId") REFERENCES "Zorgaanbieders" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Consensusscores" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Consensusscores" PRIMARY KEY AUTOINCREMENT,
    "AanbestedingId" INTEGER NOT NULL,
    "InschrijvingId" INTEGER NOT NULL,
    "CriteriumId" INTEGER NOT NULL,
    "Waarde" INTEGER NOT NULL,
    "Motivatie" TEXT NOT NULL,
    "Door" TEXT NOT NULL,
    "Moment" INTEGER NOT NULL,
    CONSTRAINT "FK_Consensusscores_Criteria_CriteriumId" FOREIGN KEY ("CriteriumId") REFERENCES "Criteria" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Consensusscores_Inschrijvingen_InschrijvingId" FOREIGN KEY ("InschrijvingId") REFERENCES "Inschrijvingen" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Scores" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Scores" PRIMARY KEY AUTOINCREMENT,
    "BeoordelingId" INTEGER NOT NULL,
    "CriteriumId" INTEGER NOT NULL,
    "Waarde" INTEGER NOT NULL,
    "Motivatie" TEXT NULL,
    CONSTRAINT "FK_Scores_Beoordelingen_BeoordelingId" FOREIGN KEY ("BeoordelingId") REFERENCES "Beoordelingen" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Scores_Criteria_CriteriumId" FOREIGN KEY ("CriteriumId") REFERENCES "Criteria" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Contractalarmen" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Contractalarmen" PRIMARY KEY AUTOINCREMENT,
    "RaamovereenkomstId" INTEGER NOT NULL,
    "Einde" TEXT NOT NULL,
    "EersteMelding" INTEGER NOT NULL,
    "LaatsteMelding" INTEGER NOT NULL,
    "AantalMeldingen" INTEGER NOT NULL,
    "AfgehandeldOp" INTEGER NULL,
    "AfgehandeldDoor" TEXT NULL,
    CONSTRAINT "FK_Contractalarmen_Raamovereenkomsten_RaamovereenkomstId" FOREIGN KEY ("RaamovereenkomstId") REFERENCES "Raamovereenkomsten" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ContractLeden" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ContractLeden" PRIMARY KEY AUTOINCREMENT,
    "RaamovereenkomstId" INTEGER NOT NULL,
    "ZorgaanbiederId" INTEGER NOT NULL,
    CONSTRAINT "FK_ContractLeden_Raamovereenkomsten_RaamovereenkomstId" FOREIGN KEY ("RaamovereenkomstId") REFERENCES "Raamovereenkomsten" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ContractLeden_Zorgaanbieders_ZorgaanbiederId" FOREIGN KEY ("ZorgaanbiederId") REFERENCES "Zorgaanbieders" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_Beoordelingen_AanbestedingId" ON "Beoordelingen" ("AanbestedingId");

CREATE UNIQUE INDEX "IX_Beoordelingen_InschrijvingId_Beoordelaar" ON "Beoordelingen" ("InschrijvingId", "Beoordelaar");

CREATE INDEX "IX_Bezwaren_AanbestedingId" ON "Bezwaren" ("AanbestedingId");

CREATE INDEX "IX_Bezwaren_ZorgaanbiederId" ON "Bezwaren" ("ZorgaanbiederId");

CREATE INDEX "IX_Consensusscores_AanbestedingId" ON "Consensusscores" ("AanbestedingId");

CREATE INDEX "IX_Consensusscores_CriteriumId" ON "Consensusscores" ("CriteriumId");

CREATE UNIQUE INDEX "IX_Consensusscores_InschrijvingId_CriteriumId" ON "Consensusscores" ("InschrijvingId", "CriteriumId");

CREATE UNIQUE INDEX "IX_Contractalarmen_RaamovereenkomstId_Einde" ON "Contractalarmen" ("RaamovereenkomstId", "Einde");

CREATE UNIQUE INDEX "IX_ContractLeden_RaamovereenkomstId_ZorgaanbiederId" ON "ContractLeden" ("RaamovereenkomstId", "ZorgaanbiederId");

CREATE INDEX "IX_ContractLeden_ZorgaanbiederId" ON "ContractLeden" ("ZorgaanbiederId");

CREATE INDEX "IX_Criteria_AanbestedingId_Volgorde" ON "Criteria" ("AanbestedingId", "Volgorde");

CREATE UNIQUE INDEX "IX_Gunningsbesluiten_AanbestedingId_InschrijvingId_PerceelNummer" ON "Gunningsbesluiten" ("AanbestedingId", "InschrijvingId", "PerceelNummer");

CREATE INDEX "IX_Gunningsbesluiten_InschrijvingId" ON "Gunningsbesluiten" ("InschrijvingId");

CREATE UNIQUE INDEX "IX_Gunningsdossiers_AanbestedingId" ON "Gunningsdossiers" ("AanbestedingId");

CREATE UNIQUE INDEX "IX_Lotingen_AanbestedingId_PerceelNummer" ON "Lotingen" ("AanbestedingId", "PerceelNummer");

CREATE UNIQUE INDEX "IX_Raamovereenkomsten_AanbestedingId_PerceelNummer_ZorgaanbiederId" ON "Raamovereenkomsten" ("AanbestedingId", "PerceelNummer", "ZorgaanbiederId");

CREATE INDEX "IX_Raamovereenkomsten_Einde" ON "Raamovereenkomsten" ("Einde");

CREATE INDEX "IX_Raamovereenkomsten_ZorgaanbiederId" ON "Raamovereenkomsten" ("ZorgaanbiederId");

CREATE UNIQUE INDEX "IX_Scores_BeoordelingId_CriteriumId" ON "Scores" ("BeoordelingId", "CriteriumId");

CREATE INDEX "IX_Scores_CriteriumId" ON "Scores" ("CriteriumId");

CREATE INDEX "IX_Toelatingsaanvragen_AanbestedingId_Status" ON "Toelatingsaanvragen" ("AanbestedingId", "Status");

CREATE INDEX "IX_Toelatingsaanvragen_ZorgaanbiederId" ON "Toelatingsaanvragen" ("ZorgaanbiederId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261124235148_GunningEnContracten', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "Herstelverzoeken" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Herstelverzoeken" PRIMARY KEY AUTOINCREMENT,
    "AanbestedingId" INTEGER NOT NULL,
    "InschrijvingId" INTEGER NOT NULL,
    "ZorgaanbiederId" INTEGER NOT NULL,
    "EisId" INTEGER NOT NULL,
    "Toelichting" TEXT NOT NULL,
    "Termijn" INTEGER NOT NULL,
    "GevraagdDoor" TEXT NOT NULL,
    "GevraagdOp" INTEGER NOT NULL,
    "AangeleverdOp" INTEGER NULL,
    "Opslagnaam" TEXT NULL,
    "NaamVersleuteld" BLOB NULL,
    "Grootte" INTEGER NULL,
    "Sha256" TEXT NULL,
    CONSTRAINT "FK_Herstelverzoeken_Inschrijvingen_InschrijvingId" FOREIGN KEY ("InschrijvingId") REFERENCES "Inschrijvingen" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Herstelverzoeken_Inschrijvingseisen_EisId" FOREIGN KEY ("EisId") REFERENCES "Inschrijvingseisen" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_Herstelverzoeken_EisId" ON "Herstelverzoeken" ("EisId");

CREATE INDEX "IX_Herstelverzoeken_InschrijvingId_EisId" ON "Herstelverzoeken" ("InschrijvingId", "EisId");

CREATE INDEX "IX_Herstelverzoeken_ZorgaanbiederId" ON "Herstelverzoeken" ("ZorgaanbiederId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261125010013_Herstelverzoeken', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
UPDATE "Zorgregels" SET "TrajectSleutel" = CAST('t' || "GemeenteCode" || substr('00000000000' || "ToewijzingNummer", -11, 11) AS BLOB) WHERE "ToewijzingNummer" IS NOT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261125021619_ToewijzingAlsTrajectsleutel', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Ontvangstbewijzen" ADD "OpgeslagenOp" INTEGER NOT NULL DEFAULT 0;

UPDATE "Ontvangstbewijzen" SET "OpgeslagenOp" = "Moment";

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261206030721_Ontvangstmoment', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "NvIRondes" ADD "Herkenningen" TEXT NULL;

ALTER TABLE "NvIRondes" ADD "OndanksReden" TEXT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261206041116_NvIVraagstellercontrole', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
DROP TABLE "Toewijzingen";

DROP TABLE "Zorgregels";

DROP TABLE "Importruns";

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261206044250_ZorggegevensApart', '10.0.15');

COMMIT;

