using Zorginkoop.Cli;

return await ZorginkoopCommand.Create().Parse(args).InvokeAsync();
