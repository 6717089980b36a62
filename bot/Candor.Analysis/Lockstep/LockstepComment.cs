namespace Candor.Analysis.Lockstep;

/// <summary>One judged comment of a channel's history, as storage keeps it for pod detection.</summary>
/// <param name="ThreadId">The post the comment is under: its activity id, or any key that is stable for the thread.</param>
/// <param name="Account">Who wrote it: the normalised commenter key (the name, with the headline when known).</param>
/// <param name="At">When it was written (absolute time, the page's relative age resolved when it was judged).</param>
/// <param name="Generic">The engine judged it low-effort, automated or spam: generic praise, a template, a lure.</param>
/// <param name="Text">What it said, clipped; only quoted as evidence.</param>
/// <remarks>
/// A struct: a channel's history is read in bulk, and a million of these fit in one array with no object per comment.
/// </remarks>
public readonly record struct LockstepComment(string ThreadId, string Account, DateTimeOffset At, bool Generic, string Text);
