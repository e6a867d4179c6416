using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Zorginkoop.Data;
using Zorginkoop.Zorgdata;

namespace Zorginkoop.Migrations.Sqlite;

/// <summary>
/// Lets dotnet-ef build the model for this provider without the web app:
/// <c>dotnet ef migrations add Naam --project src/Zorginkoop.Migrations.Sqlite</c>. The connection is never opened, and the compiled
/// model is not used: migrations and <c>dbcontext optimize</c> start from OnModelCreating.
/// </summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<ZorginkoopDbContext>
{
    public ZorginkoopDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<ZorginkoopDbContext>();
        DatabaseRegistration.Configureer(builder, DatabaseOptions.Sqlite, "Data Source=design.db", Path.GetTempPath(), gecompileerdModel: false);
        return new ZorginkoopDbContext(builder.Options);
    }
}

/// <summary>
/// The same for the care-data database (<see cref="ZorgdataDbContext"/>):
/// <c>dotnet ef migrations add Naam --context ZorgdataDbContext --output-dir Migrations/Zorgdata --project src/Zorginkoop.Migrations.Sqlite</c>.
/// </summary>
public sealed class ZorgdataDesignTimeFactory : IDesignTimeDbContextFactory<ZorgdataDbContext>
{
    public ZorgdataDbContext CreateDbContext(string[] args) => new(ZorgdataDbContext.Opties(DatabaseOptions.Sqlite, "Data Source=design.db", gecompileerdModel: false));
}
