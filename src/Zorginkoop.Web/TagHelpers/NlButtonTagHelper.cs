using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Zorginkoop.Web.TagHelpers;

/// <summary><c>&lt;nl-button soort="primair"&gt;Opslaan&lt;/nl-button&gt;</c>: an NL Design System button (submit by default).</summary>
[HtmlTargetElement("nl-button")]
public sealed class NlButtonTagHelper : TagHelper
{
    /// <summary>primair, secundair, subtiel or gevaar.</summary>
    public string Soort { get; set; } = "primair";

    public string Type { get; set; } = "submit";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "button";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("type", Type);
        output.Attributes.SetAttribute("class", "utrecht-button " + Soort switch
        {
            "secundair" => "utrecht-button--secondary-action",
            "subtiel" => "utrecht-button--subtle",
            "gevaar" => "utrecht-button--primary-action utrecht-button--danger",
            _ => "utrecht-button--primary-action",
        });
    }
}

/// <summary><c>&lt;nl-button-link href="..." soort="secundair"&gt;</c>: a link that looks like a button.</summary>
[HtmlTargetElement("nl-button-link")]
public sealed class NlButtonLinkTagHelper : TagHelper
{
    public string Soort { get; set; } = "secundair";

    public required string Href { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "a";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("href", Href);
        output.Attributes.SetAttribute("class", "utrecht-button-link utrecht-button-link--html-a " +
            (Soort == "primair" ? "utrecht-button-link--primary-action" : "utrecht-button-link--secondary-action"));
    }
}
