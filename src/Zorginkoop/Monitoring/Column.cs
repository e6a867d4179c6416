namespace Zorginkoop.Monitoring;

/// <summary>
/// One column of a month of the monitor's index: an array the index fills, or a column of the index's file mapped into
/// memory. Mapped, a national year is ready in about a tenth of a second: the file's pages are the page cache's, where
/// reading it into fresh arrays cost about a second for 336 MB on the benchmark machine (bench/README.md).
/// </summary>
internal readonly unsafe struct Column<T>
    where T : unmanaged
{
    private readonly T[]? rij;
    private readonly T* adres;

    public Column(T[] rij) => this.rij = rij;

    /// <param name="adres">Into a mapping that stays for the life of the process (<see cref="MonitorIndex"/>).</param>
    public Column(T* adres) => this.adres = adres;

    public bool IsRij => rij is not null;

    /// <summary>The array of a column the index fills.</summary>
    public T[] Rij => rij ?? throw new InvalidOperationException("Een kolom uit het indexbestand is alleen-lezen.");

    public ReadOnlySpan<T> Lees(int aantal) => rij is not null ? new ReadOnlySpan<T>(rij, 0, aantal) : new ReadOnlySpan<T>(adres, aantal);
}
