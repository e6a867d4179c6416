namespace Zorginkoop.Catalogus;

/// <summary>A validation message in Dutch for one field (property name), shown next to that field.</summary>
public sealed record Melding(string Veld, string Tekst);
