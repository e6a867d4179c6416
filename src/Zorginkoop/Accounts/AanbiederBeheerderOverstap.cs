namespace Zorginkoop.Accounts;

/// <summary>
/// The data step of migration AanbiederGoedkeuring. Before it, every provider's account could bid on its own; after it,
/// a newcomer waits for a beheerder of her provider. So that no provider that already has accounts gets an unapproved
/// newcomer as its first beheerder, every existing active provider account becomes its provider's beheerder (they were
/// all trusted until now; the provider trims it on /mijn/accounts). Plain SQL, the same on SQLite and PostgreSQL.
/// </summary>
public static class AanbiederBeheerderOverstap
{
    public const string Omhoog = """
        INSERT INTO "AspNetRoles" ("Id", "Name", "NormalizedName", "ConcurrencyStamp")
        SELECT 'rol-aanbiederbeheerder', 'aanbiederbeheerder', 'AANBIEDERBEHEERDER', 'rol-aanbiederbeheerder'
        WHERE NOT EXISTS (SELECT 1 FROM "AspNetRoles" WHERE "NormalizedName" = 'AANBIEDERBEHEERDER');
        INSERT INTO "AspNetUserRoles" ("UserId", "RoleId")
        SELECT u."Id", r."Id"
        FROM "AspNetUsers" u
        JOIN "AspNetRoles" r ON r."NormalizedName" = 'AANBIEDERBEHEERDER'
        WHERE u."ZorgaanbiederId" IS NOT NULL AND u."GedeactiveerdOp" IS NULL
          AND NOT EXISTS (SELECT 1 FROM "AspNetUserRoles" x WHERE x."UserId" = u."Id" AND x."RoleId" = r."Id");
        """;

    public const string Omlaag = """
        DELETE FROM "AspNetUserRoles" WHERE "RoleId" IN (SELECT "Id" FROM "AspNetRoles" WHERE "NormalizedName" = 'AANBIEDERBEHEERDER');
        """;
}
