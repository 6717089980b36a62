using Microsoft.Extensions.Options;

namespace Candor.Bot.Hosting;

/// <summary>
/// The Azure Bot registration, under the key names the official SDK uses so an existing registration's
/// settings work unchanged (design.md, "Configuration").
/// </summary>
internal sealed class BotFrameworkOptions
{
    public string? MicrosoftAppType { get; set; }

    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>No app id: nothing can authenticate Bot Framework traffic, so the bot runs in local mode.</summary>
    public bool IsLocalMode => string.IsNullOrWhiteSpace(MicrosoftAppId);
}

/// <summary>Fails start-up with a message naming the key, instead of failing on the first message.</summary>
internal sealed class BotFrameworkOptionsValidator : IValidateOptions<BotFrameworkOptions>
{
    private static readonly string[] AppTypes = ["MultiTenant", "SingleTenant", "UserAssignedMSI"];

    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        var failures = new List<string>();
        if (options.MicrosoftAppType is { Length: > 0 } type && !AppTypes.Contains(type, StringComparer.OrdinalIgnoreCase))
        {
            failures.Add($"MicrosoftAppType '{type}' is not one of {string.Join(", ", AppTypes)}.");
        }

        if (!options.IsLocalMode)
        {
            if (!Guid.TryParse(options.MicrosoftAppId, out _))
            {
                failures.Add("MicrosoftAppId must be the bot registration's application (client) ID, a GUID.");
            }

            var isManagedIdentity = string.Equals(options.MicrosoftAppType, "UserAssignedMSI", StringComparison.OrdinalIgnoreCase);
            if (isManagedIdentity)
            {
                failures.Add("MicrosoftAppType UserAssignedMSI is not supported yet: use SingleTenant with MicrosoftAppPassword.");
            }

            if (!isManagedIdentity && string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
            {
                failures.Add("MicrosoftAppPassword is required when MicrosoftAppId is set (a client secret of the registration).");
            }

            var needsTenant = isManagedIdentity || string.Equals(options.MicrosoftAppType, "SingleTenant", StringComparison.OrdinalIgnoreCase);
            if (needsTenant && !Guid.TryParse(options.MicrosoftAppTenantId, out _))
            {
                failures.Add($"MicrosoftAppTenantId must be your tenant's GUID when MicrosoftAppType is {options.MicrosoftAppType}.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
