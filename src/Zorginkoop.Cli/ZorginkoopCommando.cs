using System.CommandLine;
using Zorginkoop.Cli.Aanbestedingen;
using Zorginkoop.Cli.Audit;
using Zorginkoop.Cli.Catalogus;
using Zorginkoop.Cli.Monitoring;
using Zorginkoop.Cli.Zorgdata;

namespace Zorginkoop.Cli;

/// <summary>The <c>zorginkoop</c> command: one subcommand per feature, each in its own folder.</summary>
public static class ZorginkoopCommando
{
    public static readonly Option<FileInfo?> Db = new("--db")
    {
        Description = "Kortweg een SQLite-bestand gebruiken (in plaats van Database:Provider en ConnectionStrings:Zorginkoop).",
        Recursive = true,
    };

    public static RootCommand Maak()
    {
        var root = new RootCommand("Zorginkoop: inkoop van jeugdhulp en Wmo-ondersteuning. Gebruikt dezelfde configuratie als de webapplicatie.");
        root.Options.Add(Db);
        root.Subcommands.Add(CatalogusCommando.Maak());
        root.Subcommands.Add(DemoCommando.Maak());
        root.Subcommands.Add(DatabaseCommando.Maak());
        root.Subcommands.Add(AuditCommando.Maak());
        root.Subcommands.Add(ZorgdataCommando.Maak());
        root.Subcommands.Add(MonitorCommando.Maak());
        root.Subcommands.Add(AanbestedingCommando.Maak());
        root.Subcommands.Add(Accounts.AccountCommando.Maak());
        return root;
    }
}
