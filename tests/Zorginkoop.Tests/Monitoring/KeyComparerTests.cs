using System.Buffers.Binary;
using Zorginkoop.Monitoring;
using Zorginkoop.Zorgdata;

namespace Zorginkoop.Tests.Monitoring;

/// <summary>The index numbers traject keys in a hash table; allocation keys are ASCII digits and must still spread.</summary>
public sealed class KeyComparerTests
{
    [Fact]
    public void Toewijzingsleutels_krijgen_vrijwel_allemaal_een_eigen_hashwaarde()
    {
        var sleutels = Enumerable.Range(1, 100_000)
            .Select(i => BinaryPrimitives.ReadUInt128LittleEndian(ZorgregelSleutel.Toewijzing(i % 2 == 0 ? "0632" : "0335", (500_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture))))
            .ToList();

        var vergelijker = MonitorIndex.KeyComparer.Instantie;
        Assert.True(sleutels.Select(vergelijker.GetHashCode).Distinct().Count() > 99_000);
        // What the comparer is for: UInt128's own hash gives these keys a few thousand values at most.
        Assert.True(sleutels.Select(k => k.GetHashCode()).Distinct().Count() < 70_000);
        Assert.True(vergelijker.Equals(sleutels[0], sleutels[0]));
        Assert.False(vergelijker.Equals(sleutels[0], sleutels[1]));
    }
}
