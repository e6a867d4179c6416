using Zorginkoop.Cli;

return await ZorginkoopCommando.Maak().Parse(args).InvokeAsync();
