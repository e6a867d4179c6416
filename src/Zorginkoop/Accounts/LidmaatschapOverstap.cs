namespace Zorginkoop.Accounts;

/// <summary>
/// The data step of migration <c>Lidmaatschappen</c>, the same SQL for both databases: an employee's role of the whole
/// installation becomes that role in every region that exists, so nobody loses access on the day of the upgrade; each
/// region's beheerder then trims it (docs/beheer/bijwerken.md, decision record 0009).
/// </summary>
public static class LidmaatschapOverstap
{
    private const string Medewerkerrollen = "('inkoper', 'contractmanager', 'beoordelaar', 'analist', 'beheerder')";

    public const string Omhoog = $"""
        INSERT INTO "Lidmaatschappen" ("GebruikerId", "RegioId", "Rol")
        SELECT ur."UserId", g."Id", r."Name"
        FROM "AspNetUserRoles" ur
        JOIN "AspNetRoles" r ON r."Id" = ur."RoleId"
        CROSS JOIN "Regios" g
        WHERE r."Name" IN {Medewerkerrollen};
        DELETE FROM "AspNetUserRoles"
        WHERE "RoleId" IN (SELECT "Id" FROM "AspNetRoles" WHERE "Name" IN {Medewerkerrollen});
        """;

    /// <summary>Back to roles of the whole installation: a role held in any region becomes that role everywhere.</summary>
    public const string Omlaag = """
        INSERT INTO "AspNetUserRoles" ("UserId", "RoleId")
        SELECT DISTINCT l."GebruikerId", r."Id"
        FROM "Lidmaatschappen" l
        JOIN "AspNetRoles" r ON r."Name" = l."Rol";
        """;
}
