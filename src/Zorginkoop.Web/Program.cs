using Microsoft.Extensions.Options;
using Zorginkoop.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddZorginkoopWeb();

var app = builder.Build();
app.UseZorginkoopWeb();
try
{
    await app.InitialiseerAsync();
}
catch (OptionsValidationException e)
{
    // A bad setting stops the app at start with the rule that refused it, not a stack trace.
    app.Logger.LogCritical("Zorginkoop start niet door een configuratiefout: {Fouten}", string.Join(" ", e.Failures));
    return 1;
}

await app.RunAsync();
return 0;

/// <summary>Entry point; public so WebApplicationFactory can start the app in tests.</summary>
public partial class Program;
