using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Zorginkoop.Data;
using Zorginkoop.Tests.Shared;
using Zorginkoop.Zorgdata;

namespace Zorginkoop.Tests.Data;

/// <summary>
/// The app and the CLI load EF Core's compiled models (src/Zorginkoop/*/Gecompileerd) instead of running
/// OnModelCreating. A model change without regenerating them would leave the app on the old model, so each of the
/// four (two contexts, two providers) is compared with the model OnModelCreating builds, in what queries and saves
/// use: tables, columns and their store types, converters, navigations, keys, indexes and query filters. (What only
/// migrations use, such as default values, is not in a compiled model; MigratieTests compare that with the snapshot.)
/// </summary>
public sealed class GecompileerdModelTests : IDisposable
{
    private const string Opnieuw = "Het gecompileerde model is verouderd: voer scripts/ef-modellen-bijwerken.sh uit.";
    private readonly TempFolder map = new();

    public static TheoryData<string, string> Gevallen => new()
    {
        { nameof(ZorginkoopDbContext), DatabaseOptions.Sqlite },
        { nameof(ZorginkoopDbContext), DatabaseOptions.Postgres },
        { nameof(ZorgdataDbContext), DatabaseOptions.Sqlite },
        { nameof(ZorgdataDbContext), DatabaseOptions.Postgres },
    };

    private DbContext Context(string context, string provider, bool gecompileerd)
    {
        var cs = provider == DatabaseOptions.Sqlite ? $"Data Source={map.Bestand("model.db")}" : "Host=localhost;Database=x";
        if (context == nameof(ZorgdataDbContext))
        {
            return new ZorgdataDbContext(ZorgdataDbContext.Opties(provider, cs, gecompileerdModel: gecompileerd));
        }

        var builder = new DbContextOptionsBuilder<ZorginkoopDbContext>();
        DatabaseRegistration.Configureer(builder, provider, cs, map.Pad, gecompileerdModel: gecompileerd);
        return new ZorginkoopDbContext(builder.Options);
    }

    [Theory]
    [MemberData(nameof(Gevallen))]
    public void Het_gecompileerde_model_is_het_model_van_OnModelCreating(string context, string provider)
    {
        using var gecompileerd = Context(context, provider, gecompileerd: true);
        using var bron = Context(context, provider, gecompileerd: false);
        var type = gecompileerd.GetType();

        var model = DatabaseRegistration.GecompileerdModel(type, provider);
        Assert.NotNull(model);
        Assert.Same(model, gecompileerd.Model);
        Assert.NotSame(model, bron.Model);

        var verschil = Beschrijving(bron.Model).Except(Beschrijving(model)).Concat(Beschrijving(model).Except(Beschrijving(bron.Model)));
        Assert.True(!verschil.Any(), Opnieuw + " Verschil: " + string.Join(" | ", verschil));
    }

    /// <summary>What the runtime model holds beyond the schema, one line per fact, so a difference names itself.</summary>
    private static List<string> Beschrijving(IModel model)
    {
        var regels = new List<string>();
        foreach (var e in model.GetEntityTypes().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            regels.Add($"{e.Name}: basis {e.BaseType?.Name}, tabel {e.GetSchema()}.{e.GetTableName()}, filter {e.GetDeclaredQueryFilters().Count}, " +
                $"sleutel {string.Join(",", e.FindPrimaryKey()?.Properties.Select(p => p.Name) ?? [])}");
            regels.AddRange(e.GetDeclaredProperties().Select(p =>
                $"{e.Name}.{p.Name}: {p.ClrType.Name}, null {p.IsNullable}, kolom {p.GetColumnName()} {p.GetRelationalTypeMapping().StoreType}, max {p.GetMaxLength()}, " +
                $"omzetting {p.GetTypeMapping().Converter?.GetType().Name}, gegenereerd {p.ValueGenerated}, " +
                $"concurrency {p.IsConcurrencyToken}, veld {p.FieldInfo?.Name}"));
            regels.AddRange(e.GetDeclaredNavigations().Select(n =>
                $"{e.Name}.{n.Name} -> {n.TargetEntityType.Name}, verzameling {n.IsCollection}, veld {n.FieldInfo?.Name}"));
            regels.AddRange(e.GetDeclaredForeignKeys().Select(fk =>
                $"{e.Name} fk {string.Join(",", fk.Properties.Select(p => p.Name))} -> {fk.PrincipalEntityType.Name}, {fk.DeleteBehavior}, verplicht {fk.IsRequired}"));
            regels.AddRange(e.GetDeclaredIndexes().Select(i =>
                $"{e.Name} index {string.Join(",", i.Properties.Select(p => p.Name))}, uniek {i.IsUnique}, filter {i.GetFilter()}"));
        }

        return regels;
    }

    public void Dispose() => map.Dispose();
}
