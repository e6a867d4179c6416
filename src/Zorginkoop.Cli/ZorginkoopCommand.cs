using System.CommandLine;
using Zorginkoop.Cli.Aanbestedingen;
using Zorginkoop.Cli.Audit;
using Zorginkoop.Cli.Catalogus;
using Zorginkoop.Cli.Monitoring;
using Zorginkoop.Cli.Zorgdata;

namespace Zorginkoop.Cli;

/// <summary>The <c>zorginkoop</c> command: one subcommand per feature, each in its own folder.</summary>
public static class ZorginkoopCommand
{
    public static readonly Option<FileInfo?> Db = new("--db")
    {
        Description = "Kortweg een SQLite-bestand gebruiken (in plaats van Database:Provider en ConnectionStrings:Zorginkoop).",
        Recursive = true,
    };

    public static RootCommand Create()
    {
        var root = new RootCommand("Zorginkoop: inkoop van jeugdhulp en Wmo-ondersteuning. Gebruikt dezelfde configuratie als de webapplicatie.");
        root.Options.Add(Db);
        root.Subcommands.Add(CatalogusCommand.Create());
        root.Subcommands.Add(RegioCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(ZoekindexCommand.Create());
        root.Subcommands.Add(DatabaseCommand.Create());
        root.Subcommands.Add(AuditCommand.Create());
        root.Subcommands.Add(ZorgdataCommand.Create());
        root.Subcommands.Add(MonitorCommand.Create());
        root.Subcommands.Add(AanbestedingCommand.Create());
        root.Subcommands.Add(Accounts.AccountCommand.Create());
        root.Subcommands.Add(Contracten.GecontracteerdCommand.Create());
        return root;
    }
}
