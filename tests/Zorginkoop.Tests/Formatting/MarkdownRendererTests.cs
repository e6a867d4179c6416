using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Zorginkoop.Formatting;

namespace Zorginkoop.Tests.Formatting;

/// <summary>Markdown from officers becomes published HTML: plain text markup only, no script in any disguise.</summary>
public class MarkdownRendererTests
{
    /// <summary>The elements of the HTML as a browser would build them (so escaped text never counts as markup).</summary>
    private static IElement[] Elementen(string html)
    {
        var document = new HtmlParser().ParseDocument($"<!DOCTYPE html><html><body>{html}</body></html>");
        return [.. document.Body!.QuerySelectorAll("*")];
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<SCRIPT SRC=//x.example/x.js></SCRIPT>")]
    [InlineData("Tekst\n\n<script>\nalert(1)\n</script>\n\nmeer tekst")]
    [InlineData("<div><script>alert(1)</script></div>")]
    [InlineData("`<script>` in code blijft tekst")]
    public void Een_script_wordt_nooit_een_script_element(string markdown)
    {
        var html = MarkdownRenderer.ToHtml(markdown);

        Assert.DoesNotContain(Elementen(html), e => e.LocalName == "script");
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Een_script_blijft_als_tekst_leesbaar()
    {
        var html = MarkdownRenderer.ToHtml("<script>alert(1)</script>");

        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JaVaScRiPt:alert(1))")]
    [InlineData("[x](javascript&#58;alert(1))")]
    [InlineData("[x](<javascript:alert(1)>)")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[x][ref]\n\n[ref]: javascript:alert(1)")]
    [InlineData("[x](vbscript:msgbox(1))")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    public void Een_link_met_een_gevaarlijk_schema_verliest_zijn_href(string markdown)
    {
        var html = MarkdownRenderer.ToHtml(markdown);

        var hrefs = Elementen(html).Select(e => e.GetAttribute("href")).OfType<string>().ToList();
        Assert.All(hrefs, h => Assert.True(
            h.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || h.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || h.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase), h));
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"data:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("![x](https://x.example/x.png)")]
    [InlineData("![x](x \"onerror=alert(1)\")")]
    [InlineData("<a href=\"https://x.example\" onclick=\"alert(1)\">x</a>")]
    [InlineData("<p style=\"background:url(javascript:alert(1))\" onmouseover=\"alert(1)\">x</p>")]
    [InlineData("<iframe src=\"https://x.example\"></iframe>")]
    public void Geen_afbeelding_en_geen_gebeurtenisattribuut_komt_door(string markdown)
    {
        var elementen = Elementen(MarkdownRenderer.ToHtml(markdown));

        Assert.DoesNotContain(elementen, e => e.LocalName is "img" or "iframe" or "object" or "embed");
        Assert.DoesNotContain(elementen.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Name == "style");
    }

    [Fact]
    public void Vet_wordt_strong()
    {
        Assert.Equal("<p><strong>vet</strong> en <em>schuin</em></p>", MarkdownRenderer.ToHtml("**vet** en *schuin*").Trim());
    }

    [Fact]
    public void Een_lijst_wordt_ul_met_li()
    {
        var elementen = Elementen(MarkdownRenderer.ToHtml("- Ambulant\n- Crisis\n- Gezinsvormen"));

        var ul = Assert.Single(elementen, e => e.LocalName == "ul");
        Assert.All(ul.Children, li => Assert.Equal("li", li.LocalName));
        Assert.Equal(["Ambulant", "Crisis", "Gezinsvormen"], ul.Children.Select(li => li.TextContent));
    }

    [Fact]
    public void Een_genummerde_lijst_wordt_ol()
    {
        var elementen = Elementen(MarkdownRenderer.ToHtml("1. Verkennen\n2. Kiezen"));

        Assert.Equal(2, Assert.Single(elementen, e => e.LocalName == "ol").Children.Count(li => li.LocalName == "li"));
    }

    [Theory]
    [InlineData("[TenderNed](https://www.tenderned.nl/aankondigingen/overzicht/469379)", "https://www.tenderned.nl/aankondigingen/overzicht/469379")]
    [InlineData("Zie https://www.lekstroom.nl voor meer.", "https://www.lekstroom.nl")]
    [InlineData("[mail](mailto:inkoop@lekstroom.example)", "mailto:inkoop@lekstroom.example")]
    public void Een_link_blijft_een_link_met_rel_nofollow_noopener_noreferrer(string markdown, string href)
    {
        var a = Assert.Single(Elementen(MarkdownRenderer.ToHtml(markdown)), e => e.LocalName == "a");

        Assert.Equal(href, a.GetAttribute("href"));
        Assert.Equal("nofollow noopener noreferrer", a.GetAttribute("rel"));
        Assert.Equal(["href", "rel"], a.Attributes.Select(x => x.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Een_tabel_blijft_een_tabel()
    {
        var elementen = Elementen(MarkdownRenderer.ToHtml("| Segment | Perceel |\n|---|---|\n| Ambulant | 1 |"));

        Assert.Contains(elementen, e => e.LocalName == "table");
        Assert.Equal(["Segment", "Perceel"], elementen.Where(e => e.LocalName == "th").Select(e => e.TextContent));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\t\n")]
    public void Niets_wordt_een_lege_tekst(string? markdown)
    {
        Assert.Equal("", MarkdownRenderer.ToHtml(markdown));
        Assert.Equal("", MarkdownRenderer.NaarTekst(markdown));
    }

    [Fact]
    public void NaarTekst_laat_de_opmaak_weg()
    {
        var tekst = MarkdownRenderer.NaarTekst("**Segment Ambulant:** de procedure is [geschorst](https://x.example).");

        Assert.Equal("Segment Ambulant: de procedure is geschorst.", tekst);
    }
}
