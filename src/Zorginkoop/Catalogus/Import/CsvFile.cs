using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Zorginkoop.Catalogus.Import;

/// <summary>
/// Opens a delimited text file the way every Zorginkoop import wants it: UTF-8 with or without BOM (invalid bytes are an
/// error, not silently replaced), separator <c>;</c> or <c>,</c> detected from the header line.
/// </summary>
public static class CsvFile
{
    public static readonly Encoding StrikteUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static CsvReader Open(Stream stream)
    {
        var (tekst, scheiding) = OpenTekst(stream);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = scheiding.ToString(),
            TrimOptions = TrimOptions.Trim,
            IgnoreBlankLines = true,
            BadDataFound = null,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
        };
        return new CsvReader(tekst, config);
    }

    /// <summary>
    /// The text of the file (strict UTF-8, BOM or not) and its separator: <c>;</c> unless the header line has more
    /// commas than semicolons. For readers other than CsvHelper (the care-data import reads with Sep).
    /// </summary>
    public static (TextReader Tekst, char Scheiding) OpenTekst(Stream stream)
    {
        var reader = new StreamReader(stream, StrikteUtf8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var kop = reader.Peek() >= 0 ? LeesEersteRegel(reader) : "";
        var scheiding = kop.Count(c => c == ';') >= kop.Count(c => c == ',') ? ';' : ',';
        return (new StringPrefixReader(kop, reader), scheiding);
    }

    private static string LeesEersteRegel(StreamReader reader)
    {
        var sb = new StringBuilder();
        int c;
        while ((c = reader.Read()) >= 0)
        {
            sb.Append((char)c);
            if (c == '\n')
            {
                break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Replays the header line that was read to detect the separator, then the rest of the stream.</summary>
    private sealed class StringPrefixReader(string prefix, TextReader rest) : TextReader
    {
        private int positie;

        public override int Peek() => positie < prefix.Length ? prefix[positie] : rest.Peek();

        public override int Read() => positie < prefix.Length ? prefix[positie++] : rest.Read();

        public override int Read(char[] buffer, int index, int count)
        {
            if (positie < prefix.Length)
            {
                var n = Math.Min(count, prefix.Length - positie);
                prefix.CopyTo(positie, buffer, index, n);
                positie += n;
                return n;
            }

            return rest.Read(buffer, index, count);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                rest.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
