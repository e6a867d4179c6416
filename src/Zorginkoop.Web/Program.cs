using Microsoft.Extensions.Options;
using Zorginkoop.Web.Infrastructure;

WebApplication app;
try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddZorginkoopWeb();
    app = builder.Build();
    app.UseZorginkoopWeb();
    // Every setting is checked before anything is done with the database or the network: a wrong setting stops the
    // app now, with the key that is wrong, not at the first request that needs it.
    app.Services.GetService<IStartupValidator>()?.Validate();
    await app.InitializeAsync();
}
catch (Exception e) when (ConfigurationErrors.Messages(e) is { Count: > 0 } meldingen)
{
    // A bad setting stops the app at start with the rule that refused it, not a stack trace. Exit code 2, as the CLI.
    await Console.Error.WriteLineAsync("Zorginkoop start niet door een configuratiefout:");
    foreach (var m in meldingen)
    {
        await Console.Error.WriteLineAsync("- " + m);
    }

    return 2;
}

await app.RunAsync();
return 0;

/// <summary>Entry point; public so WebApplicationFactory can start the app in tests.</summary>
public partial class Program;
