using Zorginkoop.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddZorginkoopWeb();

var app = builder.Build();
app.UseZorginkoopWeb();
await app.InitialiseerAsync();
await app.RunAsync();

/// <summary>Entry point; public so WebApplicationFactory can start the app in tests.</summary>
public partial class Program;
