using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Zorginkoop.Data;

/// <summary>How every feature stores an instant; in Data, the shared room of the model, because all of them use it.</summary>
internal static class TicksConversion
{
    // SQLite cannot compare DateTimeOffset in SQL; instants are stored as UTC ticks on every provider.
    public static PropertyBuilder<DateTimeOffset> AsTicks(this PropertyBuilder<DateTimeOffset> p) =>
        p.HasConversion(m => m.UtcTicks, t => new DateTimeOffset(t, TimeSpan.Zero));

    public static PropertyBuilder<DateTimeOffset?> AsTicks(this PropertyBuilder<DateTimeOffset?> p) =>
        p.HasConversion(m => m!.Value.UtcTicks, t => new DateTimeOffset(t, TimeSpan.Zero));
}
