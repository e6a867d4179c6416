using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Zorginkoop.Architectuur;

/// <summary>
/// Reads the compiled IL of an assembly (Mono.Cecil) and lists every call that writes through Entity Framework:
/// SaveChanges, Add/Update/Remove/Attach on a context or set, ExecuteUpdate/ExecuteDelete and raw SQL commands.
/// Async methods compile to state machines nested in the same type, so their calls are found too.
/// </summary>
public static class Schrijfcontrole
{
    private static readonly HashSet<string> ContextSchrijvers =
    [
        "SaveChanges", "SaveChangesAsync", "Add", "AddAsync", "AddRange", "AddRangeAsync", "Update", "UpdateRange",
        "Remove", "RemoveRange", "Attach", "AttachRange",
    ];

    private static readonly HashSet<string> QuerySchrijvers =
    [
        "ExecuteUpdate", "ExecuteUpdateAsync", "ExecuteDelete", "ExecuteDeleteAsync",
        "ExecuteSqlRaw", "ExecuteSqlRawAsync", "ExecuteSqlInterpolated", "ExecuteSqlInterpolatedAsync", "ExecuteSql", "ExecuteSqlAsync",
    ];

    /// <summary>One line per write: "Namespace.Type roept DbContext.SaveChangesAsync aan".</summary>
    public static IReadOnlyList<string> SchrijvendeAanroepen(string assemblyPad)
    {
        using var module = Il.Lees(assemblyPad);
        var gevonden = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in module.GetTypes())
        {
            foreach (var methode in type.Methods.Where(m => m.HasBody))
            {
                foreach (var instructie in methode.Body.Instructions)
                {
                    if (instructie.OpCode.Code is Code.Call or Code.Callvirt && instructie.Operand is MethodReference doel && IsSchrijver(doel))
                    {
                        gevonden.Add($"{Il.Buitenste(type).FullName} roept {doel.DeclaringType.Name}.{doel.Name} aan");
                    }
                }
            }
        }

        return [.. gevonden];
    }

    private static bool IsSchrijver(MethodReference doel)
    {
        var naam = doel.DeclaringType.Namespace;
        if (QuerySchrijvers.Contains(doel.Name))
        {
            return naam.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal);
        }

        return ContextSchrijvers.Contains(doel.Name) && IsContextOfSet(doel.DeclaringType);
    }

    private static bool IsContextOfSet(TypeReference type)
    {
        for (var t = Il.Resolve(type); t is not null; t = t.BaseType is null ? null : Il.Resolve(t.BaseType))
        {
            if (t.FullName is "Microsoft.EntityFrameworkCore.DbContext" or "Microsoft.EntityFrameworkCore.DbSet`1")
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>
/// Lists where a feature of the core (the namespace below <c>Zorginkoop</c>: Aanbestedingen, Catalogus, …) uses what
/// another feature keeps internal. Public members are a feature's interface; internal ones are its own business.
/// </summary>
public static class Featuregrenzen
{
    /// <summary>One line per use: "Zorginkoop.A.Type gebruikt Zorginkoop.B.Type::Lid (intern)".</summary>
    public static IReadOnlyList<string> InterneVerwijzingen(string assemblyPad, IReadOnlySet<string> gedeeld)
    {
        using var module = Il.Lees(assemblyPad);
        var gevonden = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in module.GetTypes())
        {
            // The shared rooms (the DbContext registers every feature's model configuration) may look inside.
            var feature = Feature(Il.Buitenste(type));
            if (feature is null || gedeeld.Contains(feature))
            {
                continue;
            }

            foreach (var instructie in type.Methods.Where(m => m.HasBody).SelectMany(m => m.Body.Instructions))
            {
                var (doelType, intern, naam) = instructie.Operand switch
                {
                    MethodReference m when Il.Resolve(m) is { } d && d.Module == module => (d.DeclaringType, d.IsAssembly || d.IsFamilyAndAssembly || !IsPubliek(d.DeclaringType), $"{d.DeclaringType.FullName}::{d.Name}"),
                    FieldReference f when Il.Resolve(f) is { } d && d.Module == module => (d.DeclaringType, d.IsAssembly || d.IsFamilyAndAssembly || !IsPubliek(d.DeclaringType), $"{d.DeclaringType.FullName}::{d.Name}"),
                    TypeReference t when Il.Resolve(t) is { } d && d.Module == module => (d, !IsPubliek(d), d.FullName),
                    _ => (null, false, ""),
                };
                var anderFeature = doelType is null ? null : Feature(Il.Buitenste(doelType));
                if (intern && anderFeature is not null && anderFeature != feature && !gedeeld.Contains(anderFeature))
                {
                    gevonden.Add($"{Il.Buitenste(type).FullName} gebruikt {naam} (intern in {anderFeature})");
                }
            }
        }

        return [.. gevonden];
    }

    private static bool IsPubliek(TypeDefinition t) => t.IsPublic || (t.IsNestedPublic && IsPubliek(t.DeclaringType));

    private static string? Feature(TypeDefinition t)
    {
        var delen = t.Namespace.Split('.');
        return delen.Length >= 2 && delen[0] == "Zorginkoop" ? delen[1] : null;
    }
}

/// <summary>Reading an assembly's IL, shared by both checks.</summary>
internal static class Il
{
    /// <summary>The module, with its own folder, the test's and the runtime's as places to find what it references.</summary>
    public static ModuleDefinition Lees(string assemblyPad)
    {
        var resolver = new DefaultAssemblyResolver();
        resolver.AddSearchDirectory(Path.GetDirectoryName(assemblyPad)!);
        resolver.AddSearchDirectory(AppContext.BaseDirectory);
        resolver.AddSearchDirectory(Path.GetDirectoryName(typeof(object).Assembly.Location)!);
        return ModuleDefinition.ReadModule(assemblyPad, new ReaderParameters { AssemblyResolver = resolver });
    }

    // An assembly outside the search paths holds neither a DbContext nor one of our features.
    public static TypeDefinition? Resolve(TypeReference type) => Probeer(type.Resolve);

    public static MethodDefinition? Resolve(MethodReference method) => Probeer(method.Resolve);

    public static FieldDefinition? Resolve(FieldReference field) => Probeer(field.Resolve);

    // Lambdas and async state machines are nested types; a finding names the type a reader knows.
    public static TypeDefinition Buitenste(TypeDefinition type) => type.DeclaringType is null ? type : Buitenste(type.DeclaringType);

    private static T? Probeer<T>(Func<T> resolve)
        where T : class
    {
        try
        {
            return resolve();
        }
        catch (AssemblyResolutionException)
        {
            return null;
        }
    }
}
