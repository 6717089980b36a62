using Candor.Cards.Text;

namespace Candor.Cards.Model;

/// <summary>
/// One answer of Candor's, before it is rendered for a channel: a banner that says the verdict, then parts,
/// then actions. Every string is plain text — some of it quoted from what people pasted — and each renderer
/// escapes it for its own format; formatting is carried by the part types, never by markup in the strings.
/// </summary>
/// <param name="Kind">What the card is about ("thread", "comment", "link", "outreach", "digest", "welcome", "error"); also names it in payloads.</param>
/// <param name="Fallback">The text a notification or a client that cannot show cards displays; its first line says the verdict.</param>
public sealed record Card(string Kind, Banner Banner, IReadOnlyList<CardPart> Parts, IReadOnlyList<CardAction> Actions, string Fallback);

/// <summary>A piece of a card.</summary>
public abstract record CardPart;

/// <summary>The first thing read: the verdict in words and a symbol (never colour alone), and the score in words.</summary>
public sealed record Banner(Tone Tone, string Symbol, string Title, string Subtitle) : CardPart;

/// <summary>A section title.</summary>
public sealed record Heading(string Text) : CardPart;

/// <summary>A paragraph; subtle for secondary lines.</summary>
public sealed record Paragraph(string Text, bool Subtle = false) : CardPart;

/// <summary>A finding: what it is called, the exact text it quotes, and what it means.</summary>
public sealed record Evidence(string Label, string Quote, string Meaning) : CardPart;

/// <summary>Label and value pairs (post time, comment delay, counts).</summary>
public sealed record Facts(IReadOnlyList<Fact> Items) : CardPart;

public sealed record Fact(string Title, string Value);

/// <summary>A verdict per item (a comment, an account), most telling first, with how many more were left out.</summary>
public sealed record VerdictList(IReadOnlyList<VerdictLine> Items, int More, string MoreLabel) : CardPart;

/// <param name="Label">The verdict in words with its symbol ("✗ spam").</param>
/// <param name="Who">Who wrote it, as pasted ("Maria Lopez · 2h").</param>
/// <param name="Text">What they wrote, clipped.</param>
public sealed record VerdictLine(Tone Tone, string Label, string Who, string Text);

/// <summary>Text meant to be copied as it is: the rewrite, a variant, a suggested reply.</summary>
public sealed record CopyText(string Label, string Text) : CardPart;

/// <summary>Parts hidden until asked for: toggled in place in Teams; in Slack, which has no hidden blocks, a button asks the bot for them.</summary>
/// <param name="Id">Unique in the card; the toggle targets it.</param>
/// <param name="Fetch">What the Slack button sends: the card's kind and reference, by which the bot finds the card it posted.</param>
public sealed record Details(string Id, string ShowLabel, string HideLabel, IReadOnlyList<CardPart> Parts, CardPayload Fetch) : CardPart;

/// <summary>One line of input with the action that sends it ("one real detail about them" → "Rewrite with this detail").</summary>
public sealed record DetailInput(string Id, string Label, string Placeholder, int MaxLength, CardAction Submit) : CardPart;

/// <summary>A button; its payload says what to do without anything kept on the server.</summary>
/// <param name="Style">Emphasis only; the title always says what the button does.</param>
public sealed record CardAction(string Title, CardPayload Payload, ActionStyle Style = ActionStyle.Default);

public enum ActionStyle { Default, Primary }
